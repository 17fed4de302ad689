import { z } from '@hono/zod-openapi';
import { orNull } from '../../platform/http/openapi-shared.js';
import type { Queryable } from '../../platform/db/client.js';
import { namesOf } from '../people/person-names.js';
import type { ActionRow } from './action-store.js';
import type { RaisedFromFigure } from './schema.js';
import { type CycleRow, cyclesAlongside, ratingsOf } from './cycle-store.js';
import { ACTION_STATUSES, isOverdue, type Rating, ZRating } from './model.js';
import { changeOf, confirmedRatings, nextClosedCycle } from './results.js';
import { assessmentPack } from './assessment-pack.js';
import { domainRollup } from './domain-progress.js';

const ZLaterCycle = z
  .object({ cycleId: z.string(), cycleTitle: z.string(), value: z.number().nullable().describe('null: not shown there') })
  .nullable();

const ZRaisedFigure = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('indicator'),
      indicator: z.string().describe('a workforce figure (WorkforceIndicators key)'),
      quarter: z.string(),
      value: z.number().describe('the figure as released when the action was raised'),
      after: z
        .object({ quarter: z.string(), value: z.number().nullable().describe('null: not shown for that quarter') })
        .nullable()
        .describe('the same figure of the next quarter, once that quarter has ended; given only to those who may see workforce figures'),
    }),
    z.object({
      kind: z.literal('survey-criterion'),
      value: z.number().describe("the criterion's mean rating for the group, as released when the action was raised"),
      after: ZLaterCycle.describe("the same criterion's mean for the same group in the next closed survey of the same pack and scope; given only to those who may see that survey's results"),
    }),
    z.object({
      kind: z.literal('domain'),
      domain: z.string().describe('an implementation domain (H.domains)'),
      value: z.number().describe("the share of the domain's criteria rated green in the review, when the action was raised"),
      after: ZLaterCycle.describe('the same share in the next closed team review of the same pack and unit'),
    }),
  ])
  .openapi('RaisedFigure');

export const ZAction = z
  .object({
    id: z.string(),
    cycleId: z.string().nullable().describe('null for an action raised from a workforce figure'),
    cycleTitle: z.string().nullable(),
    packId: z.string().nullable(),
    unitId: z.string().nullable().describe("the cycle's unit, or the figure's (null: the whole organisation)"),
    criterionId: z.string().nullable(),
    figure: orNull(ZRaisedFigure).describe('the released figure the action was raised from; null for an action from an amber or red criterion'),
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

type IndicatorFigure = Extract<RaisedFromFigure, { kind: 'indicator' }>;
/** The same workforce figure of the next quarter (undefined: not yet, or not for this reader). */
export type FigureAfter = (figure: IndicatorFigure) => Promise<{ quarter: string; value: number | null } | undefined>;
/** The same criterion's figure for the same group in the next closed survey (undefined: none yet, or not for this reader). */
export type SurveyAfter = (cycle: CycleRow, criterionId: string, unitId: string | null) => Promise<{ cycleId: string; cycleTitle: string; value: number | null } | undefined>;

/** Where the later figures of actions raised from figures come from, for readers who may see them. */
export interface LaterFigures {
  indicator?: FigureAfter;
  survey?: SurveyAfter;
}

/**
 * Actions as they leave, each with its criterion's rating before (its own cycle) and after (the
 * next closed cycle of the same pack and unit), so a plan shows whether it made a difference; an
 * action raised from a figure with that figure then and, where the reader may see it, the same
 * figure at the next release: a domain's in the next closed review (here), a workforce figure's
 * or a survey criterion's from `later`.
 */
export async function presentActions(q: Queryable, orgId: string, rows: ActionRow[], today: string, later: LaterFigures = {}): Promise<TAction[]> {
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
    const figure = row.figure;
    if (figure?.kind === 'indicator' || !row.cycleId) {
      const raised = figure as IndicatorFigure;
      const after = later.indicator ? ((await later.indicator(raised)) ?? null) : null;
      const shown = { kind: 'indicator' as const, indicator: raised.indicator, quarter: raised.quarter, value: raised.value, after };
      presented.push({ ...common, cycleId: null, cycleTitle: null, packId: null, unitId: raised.unitId, criterionId: null, figure: shown, before: null, after: null });
      continue;
    }
    const cycle = byId.get(row.cycleId)!;
    const place = { cycleId: cycle.id, cycleTitle: cycle.title, packId: cycle.packId, before: null, after: null };
    if (figure?.kind === 'survey-criterion' && row.criterionId) {
      const after = later.survey ? ((await later.survey(cycle, row.criterionId, figure.unitId)) ?? null) : null;
      presented.push({ ...common, ...place, unitId: figure.unitId, criterionId: row.criterionId, figure: { kind: 'survey-criterion', value: figure.value, after } });
      continue;
    }
    if (figure?.kind === 'domain') {
      const next = nextOf.get(cycle.id);
      const after = next ? { cycleId: next.id, cycleTitle: next.title, value: await domainShareIn(q, next, confirmedBy.get(next.id)!, figure.domain) } : null;
      presented.push({ ...common, ...place, unitId: figure.unitId, criterionId: null, figure: { kind: 'domain', domain: figure.domain, value: figure.value, after } });
      continue;
    }
    const criterionId = row.criterionId!;
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

/** A domain's share of green criteria in a review, from its confirmed ratings (null: its pack has no criterion there). */
async function domainShareIn(q: Queryable, cycle: CycleRow, confirmed: ReadonlyMap<string, Rating>, domain: string): Promise<number | null> {
  const pack = await assessmentPack(q, cycle.packId, cycle.packVersion);
  return pack ? (domainRollup(pack.pack, confirmed).find((d) => d.domain === domain)?.greenShare ?? null) : null;
}
