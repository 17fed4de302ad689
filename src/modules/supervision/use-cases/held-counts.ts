import type { Actor } from '../../../platform/access/policy.js';
import { hasRole } from '../../../platform/access/policy.js';
import type { Db } from '../../../platform/db/client.js';
import { forbidden, invalid } from '../../../platform/http/errors.js';
import type { Observation, ReleasedCell } from '../../../platform/privacy/index.js';
import { resolveThresholds } from '../../../platform/privacy/index.js';
import { releaseThroughGate } from '../../../platform/privacy/release-log-store.js';
import { getOrganisation } from '../../../platform/tenancy/org-store.js';
import { todayIn } from '../../../platform/time/day.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { unitChainOf } from '../../framework/placement-rules.js';
import { unitTree } from '../../framework/unit-scope.js';
import { quarter, quarterOf } from '../../workforce/indicator-rules.js';
import { findPair, peopleInUnitsBetween } from '../pair-store.js';
import { heldCountsPolicy } from '../policy.js';
import { heldPerWorker } from '../session-store.js';

/**
 * How many supervision sessions were held per unit in a quarter: the only thing the organisation
 * learns about supervision. Each person of a unit counts with the sessions held with them (none
 * is 0), so a group is its people, and every figure goes through the privacy gate: groups under
 * the minimum are hidden, further cells are hidden while a hidden one could be worked out, and a
 * group that differs from one shown before for the same quarter by too few people is refused.
 * Supervisors see their own unit and the units inside it; org admins the whole organisation.
 */

/** One data set per quarter, shared by every view of it, so differencing spans admins' and supervisors' views. */
export const heldFamily = (quarterId: string) => `supervision-sessions:${quarterId}`;

export async function sessionsHeld(db: Db, actor: Actor, quarterId: string) {
  authorize(heldCountsPolicy(actor, 'see', { orgId: actor.orgId }), 'The sessions held');
  const period = quarter(quarterId);
  if (!period) throw invalid('quarter', 'must be a quarter such as 2026-Q3');
  if (quarterId > quarterOf(todayIn(actor.timeZone))) throw invalid('quarter', 'has not started yet');
  const [tree, org, members, held] = await Promise.all([
    unitTree(db, actor.orgId),
    getOrganisation(db, actor.orgId),
    peopleInUnitsBetween(db, actor.orgId, period.from, period.to),
    heldPerWorker(db, actor.orgId, period.from, period.to),
  ]);
  const { minGroupSize } = resolveThresholds({ minGroupSize: org.settings.minGroupSize });
  let scopeUnit: string | null = null;
  if (!hasRole(actor, 'org_admin')) {
    scopeUnit = (await findPair(db, actor.orgId, actor.personId))?.worker.unitId ?? null;
    if (!scopeUnit) throw forbidden('You are not in a unit, so there is no unit of yours to show.');
  }
  const observations: Observation[] = [];
  for (const person of members) {
    const downward = unitChainOf(person.unitId, tree.parentOf).reverse();
    const at = scopeUnit ? downward.indexOf(scopeUnit) : -1;
    if (scopeUnit && at < 0) continue;
    observations.push({ personId: person.id, groupPath: downward.slice(at + 1), value: held.get(person.id) ?? 0 });
  }
  const released = await db.transaction((tx) =>
    releaseThroughGate(tx, { orgId: actor.orgId, dataset: heldFamily(quarterId), observations, statistic: 'sum', minGroupSize }),
  );
  const rootName = scopeUnit ? (tree.byId.get(scopeUnit)?.name ?? '') : org.name;
  const cells: Array<{ unitId: string | null; name: string; depth: number; status: 'released' | 'suppressed'; people: number | null; sessionsHeld: number | null; reason: 'small-group' | 'protects-another' | null }> = [];
  const walk = (cell: ReleasedCell, depth: number) => {
    const unitId = cell.path.length === 0 ? scopeUnit : cell.path.at(-1)!;
    const name = cell.path.length === 0 ? rootName : (tree.byId.get(cell.key)?.name ?? '');
    if (cell.status === 'released') cells.push({ unitId, name, depth, status: 'released', people: cell.n, sessionsHeld: Math.round(cell.value), reason: null });
    else cells.push({ unitId, name, depth, status: 'suppressed', people: null, sessionsHeld: null, reason: cell.reason });
    for (const child of [...cell.children].sort((a, b) => (tree.byId.get(a.key)?.name ?? '').localeCompare(tree.byId.get(b.key)?.name ?? ''))) walk(child, depth + 1);
  };
  if (observations.length > 0) walk(released, 0);
  return { quarter: quarterId, minGroupSize, cells };
}
