import type { Actor } from '../../../platform/access/policy.js';
import type { Db } from '../../../platform/db/client.js';
import { todayIn } from '../../../platform/time/day.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { listUnits } from '../../units/unit-store.js';
import { listActions } from '../action-store.js';
import { assessmentPack } from '../assessment-pack.js';
import { type CycleRow, listCycles, ratingsOf } from '../cycle-store.js';
import { type ActionProgress, actionProgress, type DomainProgress, domainRollup } from '../domain-progress.js';
import { auditProgressPolicy } from '../policy.js';
import { confirmedRatings } from '../results.js';

/**
 * The audit's progress for the outcomes dashboard: for each pack and scope (the whole
 * organisation, or a unit) that has a team review with confirmed ratings, the latest such review
 * rolled up by the ten implementation domains beside the one before it, and how the latest
 * review's actions went against their due dates.
 */

interface ReviewRollup {
  cycleId: string;
  title: string;
  status: 'open' | 'closed';
  closesOn: string;
  domains: DomainProgress[];
}

export interface AuditScope {
  packId: string;
  packTitle: Record<string, string>;
  unitId: string | null;
  unitName: string | null;
  latest: ReviewRollup & { actions: ActionProgress };
  previous: ReviewRollup | null;
}

export async function auditProgress(db: Db, actor: Actor): Promise<{ scopes: AuditScope[] }> {
  authorize(auditProgressPolicy(actor, 'see', { orgId: actor.orgId }), 'Audit progress');
  const reviews = (await listCycles(db, actor.orgId)).filter((c) => c.mode === 'team-review');
  const ratings = await ratingsOf(db, actor.orgId, reviews.map((c) => c.id));
  const confirmedOf = new Map(reviews.map((c) => [c.id, confirmedRatings(ratings.filter((r) => r.cycleId === c.id))]));
  // one pack and scope's reviews, oldest first, keeping only those with a confirmed rating
  const byScope = new Map<string, CycleRow[]>();
  for (const cycle of [...reviews].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    if ((confirmedOf.get(cycle.id)?.size ?? 0) === 0) continue;
    const key = `${cycle.packId}/${cycle.unitId ?? ''}`;
    byScope.set(key, [...(byScope.get(key) ?? []), cycle]);
  }
  const latestIds = [...byScope.values()].map((cycles) => cycles.at(-1)!.id);
  const actions = await listActions(db, actor.orgId, { cycleIds: latestIds });
  const unitName = new Map((await listUnits(db, actor.orgId)).map((u) => [u.id, u.name]));
  const today = todayIn(actor.timeZone);
  const scopes: AuditScope[] = [];
  for (const cycles of byScope.values()) {
    const latest = cycles.at(-1)!;
    const before = cycles.at(-2);
    const pack = await assessmentPack(db, latest.packId, latest.packVersion);
    if (!pack) continue;
    const rollup = async (cycle: CycleRow): Promise<ReviewRollup> => {
      const ofCycle = cycle.packVersion === latest.packVersion ? pack : await assessmentPack(db, cycle.packId, cycle.packVersion);
      return { cycleId: cycle.id, title: cycle.title, status: cycle.status, closesOn: cycle.closesOn, domains: ofCycle ? domainRollup(ofCycle.pack, confirmedOf.get(cycle.id)!) : [] };
    };
    scopes.push({
      packId: latest.packId,
      packTitle: pack.pack.title as Record<string, string>,
      unitId: latest.unitId,
      unitName: latest.unitId ? (unitName.get(latest.unitId) ?? null) : null,
      latest: { ...(await rollup(latest)), actions: actionProgress(actions.filter((a) => a.cycleId === latest.id), today) },
      previous: before ? await rollup(before) : null,
    });
  }
  // the whole organisation first, then units by name
  scopes.sort((a, b) => (a.unitId === null ? -1 : b.unitId === null ? 1 : (a.unitName ?? '').localeCompare(b.unitName ?? '')));
  return { scopes };
}
