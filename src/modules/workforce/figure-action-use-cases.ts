import type { Actor } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { Db } from '../../platform/db/client.js';
import { badRequest } from '../../platform/http/errors.js';
import { type Cursor, pageOf } from '../../platform/http/page.js';
import { todayIn } from '../../platform/time/day.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { insertFigureAction, listActions } from '../assessments/action-store.js';
import { type FigureAfter, presentActions, type TAction } from '../assessments/action-view.js';
import { requirePersonOfOrg } from '../assessments/cycle-lookups.js';
import type { RaisedFromFigure } from '../assessments/schema.js';
import { workforceFiguresPolicy } from './figure-policy.js';
import { type WorkforceFigures, workforceFigures } from './figure-use-cases.js';
import { type INDICATOR_KEYS, quarter, shiftQuarter } from './indicator-rules.js';

/**
 * Closing the loop: an action raised from a workforce figure as the gate released it, kept on
 * the organisation's action plan beside the actions from audit criteria. The figure is checked
 * against the figures of its quarter shown to the one raising it (a hidden group or a figure
 * not shown cannot be acted on, so the action says nothing the figures did not), and its value
 * then is kept. Later, the same figure of the next quarter is shown beside it, once that quarter
 * has ended, to those who may see figures.
 */

export interface FigureActionInput {
  quarter: string;
  unitId: string | null;
  indicator: (typeof INDICATOR_KEYS)[number];
  title: string;
  ownerPersonId: string;
  dueOn: string;
}

export async function raiseFigureAction(db: Db, actor: Actor, input: FigureActionInput): Promise<TAction> {
  authorize(workforceFiguresPolicy(actor, 'create', { orgId: actor.orgId }), 'Workforce figures');
  const figures = await workforceFigures(db, actor, input.quarter);
  const unit = figures.units.find((u) => u.unitId === input.unitId);
  if (!unit) throw badRequest('That unit has no figures for the quarter.', [{ field: 'unitId', problem: `has no figures for ${input.quarter}` }]);
  if (!unit.quarter.shown) throw badRequest('That group is hidden for the quarter: an action can only be raised from a figure that is shown.', [{ field: 'unitId', problem: `is hidden for ${input.quarter}` }]);
  const value = unit.quarter.indicators[input.indicator];
  if (value === null) throw badRequest('That figure is not shown for this group and quarter.', [{ field: 'indicator', problem: `is not shown for this group in ${input.quarter}` }]);
  const figure: RaisedFromFigure = { kind: 'indicator', indicator: input.indicator, unitId: input.unitId, quarter: input.quarter, value };
  const created = await db.transaction(async (tx) => {
    await requirePersonOfOrg(tx, actor.orgId, input.ownerPersonId, 'ownerPersonId');
    const actionId = await insertFigureAction(tx, actor.orgId, figure, input, actor.personId);
    await recordAudit(tx, actor, { type: 'assessment.action-created', data: { actionId, indicator: figure.indicator, unitId: figure.unitId, quarter: figure.quarter } });
    return (await listActions(tx, actor.orgId, { actionId }))[0]!;
  });
  return (await presentActions(db, actor.orgId, [created], todayIn(actor.timeZone), { indicator: nextQuarterOf(db, actor) }))[0]!;
}

/** The actions raised from figures, newest first, each with its figure then and, once the next quarter has ended, that quarter's. */
export async function figureActions(db: Db, actor: Actor, page: { after: Cursor | undefined; limit: number }): Promise<{ actions: TAction[]; nextCursor: string | null }> {
  authorize(workforceFiguresPolicy(actor, 'list', { orgId: actor.orgId }), 'Workforce figures');
  const rows = pageOf(await listActions(db, actor.orgId, { figureKind: 'indicator' }, page), page.limit, (r) => r.sortKey);
  return { actions: await presentActions(db, actor.orgId, rows.items, todayIn(actor.timeZone), { indicator: nextQuarterOf(db, actor) }), nextCursor: rows.nextCursor };
}

/** The same figure of the next quarter, through the gate as the reader would see it; each quarter asked once. */
function nextQuarterOf(db: Db, actor: Actor): FigureAfter {
  const today = todayIn(actor.timeZone);
  const asked = new Map<string, Promise<WorkforceFigures>>();
  return async (figure) => {
    const next = shiftQuarter(figure.quarter, 1);
    if (quarter(next)!.to >= today) return undefined;
    if (!asked.has(next)) asked.set(next, workforceFigures(db, actor, next));
    const unit = (await asked.get(next)!).units.find((u) => u.unitId === figure.unitId);
    const value = unit?.quarter.shown ? unit.quarter.indicators[figure.indicator as (typeof INDICATOR_KEYS)[number]] : null;
    return { quarter: next, value };
  };
}
