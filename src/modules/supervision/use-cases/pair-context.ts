import type { Actor } from '../../../platform/access/policy.js';
import type { Queryable } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/http/errors.js';
import { getOrganisation } from '../../../platform/tenancy/org-store.js';
import { todayIn } from '../../../platform/time/day.js';
import type { Level } from '../../framework/levels.js';
import { requiredLevel, unitChainOf } from '../../framework/placement-rules.js';
import { currentUnitPlacements, placementHistory } from '../../framework/placement-store.js';
import { unitTree } from '../../framework/unit-scope.js';
import { namesOf } from '../../people/person-names.js';
import { rhythmInForce, type SessionDates, supervisionDates } from '../model.js';
import { findPair, type PairRow, type RhythmRow } from '../pair-store.js';
import { ZSupervisionSettings } from '../settings.js';

/** What several use-cases need about pairs: levels, the organisation's rhythm defaults, dates. */

/** The pair of this worker, or 404 (an unknown id and another organisation's alike). */
export async function pairOr404(q: Queryable, actor: Actor, workerId: string): Promise<PairRow> {
  const pair = await findPair(q, actor.orgId, workerId);
  if (!pair) throw notFound('The person');
  return pair;
}

/**
 * The practice level each worker is expected at (their own placement, else their unit's, else
 * `informed`: everyone completes that level first), which sets the default rhythm.
 */
export async function levelsOf(q: Queryable, orgId: string, workers: ReadonlyArray<PairRow['worker']>): Promise<Map<string, Level>> {
  if (workers.length === 0) return new Map();
  const [tree, unitPlacements, histories] = await Promise.all([
    unitTree(q, orgId),
    currentUnitPlacements(q, orgId),
    Promise.all(workers.map((w) => placementHistory(q, orgId, { personId: w.id }))),
  ]);
  return new Map(
    workers.map((w, i) => {
      const own = histories[i]![0];
      const found = requiredLevel(own ? { level: own.level, decidedAt: own.decidedAt } : null, unitChainOf(w.unitId, tree.parentOf), unitPlacements);
      return [w.id, found?.level ?? 'informed'];
    }),
  );
}

/** The organisation's default rhythm per level. */
export async function rhythmDefaults(q: Queryable, orgId: string): Promise<Record<Level, number>> {
  return (await getOrganisation(q, orgId, ZSupervisionSettings)).settings.supervisionRhythmWeeks;
}

/** The rhythm in force for a pair and any proposal waiting, as the actor sees it. */
export function rhythmView(actor: Actor, level: Level, defaults: Record<Level, number>, row: RhythmRow | undefined) {
  const inForce = rhythmInForce(level, defaults, row?.agreedWeeks ?? null);
  const proposal = row?.proposedWeeks ? { weeks: row.proposedWeeks, byYou: row.proposedByPersonId === actor.personId } : null;
  return { ...inForce, level, proposal };
}

/** A pair's dates in the organisation's time zone. */
export const datesOf = (actor: Actor, sessions: readonly SessionDates[], weeks: number, since: string) => supervisionDates(sessions, weeks, since, todayIn(actor.timeZone));

/** The supervisor of a pair, named, as the presenter shows them. */
export async function supervisorOf(q: Queryable, orgId: string, pair: PairRow) {
  if (!pair.supervisorId || pair.source === 'none') return null;
  const names = await namesOf(q, orgId, [pair.supervisorId]);
  return { id: pair.supervisorId, name: names.get(pair.supervisorId) ?? '', source: pair.source };
}
