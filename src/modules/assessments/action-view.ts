import { z } from '@hono/zod-openapi';
import { orNull } from '../../platform/http/openapi-shared.js';
import type { Queryable } from '../../platform/db/client.js';
import { namesOf } from '../people/person-names.js';
import type { ActionRow } from './action-store.js';
import { type CycleRow, cyclesAlongside, ratingsOf } from './cycle-store.js';
import { ACTION_STATUSES, isOverdue, type Rating, ZRating } from './model.js';
import { changeOf, confirmedRatings, nextClosedCycle } from './results.js';

export const ZAction = z
  .object({
    id: z.string(),
    cycleId: z.string(),
    cycleTitle: z.string(),
    packId: z.string(),
    unitId: z.string().nullable(),
    criterionId: z.string(),
    title: z.string(),
    owner: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    dueOn: z.string().nullable(),
    status: z.enum(ACTION_STATUSES),
    doneOn: z.string().nullable().describe('the day it was marked done, in the organisation\'s time zone; null unless done'),
    overdue: z.boolean().describe('due before today and neither done nor dropped'),
    before: orNull(ZRating).describe("the criterion's confirmed rating in the action's cycle"),
    after: z
      .object({ cycleId: z.string(), cycleTitle: z.string(), rating: orNull(ZRating), change: z.enum(['better', 'same', 'worse']).nullable() })
      .nullable()
      .describe('once a later cycle of the same pack and unit has closed: its confirmed rating of the criterion'),
    notes: z.array(z.object({ id: z.string(), body: z.string(), authorPersonId: z.string().nullable(), createdAt: z.string() })),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('AssessmentAction');
export type TAction = z.infer<typeof ZAction>;

const samePlace = (a: CycleRow, b: CycleRow) => a.packId === b.packId && a.unitId === b.unitId && b.mode === 'team-review';

/**
 * Actions as they leave, each with its criterion's rating before (its own cycle) and after (the
 * next closed cycle of the same pack and unit), so a plan shows whether it made a difference.
 */
export async function presentActions(q: Queryable, orgId: string, rows: ActionRow[], today: string): Promise<TAction[]> {
  if (rows.length === 0) return [];
  const cycles = await cyclesAlongside(q, orgId, [...new Set(rows.map((r) => r.cycleId))]);
  const byId = new Map(cycles.map((c) => [c.id, c]));
  // oldest first within each pack and unit, as nextClosedCycle expects
  const ordered = [...cycles].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const nextOf = new Map<string, CycleRow | undefined>();
  for (const row of rows) {
    const own = byId.get(row.cycleId)!;
    if (!nextOf.has(own.id)) nextOf.set(own.id, nextClosedCycle(ordered.filter((c) => samePlace(own, c)), own.id));
  }
  const needed = new Set([...rows.map((r) => r.cycleId), ...[...nextOf.values()].filter((c) => c !== undefined).map((c) => c.id)]);
  const ratingRows = await ratingsOf(q, orgId, [...needed]);
  const confirmedBy = new Map<string, Map<string, Rating>>();
  for (const id of needed) confirmedBy.set(id, confirmedRatings(ratingRows.filter((r) => r.cycleId === id)));
  const names = await namesOf(q, orgId, rows.map((r) => r.ownerPersonId));
  return rows.map((row) => {
    const cycle = byId.get(row.cycleId)!;
    const next = nextOf.get(cycle.id);
    const before = confirmedBy.get(cycle.id)?.get(row.criterionId) ?? null;
    const afterRating = next ? (confirmedBy.get(next.id)?.get(row.criterionId) ?? null) : null;
    return {
      id: row.id,
      cycleId: cycle.id,
      cycleTitle: cycle.title,
      packId: cycle.packId,
      unitId: cycle.unitId,
      criterionId: row.criterionId,
      title: row.title,
      owner: row.ownerPersonId ? { id: row.ownerPersonId, name: names.get(row.ownerPersonId) ?? null } : null,
      dueOn: row.dueOn,
      status: row.status,
      doneOn: row.doneOn,
      overdue: isOverdue(row, today),
      before,
      after: next ? { cycleId: next.id, cycleTitle: next.title, rating: afterRating, change: changeOf(before, afterRating) } : null,
      notes: row.notes.map((n) => ({ id: n.id, body: n.body, authorPersonId: n.authorPersonId, createdAt: n.createdAt.toISOString() })),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}
