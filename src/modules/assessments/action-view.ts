import { z } from '@hono/zod-openapi';
import { orNull } from '../../platform/http/openapi-shared.js';
import type { Queryable } from '../../platform/db/client.js';
import { namesOf } from '../people/person-names.js';
import type { ActionRow } from './action-store.js';
import type { RaisedFromFigure } from './schema.js';
import { type CycleRow, cyclesAlongside, ratingsOf } from './cycle-store.js';
import { ACTION_STATUSES, isOverdue, type Rating, ZRating } from './model.js';
import { changeOf, confirmedRatings, nextClosedCycle } from './results.js';

export const ZAction = z
  .object({
    id: z.string(),
    cycleId: z.string().nullable().describe('null for an action raised from a workforce figure'),
    cycleTitle: z.string().nullable(),
    packId: z.string().nullable(),
    unitId: z.string().nullable().describe("the cycle's unit, or the figure's (null: the whole organisation)"),
    criterionId: z.string().nullable(),
    figure: z
      .object({
        indicator: z.string().describe('a workforce figure (WorkforceIndicators key)'),
        quarter: z.string(),
        value: z.number().describe('the figure as released when the action was raised'),
        after: z
          .object({ quarter: z.string(), value: z.number().nullable().describe('null: not shown for that quarter') })
          .nullable()
          .describe('the same figure of the next quarter, once that quarter has ended; given only to those who may see workforce figures'),
      })
      .nullable()
      .describe('the released workforce figure the action was raised from; null for an action from a criterion'),
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

/** The same figure of the next quarter (undefined: not yet, or not for this reader). */
export type FigureAfter = (figure: RaisedFromFigure) => Promise<{ quarter: string; value: number | null } | undefined>;

/**
 * Actions as they leave, each with its criterion's rating before (its own cycle) and after (the
 * next closed cycle of the same pack and unit), so a plan shows whether it made a difference; an
 * action raised from a workforce figure with that figure then, and, when `figureAfter` is given,
 * the next quarter's.
 */
export async function presentActions(q: Queryable, orgId: string, rows: ActionRow[], today: string, figureAfter?: FigureAfter): Promise<TAction[]> {
  if (rows.length === 0) return [];
  const cycles = await cyclesAlongside(q, orgId, [...new Set(rows.flatMap((r) => (r.cycleId ? [r.cycleId] : [])))]);
  const byId = new Map(cycles.map((c) => [c.id, c]));
  // oldest first within each pack and unit, as nextClosedCycle expects
  const ordered = [...cycles].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const nextOf = new Map<string, CycleRow | undefined>();
  for (const row of rows) {
    if (!row.cycleId) continue;
    const own = byId.get(row.cycleId)!;
    if (!nextOf.has(own.id)) nextOf.set(own.id, nextClosedCycle(ordered.filter((c) => samePlace(own, c)), own.id));
  }
  const needed = new Set([...cycles.map((c) => c.id), ...[...nextOf.values()].filter((c) => c !== undefined).map((c) => c.id)]);
  const ratingRows = await ratingsOf(q, orgId, [...needed]);
  const confirmedBy = new Map<string, Map<string, Rating>>();
  for (const id of needed) confirmedBy.set(id, confirmedRatings(ratingRows.filter((r) => r.cycleId === id)));
  const names = await namesOf(q, orgId, rows.map((r) => r.ownerPersonId));
  const presented: TAction[] = [];
  for (const row of rows) {
    const common = {
      id: row.id,
      title: row.title,
      owner: row.ownerPersonId ? { id: row.ownerPersonId, name: names.get(row.ownerPersonId) ?? null } : null,
      dueOn: row.dueOn,
      status: row.status,
      doneOn: row.doneOn,
      overdue: isOverdue(row, today),
      notes: row.notes.map((n) => ({ id: n.id, body: n.body, authorPersonId: n.authorPersonId, createdAt: n.createdAt.toISOString() })),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
    if (!row.cycleId || !row.criterionId) {
      const figure = row.figure!;
      const after = figureAfter ? ((await figureAfter(figure)) ?? null) : null;
      const raised = { indicator: figure.indicator, quarter: figure.quarter, value: figure.value, after };
      presented.push({ ...common, cycleId: null, cycleTitle: null, packId: null, unitId: figure.unitId, criterionId: null, figure: raised, before: null, after: null });
      continue;
    }
    const criterionId = row.criterionId;
    const cycle = byId.get(row.cycleId)!;
    const next = nextOf.get(cycle.id);
    const before = confirmedBy.get(cycle.id)?.get(criterionId) ?? null;
    const afterRating = next ? (confirmedBy.get(next.id)?.get(criterionId) ?? null) : null;
    presented.push({
      ...common,
      cycleId: cycle.id,
      cycleTitle: cycle.title,
      packId: cycle.packId,
      unitId: cycle.unitId,
      criterionId,
      figure: null,
      before,
      after: next ? { cycleId: next.id, cycleTitle: next.title, rating: afterRating, change: changeOf(before, afterRating) } : null,
    });
  }
  return presented;
}
