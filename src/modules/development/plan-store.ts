import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import { invalid } from '../../platform/http/errors.js';
import { FRAMEWORK_PACK } from '../framework/framework-pack.js';
import type { TPlanInput } from './model.js';
import { type ConfirmSide, editTarget } from './plan-rules.js';
import { selfAssessments } from './schema.js';

/** Queries for self-assessment versions and their plans (H.self). Callers check access first. */

export type VersionRow = typeof selfAssessments.$inferSelect;

export interface SelfAssessmentAnswers {
  serviceRemit: string | null;
  role: string | null;
  relevantLevel: string | null;
  strengths: string | null;
  areasToDevelop: string | null;
}

export interface Goal {
  goal: string;
  expectedOutcome: string | null;
}

const blankToNull = (value: string | null | undefined) => (value === undefined || value === null || value === '' ? null : value);

/** Answers as stored: every field present, an empty answer kept as null (skipped). */
export function normaliseAnswers(input: Partial<Record<keyof SelfAssessmentAnswers, string | null | undefined>>): SelfAssessmentAnswers {
  return {
    serviceRemit: blankToNull(input.serviceRemit),
    role: blankToNull(input.role),
    relevantLevel: blankToNull(input.relevantLevel),
    strengths: blankToNull(input.strengths),
    areasToDevelop: blankToNull(input.areasToDevelop),
  };
}

function normalisePlan(input: TPlanInput) {
  return {
    goals: input.goals.map((g): Goal => ({ goal: g.goal, expectedOutcome: blankToNull(g.expectedOutcome) })),
    supportPlan: blankToNull(input.supportPlan),
    reviewDate: input.reviewDate ?? null,
    managerNotes: blankToNull(input.managerNotes),
  };
}

/** Every version of a person's self-assessment (or the latest `limit`), newest first. */
export async function listVersions(q: Queryable, orgId: string, personId: string, limit = 1000): Promise<VersionRow[]> {
  return q
    .select()
    .from(selfAssessments)
    .where(and(eq(selfAssessments.orgId, orgId), eq(selfAssessments.personId, personId)))
    .orderBy(desc(selfAssessments.version))
    .limit(limit);
}

/**
 * The latest version, after taking the person's plan lock for the rest of the transaction: two
 * edits at once then queue instead of both creating the same next version.
 */
async function lockedLatest(tx: Queryable, orgId: string, personId: string): Promise<VersionRow | undefined> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`self-assessment:${orgId}:${personId}`}, 0))`);
  const [latest] = await listVersions(tx, orgId, personId, 1);
  return latest;
}

/** JSON with object keys sorted: jsonb hands keys back in its own order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

type Changes = Partial<Pick<VersionRow, 'answers' | 'goals' | 'supportPlan' | 'reviewDate' | 'managerNotes' | 'submittedAt' | 'managerPersonId'>>;

/** What an edit did: which version it wrote, and whether that version is new. */
export interface EditOutcome {
  version: number;
  startedVersion: boolean;
  changed: boolean;
}

/**
 * Writes changes following editTarget: version 1, the unconfirmed current version, or a copy of
 * a confirmed version as the next one. A change that changes nothing writes nothing.
 * Run inside a transaction.
 */
async function edit(tx: Queryable, orgId: string, personId: string, changes: Changes): Promise<EditOutcome> {
  const current = await lockedLatest(tx, orgId, personId);
  // who last wrote the manager's side is bookkeeping, not content: alone it starts no version
  const content = Object.entries(changes).filter(([key]) => key !== 'managerPersonId');
  if (current && content.every(([key, value]) => canonical(current[key as keyof VersionRow]) === canonical(value))) {
    return { version: current.version, startedVersion: false, changed: false };
  }
  const target = editTarget(current);
  if (target.kind === 'current' && current) {
    await tx
      .update(selfAssessments)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(eq(selfAssessments.orgId, orgId), eq(selfAssessments.id, current.id)));
    return { version: current.version, startedVersion: false, changed: true };
  }
  await tx.insert(selfAssessments).values({
    orgId,
    id: uuidv7(),
    personId,
    version: target.version,
    answers: current?.answers ?? normaliseAnswers({}),
    goals: current?.goals ?? [],
    supportPlan: current?.supportPlan ?? null,
    reviewDate: current?.reviewDate ?? null,
    managerNotes: current?.managerNotes ?? null,
    submittedAt: current?.submittedAt ?? null,
    managerPersonId: current?.managerPersonId ?? null,
    // the pack the new version is answered against: the one in force now
    packId: FRAMEWORK_PACK.id,
    packVersion: FRAMEWORK_PACK.version,
    ...changes,
  });
  return { version: target.version, startedVersion: true, changed: true };
}

/** The worker's own answers, replacing the previous ones. */
export function saveAnswers(tx: Queryable, orgId: string, personId: string, answers: SelfAssessmentAnswers) {
  return edit(tx, orgId, personId, { answers });
}

/** The development and support plan; `managerPersonId` is recorded when the manager's side writes it. */
export function savePlan(tx: Queryable, orgId: string, personId: string, plan: TPlanInput, managerPersonId?: string) {
  return edit(tx, orgId, personId, { ...normalisePlan(plan), ...(managerPersonId ? { managerPersonId } : {}) });
}

/** Marks the current version ready for the manager's review (a first, empty version if none). */
export async function submitVersion(tx: Queryable, orgId: string, personId: string): Promise<EditOutcome> {
  const current = await lockedLatest(tx, orgId, personId);
  if (current?.submittedAt) return { version: current.version, startedVersion: false, changed: false };
  return edit(tx, orgId, personId, { submittedAt: new Date() });
}

/**
 * Sets one side's confirmation on the current version (once: confirming again keeps the first
 * time). Returns the version and whether both sides have now confirmed it.
 */
export async function confirmVersion(tx: Queryable, orgId: string, personId: string, side: ConfirmSide, actorPersonId: string) {
  const current = await lockedLatest(tx, orgId, personId);
  if (!current) throw invalid('version', 'there is no self-assessment or plan to confirm yet');
  const column = side === 'worker' ? 'workerConfirmedAt' : 'managerConfirmedAt';
  const already = current[column] !== null;
  if (!already) {
    const now = new Date();
    await tx
      .update(selfAssessments)
      .set({
        [column]: now,
        ...(side === 'manager' ? { managerPersonId: actorPersonId } : {}),
        // the worker confirming has clearly finished: it counts as handing in
        ...(side === 'worker' && !current.submittedAt ? { submittedAt: now } : {}),
        updatedAt: now,
      })
      .where(and(eq(selfAssessments.orgId, orgId), eq(selfAssessments.id, current.id)));
  }
  const other = side === 'worker' ? current.managerConfirmedAt : current.workerConfirmedAt;
  return { version: current.version, changed: !already, agreed: other !== null };
}

/** The latest version of each of these people (people without one are absent). */
export async function latestVersions(q: Queryable, orgId: string, personIds: string[]): Promise<Map<string, VersionRow>> {
  if (personIds.length === 0) return new Map();
  const rows = await q
    .selectDistinctOn([selfAssessments.personId])
    .from(selfAssessments)
    .where(and(eq(selfAssessments.orgId, orgId), inArray(selfAssessments.personId, personIds)))
    .orderBy(selfAssessments.personId, desc(selfAssessments.version));
  return new Map(rows.map((r) => [r.personId, r]));
}

/** An agreed plan as the workforce figures count it: the day both sides had confirmed it, in the organisation's time zone. */
export interface AgreedPlan {
  personId: string;
  agreedOn: string;
  reviewDate: string | null;
}

/** Every plan version agreed (confirmed by both sides) on or before `lastDay` in `timeZone`, oldest first per person. */
export async function agreedPlansUpTo(q: Queryable, orgId: string, lastDay: string, timeZone: string): Promise<AgreedPlan[]> {
  const result = await q.execute(sql`
    SELECT person_id, agreed_on, review_date FROM (
      SELECT person_id, version, to_char(review_date, 'YYYY-MM-DD') AS review_date,
        to_char((greatest(worker_confirmed_at, manager_confirmed_at) AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') AS agreed_on
      FROM self_assessments
      WHERE org_id = ${orgId} AND worker_confirmed_at IS NOT NULL AND manager_confirmed_at IS NOT NULL
    ) v
    WHERE agreed_on <= ${lastDay}
    ORDER BY person_id, version`);
  return (result.rows as Array<{ person_id: string; agreed_on: string; review_date: string | null }>).map((r) => ({ personId: r.person_id, agreedOn: r.agreed_on, reviewDate: r.review_date }));
}

/** An agreed plan with a review day, as the reminders round reads it: the latest version of each person only. */
export interface PlanReview {
  personId: string;
  personName: string;
  managerId: string | null;
  versionId: string;
  reviewDate: string;
}

/**
 * Each person's latest version when it is agreed by both sides and names a review day (a newer
 * draft means the review is under way). People who have left are left out.
 */
export async function agreedPlansWithReview(q: Queryable, orgId: string, today: string): Promise<PlanReview[]> {
  const result = await q.execute(sql`
    SELECT v.id, v.person_id, p.name, p.manager_id, to_char(v.review_date, 'YYYY-MM-DD') AS review_date
    FROM (
      SELECT DISTINCT ON (person_id) id, person_id, review_date, worker_confirmed_at, manager_confirmed_at
      FROM self_assessments WHERE org_id = ${orgId}
      ORDER BY person_id, version DESC
    ) v
    JOIN people p ON p.org_id = ${orgId} AND p.id = v.person_id
    WHERE v.review_date IS NOT NULL AND v.worker_confirmed_at IS NOT NULL AND v.manager_confirmed_at IS NOT NULL
      AND (p.end_date IS NULL OR p.end_date >= ${today})`);
  return (result.rows as Array<{ id: string; person_id: string; name: string; manager_id: string | null; review_date: string }>).map((r) => ({
    personId: r.person_id,
    personName: r.name,
    managerId: r.manager_id,
    versionId: r.id,
    reviewDate: r.review_date,
  }));
}
