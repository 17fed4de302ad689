import { z } from '@hono/zod-openapi';
import { orNull } from '../../platform/http/openapi-shared.js';
import { MEMBERSHIP_STATUSES } from '../hub/model.js';
import { type BenchmarkFigure, type BenchmarkRow, HIDDEN_REASON_WORDS } from './benchmarks.js';
import { measureKind } from './contribution-values.js';
import { RUN_KINDS } from './model.js';

/** What leaves the server about collaboratives: every field listed. Counts and released aggregates only. */

export const collaborativeTags = ['Collaboratives'];

export const ZCollaborativeSummary = z.object({ id: z.uuid(), name: z.string(), purpose: z.string(), createdAt: z.iso.datetime() }).openapi('CollaborativeSummary');
export const presentSummary = (c: { id: string; name: string; purpose: string; createdAt: Date }) => ({ id: c.id, name: c.name, purpose: c.purpose, createdAt: c.createdAt.toISOString() });

const ZPhase = z.object({ id: z.uuid(), name: z.string(), startsOn: z.iso.date(), endsOn: z.iso.date() }).openapi('CollaborativePhase');
const presentPhase = (p: { id: string; name: string; startsOn: string; endsOn: string }) => ({ id: p.id, name: p.name, startsOn: p.startsOn, endsOn: p.endsOn });

const ZTimepoint = z
  .object({ id: z.uuid(), slot: z.string(), label: z.string(), dueOn: z.iso.date(), packId: orNull(z.string()), kinds: z.array(z.enum(RUN_KINDS)) })
  .openapi('CollaborativeTimepoint');
type TimepointLike = { id: string; slot: string; label: string; dueOn: string; packId: string | null; kinds: string[] };
const presentTimepoint = (t: TimepointLike) => ({
  id: t.id,
  slot: t.slot,
  label: t.label,
  dueOn: t.dueOn,
  packId: t.packId,
  kinds: t.kinds.filter((k): k is (typeof RUN_KINDS)[number] => (RUN_KINDS as readonly string[]).includes(k)),
});

const ZCount = z.discriminatedUnion('shown', [z.object({ shown: z.literal(true), value: z.number().int() }), z.object({ shown: z.literal(false), reason: z.literal('under-minimum') })]);

/** a team's completion: null name for people asked without a unit; a hidden team says only why */
const ZTeamCompletion = z.discriminatedUnion('shown', [
  z.object({ unitName: orNull(z.string()), shown: z.literal(true), asked: z.number().int(), answered: z.number().int() }),
  z.object({ unitName: orNull(z.string()), shown: z.literal(false), reason: z.enum(['under-minimum', 'protects-another']) }),
]);

export const ZCollaborative = ZCollaborativeSummary.extend({
  members: z.array(z.object({ orgId: z.uuid(), name: z.string(), status: orNull(z.enum(MEMBERSHIP_STATUSES)) })),
  phases: z.array(ZPhase),
  timepoints: z.array(ZTimepoint),
  /**
   * per member, timepoint and kind: whether its figures went to the hub, and counts hidden under
   * the hub's minimum — a staff survey's asked and answered; an audit's or the check-in bands'
   * people behind the figures (as both asked and answered: nobody is asked for those); a staff
   * survey's teams with theirs, hidden so no hidden team follows from the total (empty otherwise)
   */
  completion: z.array(
    z.object({ orgId: z.uuid(), timepointId: z.uuid(), kind: z.enum(RUN_KINDS), contributed: z.boolean(), asked: ZCount, answered: ZCount, teams: z.array(ZTeamCompletion) }),
  ),
  /** organisations of the hub taking part in another of its collaboratives (so not addable here) */
  inOtherCollaboratives: z.array(z.uuid()),
}).openapi('Collaborative');

export function presentCollaborative(c: Parameters<typeof presentSummary>[0] & {
  members: Array<{ orgId: string; name: string; status: (typeof MEMBERSHIP_STATUSES)[number] | null }>;
  phases: Array<Parameters<typeof presentPhase>[0]>;
  timepoints: TimepointLike[];
  completion: z.infer<typeof ZCollaborative>['completion'];
  inOtherCollaboratives: string[];
}) {
  return { ...presentSummary(c), members: c.members, phases: c.phases.map(presentPhase), timepoints: c.timepoints.map(presentTimepoint), completion: c.completion, inOtherCollaboratives: c.inOtherCollaboratives };
}

export const ZMyCollaborative = ZCollaborativeSummary.extend({
  phases: z.array(ZPhase),
  timepoints: z.array(
    ZTimepoint.extend({
      /** the staff survey linked, and whether its figures went to the hub */
      cycleId: orNull(z.uuid()),
      contributed: z.boolean(),
      /** the closed audit linked, and whether its figures went to the hub */
      auditCycleId: orNull(z.uuid()),
      auditContributed: z.boolean(),
      /** whether the check-in band counts went to the hub */
      bandsContributed: z.boolean(),
    }),
  ),
}).openapi('MyCollaborative');

type MyTimepoint = TimepointLike & { cycleId: string | null; contributed: boolean; auditCycleId: string | null; auditContributed: boolean; bandsContributed: boolean };
export function presentMyCollaborative(c: Parameters<typeof presentSummary>[0] & { phases: Array<Parameters<typeof presentPhase>[0]>; timepoints: MyTimepoint[] }) {
  return {
    ...presentSummary(c),
    phases: c.phases.map(presentPhase),
    timepoints: c.timepoints.map((t) => ({
      ...presentTimepoint(t),
      cycleId: t.cycleId,
      contributed: t.contributed,
      auditCycleId: t.auditCycleId,
      auditContributed: t.auditContributed,
      bandsContributed: t.bandsContributed,
    })),
  };
}

const ZFigure = z
  .discriminatedUnion('shown', [
    z.object({ shown: z.literal(true), mean: z.number(), n: z.number().int(), organisations: z.number().int(), changeSinceBaseline: orNull(z.number()) }),
    z.object({ shown: z.literal(false), reason: z.enum(['too-few-people', 'too-few-organisations', 'protects-another', 'earlier-releases', 'no-contribution', 'nothing-yet']), why: z.string() }),
  ])
  .openapi('BenchmarkFigure');

export const ZBenchmarkRow = z
  .object({
    slot: z.string(),
    label: z.string(),
    /** what the figure is of; how its mean reads: a survey section's mean rating, an audit section's points (0 red to 2 green), a band's share of contributors (0 to 1) */
    kind: z.enum(RUN_KINDS),
    measure: z.string(),
    measureTitle: z.record(z.string(), z.string()),
    own: ZFigure.optional(),
    collaborative: ZFigure,
    hub: ZFigure,
  })
  .openapi('BenchmarkRow');

const presentFigure = (f: BenchmarkFigure) => (f.shown ? f : { ...f, why: HIDDEN_REASON_WORDS[f.reason] });
export const presentBenchmarkRow = (r: BenchmarkRow) => ({
  slot: r.slot,
  label: r.label,
  kind: measureKind(r.measure),
  measure: r.measure,
  measureTitle: r.measureTitle ?? {},
  ...(r.own ? { own: presentFigure(r.own) } : {}),
  collaborative: presentFigure(r.collaborative),
  hub: presentFigure(r.hub),
});
