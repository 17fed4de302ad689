import { z } from '@hono/zod-openapi';

/**
 * The worker's private well-being space: what it holds and its pure rules (no I/O). Personal data
 * (DESIGN.md): the owner alone reads it; anyone else only through a grant (grant-rules in policy.ts).
 */

const note = z.string().trim().max(2000, 'must be at most 2000 characters');
const entries = z.array(note.min(1, 'an entry cannot be empty')).max(30, 'at most 30 entries');

/** The profile of strengths and vulnerabilities (S.ind.4). Stored as JSON: changing it may need a migration. */
export const ZProfile = z
  .object({
    strengths: entries.default([]),
    vulnerabilities: entries.default([]),
    earlySigns: entries.default([]).describe('early signs I notice in myself'),
    whatHelps: entries.default([]),
  })
  .openapi('WellbeingProfile');
export type TProfile = z.infer<typeof ZProfile>;

/** One step of a coping plan: a strategy from the library, or the worker's own words, or both. */
export const ZCopingStep = z
  .object({
    strategyId: z.string().max(100).nullable().default(null),
    note: note.default(''),
  })
  .refine((step) => step.strategyId !== null || step.note !== '', { message: 'choose a strategy or write a note', path: ['note'] })
  .openapi('CopingStep');

/** The coping plan for before, during and after exposure (S.ind.2). Stored as JSON: changing it may need a migration. */
export const ZCopingPlan = z
  .object({
    before: z.array(ZCopingStep).max(20, 'at most 20 steps').default([]),
    during: z.array(ZCopingStep).max(20, 'at most 20 steps').default([]),
    after: z.array(ZCopingStep).max(20, 'at most 20 steps').default([]),
  })
  .openapi('CopingPlan');
export type TCopingPlan = z.infer<typeof ZCopingPlan>;

export const RHYTHMS = ['weekly', 'fortnightly', 'monthly', 'off'] as const;
export type Rhythm = (typeof RHYTHMS)[number];

/**
 * The answers of one check-in: item id → the chosen value, or null when skipped. Stored as JSON:
 * changing this shape may need a migration.
 */
export const ZCheckInAnswers = z.record(z.string().max(100), z.number().nullable()).openapi('CheckInAnswers');
export type TCheckInAnswers = z.infer<typeof ZCheckInAnswers>;

export const GRANT_SCOPES = ['coping-plan', 'check-in-trend', 'check-in'] as const;
export type GrantScope = (typeof GRANT_SCOPES)[number];
export type GrantStatus = 'active' | 'expired' | 'revoked';

/** A grant's standing at `now`: revoked wins over expired, so the owner sees what they did. */
export function grantStatus(grant: { expiresAt: Date; revokedAt: Date | null }, now = new Date()): GrantStatus {
  if (grant.revokedAt) return 'revoked';
  return grant.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active';
}

/** The longest a grant may run: sharing is meant to be a deliberate, renewed choice. */
export const MAX_GRANT_DAYS = 366;

/** Why an expiry cannot be accepted, or undefined when it can (future, within a year). */
export function expiryProblem(expiresAt: Date, now = new Date()): string | undefined {
  if (expiresAt.getTime() <= now.getTime()) return 'must be in the future';
  if (expiresAt.getTime() > now.getTime() + MAX_GRANT_DAYS * 86_400_000) return 'must be at most one year from now';
  return undefined;
}

/** YYYY-MM-DD of a moment, in UTC. */
export const isoDay = (at = new Date()) => at.toISOString().slice(0, 10);

function addDays(day: string, days: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return isoDay(at);
}

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  // the 31st of a 30-day month is the month's last day, not the 1st of the next
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return isoDay(target);
}

/**
 * The day the next check-in is due under a rhythm: the day after the interval since the last one,
 * today when there has been none, null when the rhythm is off.
 * Example: nextDueOn('weekly', '2026-11-02', '2026-11-05') === '2026-11-09'.
 */
export function nextDueOn(rhythm: Rhythm, lastOn: string | null, today: string): string | null {
  if (rhythm === 'off') return null;
  if (!lastOn) return today;
  if (rhythm === 'weekly') return addDays(lastOn, 7);
  if (rhythm === 'fortnightly') return addDays(lastOn, 14);
  return addMonths(lastOn, 1);
}

/** The first day whose check-ins are kept under a retention of `months` (older ones are deleted). */
export const retentionCutoff = (months: number, today: string) => addMonths(today, -months);
