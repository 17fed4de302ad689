import { and, eq, gte, lte, or, isNull } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { people } from '../people/schema.js';
import { listUnits } from '../units/unit-store.js';
import type { AbsenceEvent, Employment, MoveEvent, Period } from './indicator-rules.js';
import { absenceSpells, workforceMoves } from './schema.js';

/**
 * What a period's workforce figures are made of, read in a fixed number of queries: everyone
 * employed on any of its days with the unit they are in now, their starts and leaves in it, and
 * their absence spells touching it. A person's unit is where they are now: Tend keeps no history
 * of moves between units, so a past quarter's team is today's team (docs/metrics.md says so).
 */
export interface PeriodData {
  /** with the kind of worker each is on record as now (employee, volunteer, …), for figures of one kind */
  employment: Array<Employment & { unitId: string | null; workerKind: string }>;
  moves: MoveEvent[];
  absences: AbsenceEvent[];
}

export async function periodData(q: Queryable, orgId: string, period: Period): Promise<PeriodData> {
  const employmentRead = q
    .select({ personId: people.id, unitId: people.unitId, startDate: people.startDate, endDate: people.endDate, workerKind: people.kind })
    .from(people)
    .where(and(eq(people.orgId, orgId), or(isNull(people.startDate), lte(people.startDate, period.to)), or(isNull(people.endDate), gte(people.endDate, period.from))));
  const movesRead = q
    .select({ personId: workforceMoves.personId, kind: workforceMoves.kind, on: workforceMoves.on })
    .from(workforceMoves)
    .where(and(eq(workforceMoves.orgId, orgId), gte(workforceMoves.on, period.from), lte(workforceMoves.on, period.to)));
  const absencesRead = q
    .select({
      personId: absenceSpells.personId,
      firstDay: absenceSpells.firstDay,
      lastDay: absenceSpells.lastDay,
      workingDaysLost: absenceSpells.workingDaysLost,
      reason: absenceSpells.reason,
    })
    .from(absenceSpells)
    .where(and(eq(absenceSpells.orgId, orgId), lte(absenceSpells.firstDay, period.to), gte(absenceSpells.lastDay, period.from)));
  // side by side (on a transaction's one connection pg sends them one after another)
  const [employment, moves, absences] = await Promise.all([employmentRead, movesRead, absencesRead]);
  return { employment, moves, absences };
}

/** Each unit's path from the top of the tree (ids), and its name. */
export async function unitPaths(q: Queryable, orgId: string): Promise<{ pathOf: (unitId: string | null) => string[]; nameOf: Map<string, string> }> {
  const units = await listUnits(q, orgId);
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const pathOf = (unitId: string | null): string[] => {
    const path: string[] = [];
    const seen = new Set<string>();
    for (let at = unitId; at && parentOf.has(at) && !seen.has(at); at = parentOf.get(at) ?? null) {
      seen.add(at);
      path.unshift(at);
    }
    return path;
  };
  return { pathOf, nameOf: new Map(units.map((u) => [u.id, u.name])) };
}
