import type { Actor } from '../../../platform/access/policy.js';
import type { Db } from '../../../platform/db/client.js';
import { badRequest } from '../../../platform/http/errors.js';
import type { Observation, ReleasedCell } from '../../../platform/privacy/index.js';
import { resolveThresholds } from '../../../platform/privacy/index.js';
import { releaseThroughGate } from '../../../platform/privacy/release-log-store.js';
import { getOrganisation } from '../../../platform/tenancy/org-store.js';
import { addDays } from '../../../platform/time/day.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { listUnits } from '../../units/unit-store.js';
import { offersInPeriod } from '../event-store.js';
import { figuresPolicy } from '../policy.js';
import type { THardEventFigures } from '../present.js';

/**
 * One data set for every period: the gate's differencing log compares each new release with all
 * earlier ones, so two overlapping periods cannot be subtracted to single out the people offered
 * after one event.
 */
const DATASET = 'hard-event-offers';
const MAX_PERIOD_DAYS = 366;

/**
 * How many people were offered support after hard events, how many offers and how many events,
 * per unit, for events in [from, to] — only through the privacy gate (minimum group size,
 * complementary suppression, differencing against earlier releases). Each person counts once
 * per cell, at the unit they were in when offered; a suppressed cell says only why. An event count
 * is shown only beside a released people count, so it never describes a group smaller than the
 * minimum.
 */
export async function hardEventFigures(db: Db, actor: Actor, from: string, to: string): Promise<THardEventFigures> {
  authorize(figuresPolicy(actor, 'see', { orgId: actor.orgId }), 'The figures');
  if (from > to) throw badRequest('The period ends before it starts.', [{ field: 'to', problem: 'must be on or after from' }]);
  if (to > addDays(from, MAX_PERIOD_DAYS)) throw badRequest('The period is too long.', [{ field: 'to', problem: `must be within ${MAX_PERIOD_DAYS} days of from` }]);
  const org = await getOrganisation(db, actor.orgId);
  const { minGroupSize } = resolveThresholds({ minGroupSize: org.settings.minGroupSize });
  return db.transaction(async (tx) => {
    const units = await listUnits(tx, actor.orgId);
    const parent = new Map(units.map((u) => [u.id, u.parentId]));
    const names = new Map(units.map((u) => [u.id, u.name]));
    const pathOf = (unitId: string | null): string[] => {
      const path: string[] = [];
      for (let at = unitId; at && path.length <= units.length; at = parent.get(at) ?? null) path.unshift(at);
      return path;
    };
    const rows = await offersInPeriod(tx, actor.orgId, from, to);
    const byPerson = new Map<string, { unitId: string | null; offers: number; events: Set<string> }>();
    for (const r of rows) {
      const entry = byPerson.get(r.personId) ?? { unitId: r.unitId, offers: 0, events: new Set<string>() };
      entry.offers += 1;
      entry.events.add(r.eventId);
      byPerson.set(r.personId, entry);
    }
    const observations: Observation[] = [...byPerson].map(([personId, p]) => ({ personId, groupPath: pathOf(p.unitId), value: p.offers }));
    const root = await releaseThroughGate(tx, { orgId: actor.orgId, dataset: DATASET, observations, statistic: 'sum', minGroupSize });
    const cells: THardEventFigures['cells'] = [];
    const walk = (cell: ReleasedCell, depth: number) => {
      const unitId = cell.path.at(-1) ?? null;
      if (cell.status === 'released') {
        const inCell = [...byPerson.values()].filter((p) => cell.path.every((key, i) => pathOf(p.unitId)[i] === key));
        const events = new Set(inCell.flatMap((p) => [...p.events]));
        cells.push({ unitId, unitName: unitId ? (names.get(unitId) ?? null) : null, depth, status: 'released', reason: null, people: cell.n, offers: Math.round(cell.value), events: events.size });
      } else {
        cells.push({ unitId, unitName: unitId ? (names.get(unitId) ?? null) : null, depth, status: 'suppressed', reason: cell.reason, people: null, offers: null, events: null });
      }
      for (const child of cell.children) walk(child, depth + 1);
    };
    walk(root, 0);
    return { from, to, minGroupSize, cells };
  });
}
