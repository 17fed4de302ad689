import type { Queryable } from '../../../platform/db/client.js';
import { namesOf } from '../../people/person-names.js';
import { rhythmInForce, supervisionDates } from '../model.js';
import { pairsWithSupervisor, rhythmsOfOrg } from '../pair-store.js';
import { sessionDatesOfOrg } from '../session-store.js';
import { levelsOf, rhythmDefaults } from './pair-context.js';

/** A pair's dates as the reminders round needs them: what the pair sees on their own pages, no notes. */
export interface PairDueDate {
  workerId: string;
  workerName: string;
  supervisorId: string;
  supervisorName: string;
  dueBy: string;
  /** A session is planned from today on: the pair has arranged it. */
  planned: boolean;
}

/** Every current pair of the organisation with the day supervision is due by (people who left are left out). */
export async function supervisionDueDates(q: Queryable, orgId: string, today: string): Promise<PairDueDate[]> {
  const pairs = (await pairsWithSupervisor(q, orgId)).filter((p) => p.worker.endDate === null || p.worker.endDate >= today);
  if (pairs.length === 0) return [];
  const [levels, defaults, rhythms, sessions, names] = await Promise.all([
    levelsOf(q, orgId, pairs.map((p) => p.worker)),
    rhythmDefaults(q, orgId),
    rhythmsOfOrg(q, orgId),
    sessionDatesOfOrg(q, orgId),
    namesOf(q, orgId, pairs.map((p) => p.supervisorId)),
  ]);
  return pairs.map((pair) => {
    const supervisorId = pair.supervisorId!;
    const own = sessions.filter((s) => s.workerId === pair.worker.id && s.supervisorId === supervisorId);
    const weeks = rhythmInForce(levels.get(pair.worker.id)!, defaults, rhythms.get(`${pair.worker.id}:${supervisorId}`)?.agreedWeeks ?? null).weeks;
    const dates = supervisionDates(own, weeks, pair.since, today);
    return {
      workerId: pair.worker.id,
      workerName: pair.worker.name,
      supervisorId,
      supervisorName: names.get(supervisorId) ?? '',
      dueBy: dates.dueBy,
      planned: own.some((s) => s.status === 'planned' && s.plannedFor >= today),
    };
  });
}
