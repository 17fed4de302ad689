import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { surveyEligible, surveyParticipants, surveySnapshots } from '../assessments/schema.js';
import { collaborativeContributions } from './schema.js';

/**
 * The counts behind a collaborative's completion view, read for all its members at once: one
 * grouped query per kind of count rather than a few per member and timepoint, so the hub's page
 * costs the same handful of queries whether ten organisations take part or a thousand. Counts
 * and names only: who was asked or answered is joined here and never leaves. No rules
 * (collaborative-use-cases.ts hides what is under the hub's minimum).
 */

export interface SurveyRef {
  orgId: string;
  cycleId: string;
}

export interface TeamCounts {
  unitId: string | null;
  /** the unit's name in the survey's frozen tree (a unit removed since keeps it); null: asked without a unit */
  unitName: string | null;
  asked: number;
  answered: number;
}

export const surveyKey = (orgId: string, cycleId: string) => `${orgId}\u0000${cycleId}`;
export const contributionKey = (orgId: string, timepointId: string, kind: string) => `${orgId}\u0000${timepointId}\u0000${kind}`;

// a survey's id is unique, but every organisation-owned read names its org_id too (the table's
// distribution key): the pair is matched here, the IN lists only narrow the scan
const surveysIn = (refs: readonly SurveyRef[], table: typeof surveyEligible | typeof surveyParticipants | typeof surveySnapshots) =>
  and(inArray(table.orgId, [...new Set(refs.map((r) => r.orgId))]), inArray(table.cycleId, [...new Set(refs.map((r) => r.cycleId))]));

/** Per survey (surveyKey), how many were asked and how many answered; a survey with nobody asked reads 0 and 0. */
export async function completionOfSurveys(q: Queryable, refs: readonly SurveyRef[]): Promise<Map<string, { asked: number; answered: number }>> {
  const out = new Map(refs.map((r) => [surveyKey(r.orgId, r.cycleId), { asked: 0, answered: 0 }]));
  if (refs.length === 0) return out;
  const [asked, answered] = await Promise.all([
    q
      .select({ orgId: surveyEligible.orgId, cycleId: surveyEligible.cycleId, n: sql<number>`count(*)::int` })
      .from(surveyEligible)
      .where(surveysIn(refs, surveyEligible))
      .groupBy(surveyEligible.orgId, surveyEligible.cycleId),
    q
      .select({ orgId: surveyParticipants.orgId, cycleId: surveyParticipants.cycleId, n: sql<number>`count(*)::int` })
      .from(surveyParticipants)
      .where(surveysIn(refs, surveyParticipants))
      .groupBy(surveyParticipants.orgId, surveyParticipants.cycleId),
  ]);
  for (const row of asked) {
    const counts = out.get(surveyKey(row.orgId, row.cycleId));
    if (counts) counts.asked = row.n;
  }
  for (const row of answered) {
    const counts = out.get(surveyKey(row.orgId, row.cycleId));
    if (counts) counts.answered = row.n;
  }
  return out;
}

/** Per survey (surveyKey), the same counts per unit each person was frozen in when it opened. */
export async function teamCompletionOfSurveys(q: Queryable, refs: readonly SurveyRef[]): Promise<Map<string, TeamCounts[]>> {
  const out = new Map<string, TeamCounts[]>(refs.map((r) => [surveyKey(r.orgId, r.cycleId), []]));
  if (refs.length === 0) return out;
  const [rows, snapshots] = await Promise.all([
    q
      .select({ orgId: surveyEligible.orgId, cycleId: surveyEligible.cycleId, unitId: surveyEligible.unitId, asked: sql<number>`count(*)::int`, answered: sql<number>`count(${surveyParticipants.personId})::int` })
      .from(surveyEligible)
      .leftJoin(
        surveyParticipants,
        and(eq(surveyParticipants.orgId, surveyEligible.orgId), eq(surveyParticipants.cycleId, surveyEligible.cycleId), eq(surveyParticipants.personId, surveyEligible.personId)),
      )
      .where(surveysIn(refs, surveyEligible))
      .groupBy(surveyEligible.orgId, surveyEligible.cycleId, surveyEligible.unitId),
    q.select({ orgId: surveySnapshots.orgId, cycleId: surveySnapshots.cycleId, units: surveySnapshots.units }).from(surveySnapshots).where(surveysIn(refs, surveySnapshots)),
  ]);
  const namesOf = new Map(snapshots.map((s) => [surveyKey(s.orgId, s.cycleId), new Map(((s.units ?? []) as Array<{ id: string; name: string }>).map((u) => [u.id, u.name]))]));
  for (const row of rows) {
    const key = surveyKey(row.orgId, row.cycleId);
    const names = namesOf.get(key);
    out.get(key)?.push({ unitId: row.unitId, unitName: row.unitId ? (names?.get(row.unitId) ?? null) : null, asked: row.asked, answered: row.answered });
  }
  return out;
}

/**
 * Per organisation, timepoint and kind (contributionKey), how many people stand behind what it
 * contributed (the most of any of its figures); absent: it contributed nothing of that kind.
 */
export async function contributionPeopleAt(q: Queryable, hubId: string, timepointIds: readonly string[]): Promise<Map<string, number>> {
  if (timepointIds.length === 0) return new Map();
  const rows = await q
    .select({
      orgId: collaborativeContributions.orgId,
      timepointId: collaborativeContributions.timepointId,
      kind: collaborativeContributions.kind,
      people: sql<number>`coalesce(max(${collaborativeContributions.people}), 0)::int`,
    })
    .from(collaborativeContributions)
    .where(and(eq(collaborativeContributions.hubId, hubId), inArray(collaborativeContributions.timepointId, [...timepointIds])))
    .groupBy(collaborativeContributions.orgId, collaborativeContributions.timepointId, collaborativeContributions.kind);
  return new Map(rows.map((r) => [contributionKey(r.orgId, r.timepointId, r.kind), r.people]));
}
