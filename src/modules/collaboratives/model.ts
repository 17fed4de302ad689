import { z } from '@hono/zod-openapi';
import { addDays } from '../../platform/time/day.js';

/**
 * What a timepoint asks organisations to run: the staff survey (its released section figures),
 * the check-in band counts (org-contribution-use-cases.ts) and a closed audit. Each becomes the
 * organisation's contribution its own way; pooled figures list them in this order.
 */
export const RUN_KINDS = ['staff-survey', 'check-in-bands', 'audit'] as const;
export type RunKind = (typeof RUN_KINDS)[number];

/** The default moments of a collaborative, in days after its start. */
export const DEFAULT_TIMEPOINTS = [
  { slot: 'baseline', label: 'Baseline', days: 0 },
  { slot: 'endline', label: 'Endline', days: 365 },
  { slot: 'month-6', label: '6 months after', days: 365 + 183 },
  { slot: 'month-12', label: '12 months after', days: 365 + 365 },
] as const;

/** The timepoints a new collaborative starts with, each due a fixed time after its start day. */
export function defaultTimepoints(startsOn: string) {
  return DEFAULT_TIMEPOINTS.map((t) => ({ slot: t.slot, label: t.label, dueOn: addDays(startsOn, t.days) }));
}

const day = z.iso.date('must be a date (YYYY-MM-DD)');
const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const ZCollaborativeCreate = z
  .object({
    name,
    purpose: z.string().trim().max(2000, 'must be at most 2000 characters').default(''),
    startsOn: day,
    /** the pack every default timepoint's staff survey runs; an installed pack */
    packId: z.string().trim().min(1, 'must name an installed assessment pack').max(200, 'must be at most 200 characters'),
  })
  .openapi('CollaborativeCreate');
export type TCollaborativeCreate = z.infer<typeof ZCollaborativeCreate>;

export const ZPhaseCreate = z
  .object({ name, startsOn: day, endsOn: day })
  .refine((p) => p.startsOn <= p.endsOn, { path: ['endsOn'], message: 'must be on or after the start' })
  .openapi('CollaborativePhaseCreate');

/** A change of the collaborative's name or purpose (what each member organisation reads about it). */
export const ZCollaborativePatch = z
  .object({ name: name.optional(), purpose: z.string().trim().max(2000, 'must be at most 2000 characters').optional() })
  .strict()
  .openapi('CollaborativePatch');
export type TCollaborativePatch = z.infer<typeof ZCollaborativePatch>;

/** A change of a phase; the start must stay on or before the end (checked against what is stored when only one day is given). */
export const ZPhasePatch = z.object({ name: name.optional(), startsOn: day.optional(), endsOn: day.optional() }).strict().openapi('CollaborativePhasePatch');
export type TPhasePatch = z.infer<typeof ZPhasePatch>;

const packId = z.string().trim().min(1, 'must name an installed assessment pack').max(200, 'must be at most 200 characters');

/**
 * A timepoint the hub adds beside the defaults. Its slot is its own id: it pools with no moment of
 * another collaborative, since nothing says two hub-made moments measure the same thing.
 */
export const ZTimepointCreate = z
  .object({ label: name, dueOn: day, packId: packId.nullable().default(null), kinds: z.array(z.enum(RUN_KINDS)).max(RUN_KINDS.length).default(['staff-survey']) })
  .strict()
  .openapi('CollaborativeTimepointCreate');
export type TTimepointCreate = z.infer<typeof ZTimepointCreate>;

/** Whether a phase's days, after a change, still run forward (pure). */
export const phaseDaysInOrder = (startsOn: string, endsOn: string) => startsOn <= endsOn;

export const ZTimepointPatch = z
  .object({
    label: name.optional(),
    dueOn: day.optional(),
    packId: z.string().trim().min(1, 'must name an installed assessment pack').max(200, 'must be at most 200 characters').nullable().optional(),
    kinds: z.array(z.enum(RUN_KINDS)).max(RUN_KINDS.length).optional(),
  })
  .openapi('CollaborativeTimepointPatch');
export type TTimepointPatch = z.infer<typeof ZTimepointPatch>;

/** An organisation opens a staff survey for a timepoint: its title and days (the pack and who is asked follow from the timepoint). */
export const ZTimepointSurvey = z
  .object({ title: name, opensOn: day, closesOn: day })
  .strict()
  .refine((s) => s.opensOn <= s.closesOn, { path: ['closesOn'], message: 'must be on or after opensOn' })
  .openapi('CollaborativeTimepointSurvey');
export type TTimepointSurvey = z.infer<typeof ZTimepointSurvey>;
