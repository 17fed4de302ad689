import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import type { Cursor } from '../../platform/http/page.js';
import type { ActionStatus } from './model.js';
import { createdKey, olderThan } from './newest-first.js';
import { actionNotes, assessmentActions, type RaisedFromFigure } from './schema.js';

/** Creates an action for a criterion of a cycle; returns its id. */
export async function insertAction(
  q: Queryable,
  orgId: string,
  cycleId: string,
  criterionId: string,
  input: { title: string; ownerPersonId: string; dueOn: string },
  byPersonId: string,
) {
  const id = uuidv7();
  await q.insert(assessmentActions).values({ orgId, id, cycleId, criterionId, title: input.title, ownerPersonId: input.ownerPersonId, dueOn: input.dueOn, createdByPersonId: byPersonId });
  return id;
}

/**
 * Creates an action raised from a released figure; returns its id. A workforce figure has no
 * cycle; a survey criterion's figure names its cycle and criterion, a domain's its team review.
 */
export async function insertFigureAction(
  q: Queryable,
  orgId: string,
  figure: RaisedFromFigure,
  input: { title: string; ownerPersonId: string; dueOn: string },
  byPersonId: string,
  place: { cycleId: string | null; criterionId: string | null } = { cycleId: null, criterionId: null },
) {
  const id = uuidv7();
  await q.insert(assessmentActions).values({ orgId, id, ...place, figure, title: input.title, ownerPersonId: input.ownerPersonId, dueOn: input.dueOn, createdByPersonId: byPersonId });
  return id;
}

export type ActionPatch = { status?: ActionStatus | undefined; ownerPersonId?: string | undefined; dueOn?: string | undefined };

/**
 * Changes an action; returns the names of the fields whose value changed. A change of status to
 * done records `today` (the organisation's day) as the day it was done; any other status clears it.
 */
export async function updateAction(q: Queryable, orgId: string, id: string, patch: ActionPatch, today: string): Promise<string[]> {
  const [current] = await q.select().from(assessmentActions).where(and(eq(assessmentActions.orgId, orgId), eq(assessmentActions.id, id))).for('update');
  if (!current) return [];
  const changed = (Object.keys(patch) as (keyof ActionPatch)[]).filter((k) => patch[k] !== undefined && patch[k] !== current[k]);
  if (changed.length === 0) return [];
  await q
    .update(assessmentActions)
    .set({ ...Object.fromEntries(changed.map((k) => [k, patch[k]])), ...(changed.includes('status') ? { doneOn: patch.status === 'done' ? today : null } : {}), updatedAt: new Date() })
    .where(and(eq(assessmentActions.orgId, orgId), eq(assessmentActions.id, id)));
  return changed;
}

export async function addActionNote(q: Queryable, orgId: string, actionId: string, body: string, byPersonId: string) {
  const id = uuidv7();
  await q.insert(actionNotes).values({ orgId, id, actionId, body, authorPersonId: byPersonId });
  return id;
}

/**
 * Actions with their notes, newest first: of the given cycles, owned by `ownerPersonId`, or
 * raised from figures of a kind (any one matches); no filter at all lists the organisation's actions.
 */
export async function listActions(
  q: Queryable,
  orgId: string,
  filter: { cycleIds?: string[]; ownerPersonId?: string; actionId?: string; figureKind?: RaisedFromFigure['kind'] } = {},
  page?: { after: Cursor | undefined; limit: number },
) {
  const parts: SQL[] = [];
  if (filter.cycleIds) parts.push(filter.cycleIds.length > 0 ? inArray(assessmentActions.cycleId, filter.cycleIds) : sql`false`);
  if (filter.ownerPersonId) parts.push(eq(assessmentActions.ownerPersonId, filter.ownerPersonId));
  if (filter.figureKind) parts.push(sql`${assessmentActions.figure}->>'kind' = ${filter.figureKind}`);
  const query = q
    .select({ action: assessmentActions, sortKey: createdKey(assessmentActions.createdAt) })
    .from(assessmentActions)
    .where(
      and(
        eq(assessmentActions.orgId, orgId),
        filter.actionId ? eq(assessmentActions.id, filter.actionId) : undefined,
        parts.length > 0 ? or(...parts) : undefined,
        olderThan(assessmentActions.createdAt, assessmentActions.id, page?.after),
      ),
    )
    .orderBy(desc(assessmentActions.createdAt), desc(assessmentActions.id));
  // with a page, limit + 1 rows so pageOf can tell whether another page follows
  const rows = (page ? await query.limit(page.limit + 1) : await query).map((r) => ({ ...r.action, sortKey: r.sortKey }));
  const notes =
    rows.length === 0
      ? []
      : await q
          .select()
          .from(actionNotes)
          .where(and(eq(actionNotes.orgId, orgId), inArray(actionNotes.actionId, rows.map((r) => r.id))))
          .orderBy(asc(actionNotes.createdAt), asc(actionNotes.id));
  return rows.map((r) => ({ ...r, notes: notes.filter((n) => n.actionId === r.id) }));
}
export type ActionRow = Awaited<ReturnType<typeof listActions>>[number];
