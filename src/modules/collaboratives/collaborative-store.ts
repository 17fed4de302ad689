import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import { organisations } from '../../platform/tenancy/schema.js';
import { hubMemberships } from '../hub/schema.js';
import {
  collaborativeContributions,
  collaborativeMembers,
  collaborativePhases,
  collaborativeRuns,
  collaborativeTimepoints,
  collaboratives,
  hubFigureReleases,
} from './schema.js';

/** The collaboratives tables: reads and writes, no rules (collaborative-use-cases.ts, benchmarks.ts). */

export type TimepointRow = typeof collaborativeTimepoints.$inferSelect;

export async function insertCollaborative(q: Queryable, hubId: string, input: { name: string; purpose: string }) {
  const id = uuidv7();
  await q.insert(collaboratives).values({ hubId, id, ...input });
  return id;
}

export async function listCollaborativesOf(q: Queryable, hubId: string) {
  return q.select().from(collaboratives).where(eq(collaboratives.hubId, hubId)).orderBy(asc(collaboratives.name), asc(collaboratives.id));
}

export async function findCollaborative(q: Queryable, hubId: string, id: string) {
  const [row] = await q.select().from(collaboratives).where(and(eq(collaboratives.hubId, hubId), eq(collaboratives.id, id)));
  return row;
}

/** The collaborative an organisation takes part in at a hub (at most one), if any. */
export async function collaborativeOfOrg(q: Queryable, hubId: string, orgId: string) {
  const [row] = await q
    .select({ collaborative: collaboratives })
    .from(collaborativeMembers)
    .innerJoin(collaboratives, and(eq(collaboratives.hubId, collaborativeMembers.hubId), eq(collaboratives.id, collaborativeMembers.collaborativeId)))
    .where(and(eq(collaborativeMembers.hubId, hubId), eq(collaborativeMembers.orgId, orgId)));
  return row?.collaborative;
}

export async function insertMember(q: Queryable, hubId: string, collaborativeId: string, orgId: string) {
  const inserted = await q.insert(collaborativeMembers).values({ hubId, collaborativeId, orgId }).onConflictDoNothing().returning({ orgId: collaborativeMembers.orgId });
  return inserted.length > 0;
}

/**
 * Takes an organisation out of a collaborative with the surveys it linked there, but only while
 * it has contributed nothing to it: a contribution is among the unknowns the cross-organisation
 * gate solves for with every earlier release, so it stays (consent revoked stops new ones).
 * 'contributed' leaves everything as it was.
 */
export async function deleteMember(q: Queryable, hubId: string, collaborativeId: string, orgId: string): Promise<'removed' | 'not-a-member' | 'contributed'> {
  const timepointIds = (await q.select({ id: collaborativeTimepoints.id }).from(collaborativeTimepoints).where(and(eq(collaborativeTimepoints.hubId, hubId), eq(collaborativeTimepoints.collaborativeId, collaborativeId)))).map((t) => t.id);
  if (timepointIds.length > 0) {
    const [sent] = await q
      .select({ n: sql<number>`count(*)::int` })
      .from(collaborativeContributions)
      .where(and(eq(collaborativeContributions.hubId, hubId), eq(collaborativeContributions.orgId, orgId), inArray(collaborativeContributions.timepointId, timepointIds)));
    if ((sent?.n ?? 0) > 0) return 'contributed';
    await q.delete(collaborativeRuns).where(and(eq(collaborativeRuns.hubId, hubId), eq(collaborativeRuns.orgId, orgId), inArray(collaborativeRuns.timepointId, timepointIds)));
  }
  const deleted = await q
    .delete(collaborativeMembers)
    .where(and(eq(collaborativeMembers.hubId, hubId), eq(collaborativeMembers.collaborativeId, collaborativeId), eq(collaborativeMembers.orgId, orgId)))
    .returning({ orgId: collaborativeMembers.orgId });
  return deleted.length > 0 ? 'removed' : 'not-a-member';
}

/** A collaborative's members with their names and the hub consent standing of each. */
/** The organisations taking part in another collaborative of the hub than `collaborativeId` (one each at most). */
export async function orgIdsInOtherCollaboratives(q: Queryable, hubId: string, collaborativeId: string): Promise<string[]> {
  const rows = await q
    .select({ orgId: collaborativeMembers.orgId })
    .from(collaborativeMembers)
    .where(and(eq(collaborativeMembers.hubId, hubId), ne(collaborativeMembers.collaborativeId, collaborativeId)));
  return rows.map((r) => r.orgId).sort();
}

export async function listMembersOf(q: Queryable, hubId: string, collaborativeId: string) {
  return q
    .select({ orgId: collaborativeMembers.orgId, name: organisations.name, status: hubMemberships.status })
    .from(collaborativeMembers)
    .innerJoin(organisations, eq(organisations.id, collaborativeMembers.orgId))
    .leftJoin(hubMemberships, and(eq(hubMemberships.hubId, collaborativeMembers.hubId), eq(hubMemberships.orgId, collaborativeMembers.orgId)))
    .where(and(eq(collaborativeMembers.hubId, hubId), eq(collaborativeMembers.collaborativeId, collaborativeId)))
    .orderBy(asc(organisations.name), asc(collaborativeMembers.orgId));
}

export async function insertPhase(q: Queryable, hubId: string, collaborativeId: string, input: { name: string; startsOn: string; endsOn: string }) {
  const id = uuidv7();
  await q.insert(collaborativePhases).values({ hubId, id, collaborativeId, ...input });
  return id;
}

export type PhaseRow = typeof collaborativePhases.$inferSelect;

export async function updateCollaborative(q: Queryable, hubId: string, id: string, set: { name?: string; purpose?: string }) {
  if (Object.keys(set).length === 0) return;
  await q.update(collaboratives).set(set).where(and(eq(collaboratives.hubId, hubId), eq(collaboratives.id, id)));
}

export async function findPhase(q: Queryable, hubId: string, phaseId: string): Promise<PhaseRow | undefined> {
  const [row] = await q.select().from(collaborativePhases).where(and(eq(collaborativePhases.hubId, hubId), eq(collaborativePhases.id, phaseId)));
  return row;
}

export async function updatePhase(q: Queryable, hubId: string, phaseId: string, set: { name?: string; startsOn?: string; endsOn?: string }) {
  if (Object.keys(set).length === 0) return;
  await q.update(collaborativePhases).set(set).where(and(eq(collaborativePhases.hubId, hubId), eq(collaborativePhases.id, phaseId)));
}

export async function deletePhase(q: Queryable, hubId: string, phaseId: string) {
  await q.delete(collaborativePhases).where(and(eq(collaborativePhases.hubId, hubId), eq(collaborativePhases.id, phaseId)));
}

export async function listPhasesOf(q: Queryable, hubId: string, collaborativeId: string) {
  return q
    .select()
    .from(collaborativePhases)
    .where(and(eq(collaborativePhases.hubId, hubId), eq(collaborativePhases.collaborativeId, collaborativeId)))
    .orderBy(asc(collaborativePhases.startsOn), asc(collaborativePhases.id));
}

export async function insertTimepoints(q: Queryable, hubId: string, collaborativeId: string, rows: ReadonlyArray<{ slot: string; label: string; dueOn: string; packId: string | null; kinds: string[] }>) {
  if (rows.length > 0) await q.insert(collaborativeTimepoints).values(rows.map((r) => ({ hubId, id: uuidv7(), collaborativeId, ...r })));
}

/** A timepoint the hub adds: its slot is its own id (schema.ts), so it pools with nothing else. */
export async function insertOwnTimepoint(q: Queryable, hubId: string, collaborativeId: string, input: { label: string; dueOn: string; packId: string | null; kinds: string[] }) {
  const id = uuidv7();
  await q.insert(collaborativeTimepoints).values({ hubId, id, collaborativeId, slot: id, ...input });
  return id;
}

/** Deletes a timepoint (its linked runs go with it: the foreign key cascades). */
export async function deleteTimepoint(q: Queryable, hubId: string, timepointId: string) {
  await q.delete(collaborativeTimepoints).where(and(eq(collaborativeTimepoints.hubId, hubId), eq(collaborativeTimepoints.id, timepointId)));
}

/** Whether any organisation contributed figures at this timepoint. */
export async function timepointHasContributions(q: Queryable, hubId: string, timepointId: string) {
  const [row] = await q
    .select({ n: sql<number>`count(*)::int` })
    .from(collaborativeContributions)
    .where(and(eq(collaborativeContributions.hubId, hubId), eq(collaborativeContributions.timepointId, timepointId)));
  return (row?.n ?? 0) > 0;
}

export async function listTimepointsOf(q: Queryable, hubId: string, collaborativeId: string) {
  return q
    .select()
    .from(collaborativeTimepoints)
    .where(and(eq(collaborativeTimepoints.hubId, hubId), eq(collaborativeTimepoints.collaborativeId, collaborativeId)))
    .orderBy(asc(collaborativeTimepoints.dueOn), asc(collaborativeTimepoints.id));
}

export async function findTimepoint(q: Queryable, hubId: string, timepointId: string): Promise<TimepointRow | undefined> {
  const [row] = await q.select().from(collaborativeTimepoints).where(and(eq(collaborativeTimepoints.hubId, hubId), eq(collaborativeTimepoints.id, timepointId)));
  return row;
}

export async function updateTimepoint(q: Queryable, hubId: string, timepointId: string, set: Partial<Pick<TimepointRow, 'label' | 'dueOn' | 'packId' | 'kinds'>>) {
  if (Object.keys(set).length === 0) return;
  await q.update(collaborativeTimepoints).set(set).where(and(eq(collaborativeTimepoints.hubId, hubId), eq(collaborativeTimepoints.id, timepointId)));
}

/** The runs organisations linked in a collaborative's timepoints. */
export async function listRuns(q: Queryable, hubId: string, timepointIds: readonly string[]) {
  if (timepointIds.length === 0) return [];
  return q.select().from(collaborativeRuns).where(and(eq(collaborativeRuns.hubId, hubId), inArray(collaborativeRuns.timepointId, [...timepointIds])));
}

/** The timepoint (and hub) a cycle of an organisation is linked to, if any, with the kind it was linked as. */
export async function runOfCycle(q: Queryable, orgId: string, cycleId: string) {
  const [row] = await q
    .select({ run: collaborativeRuns, timepoint: collaborativeTimepoints })
    .from(collaborativeRuns)
    .innerJoin(collaborativeTimepoints, and(eq(collaborativeTimepoints.hubId, collaborativeRuns.hubId), eq(collaborativeTimepoints.id, collaborativeRuns.timepointId)))
    .where(and(eq(collaborativeRuns.orgId, orgId), eq(collaborativeRuns.cycleId, cycleId)));
  return row;
}

export async function insertRun(q: Queryable, input: { hubId: string; timepointId: string; orgId: string; cycleId: string; kind?: 'staff-survey' | 'audit' }) {
  const inserted = await q.insert(collaborativeRuns).values(input).onConflictDoNothing().returning({ orgId: collaborativeRuns.orgId });
  return inserted.length > 0;
}

/** Whether the organisation contributed at a timepoint (of one kind: default the staff survey). */
export async function hasContribution(q: Queryable, hubId: string, orgId: string, timepointId: string, kind: string = 'staff-survey') {
  return (await contributionPeople(q, hubId, orgId, timepointId, kind)) !== null;
}

/** How many people stand behind an organisation's contribution of one kind at a timepoint (the most of any of its figures); null: none. */
export async function contributionPeople(q: Queryable, hubId: string, orgId: string, timepointId: string, kind: string): Promise<number | null> {
  const [row] = await q
    .select({ n: sql<number>`count(*)::int`, people: sql<number>`coalesce(max(${collaborativeContributions.people}), 0)::int` })
    .from(collaborativeContributions)
    .where(
      and(
        eq(collaborativeContributions.hubId, hubId),
        eq(collaborativeContributions.orgId, orgId),
        eq(collaborativeContributions.timepointId, timepointId),
        eq(collaborativeContributions.kind, kind),
      ),
    );
  return (row?.n ?? 0) > 0 ? (row?.people ?? 0) : null;
}

export async function insertContributions(
  q: Queryable,
  rows: ReadonlyArray<{ hubId: string; orgId: string; timepointId: string; slot: string; kind?: string; measure: string; cell: string; n: number; sum: number; people: number }>,
) {
  if (rows.length > 0) await q.insert(collaborativeContributions).values([...rows]).onConflictDoNothing();
}

/** Every contribution the hub holds (the gate's unknowns), and the organisations with consent in force. */
export async function hubContributions(q: Queryable, hubId: string) {
  return q.select().from(collaborativeContributions).where(eq(collaborativeContributions.hubId, hubId));
}

export async function consentedOrgIds(q: Queryable, hubId: string): Promise<string[]> {
  const rows = await q.select({ orgId: hubMemberships.orgId }).from(hubMemberships).where(and(eq(hubMemberships.hubId, hubId), eq(hubMemberships.status, 'consented')));
  return rows.map((r) => r.orgId).sort();
}

export async function isConsented(q: Queryable, hubId: string, orgId: string) {
  const [row] = await q.select({ status: hubMemberships.status }).from(hubMemberships).where(and(eq(hubMemberships.hubId, hubId), eq(hubMemberships.orgId, orgId)));
  return row?.status === 'consented';
}

/** Holds the hub's earlier-figures log until the transaction ends (read, check and write in one go). */
export async function lockHubFigureLog(q: Queryable, hubId: string) {
  await q.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${hubId}), hashtext('hub-figures'))`);
}

export async function earlierHubFigures(q: Queryable, hubId: string) {
  return q
    .select({ timepoint: hubFigureReleases.timepoint, measure: hubFigureReleases.measure, cell: hubFigureReleases.cell, orgIds: hubFigureReleases.orgIds })
    .from(hubFigureReleases)
    .where(eq(hubFigureReleases.hubId, hubId));
}

export async function recordHubFigures(q: Queryable, hubId: string, figures: ReadonlyArray<{ timepoint: string; measure: string; cell: string; orgIds: string[] }>) {
  if (figures.length === 0) return;
  await q
    .insert(hubFigureReleases)
    .values(figures.map((f) => ({ hubId, id: uuidv7(), ...f, orgIds: [...f.orgIds].sort() })))
    .onConflictDoNothing();
}

/**
 * The timepoints of the collaboratives an organisation takes part in at hubs whose consent is in
 * force, with no survey of it linked yet.
 */
export async function openTimepointsOfOrg(q: Queryable, orgId: string) {
  return q
    .select({ collaborative: collaboratives, timepoint: collaborativeTimepoints })
    .from(collaborativeMembers)
    .innerJoin(hubMemberships, and(eq(hubMemberships.hubId, collaborativeMembers.hubId), eq(hubMemberships.orgId, collaborativeMembers.orgId), eq(hubMemberships.status, 'consented')))
    .innerJoin(collaboratives, and(eq(collaboratives.hubId, collaborativeMembers.hubId), eq(collaboratives.id, collaborativeMembers.collaborativeId)))
    .innerJoin(collaborativeTimepoints, and(eq(collaborativeTimepoints.hubId, collaborativeMembers.hubId), eq(collaborativeTimepoints.collaborativeId, collaborativeMembers.collaborativeId)))
    .leftJoin(
      collaborativeRuns,
      and(eq(collaborativeRuns.hubId, collaborativeTimepoints.hubId), eq(collaborativeRuns.timepointId, collaborativeTimepoints.id), eq(collaborativeRuns.orgId, orgId), eq(collaborativeRuns.kind, 'staff-survey')),
    )
    .where(and(eq(collaborativeMembers.orgId, orgId), isNull(collaborativeRuns.cycleId)))
    .orderBy(asc(collaborativeTimepoints.dueOn), asc(collaborativeTimepoints.id));
}
