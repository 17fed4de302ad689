import { isActive } from '../people/model.js';
import { completedLevel, coverageStatus, type CoverageStatus, coverageTable, type TrainingRecordFacts } from '../development/development-rules.js';
import { type Level, LEVELS, levelRank } from '../framework/levels.js';
import { type Placement, requiredLevel, unitChainOf } from '../framework/placement-rules.js';
import { endOfDayIn } from '../../platform/time/day.js';

/**
 * Coverage over people and time (W.allstaff: staff and volunteers alike), as pure rules: a
 * person's standing on a day, the roll-up by service and the monthly series. No I/O.
 */

/** Every placement decision of one unit or person, in any order. */
export type PlacementHistory = ReadonlyMap<string, readonly Placement[]>;

export interface CoveragePerson {
  id: string;
  unitId: string | null;
  startDate: string | null;
  endDate: string | null;
  records: readonly TrainingRecordFacts[];
}

export interface CoverageWorld {
  people: readonly CoveragePerson[];
  unitPlacements: PlacementHistory;
  personPlacements: PlacementHistory;
  parentOf: ReadonlyMap<string, string | null>;
  /** The organisation's IANA zone: a day ends at midnight there, not in UTC. */
  timeZone: string;
}

/** The decision in force at the end of `isoDay` in `timeZone`: the latest decided before that day ends there, or null. */
export function placementAt(history: readonly Placement[] | undefined, isoDay: string, timeZone: string): Placement | null {
  const dayEnd = endOfDayIn(timeZone, isoDay).getTime();
  let best: Placement | null = null;
  for (const p of history ?? []) {
    if (p.decidedAt.getTime() < dayEnd && (!best || p.decidedAt.getTime() >= best.decidedAt.getTime())) best = p;
  }
  return best;
}

/** What a person had to reach and had completed at the end of `isoDay`, and so their status. */
export function standingAt(person: CoveragePerson, world: Omit<CoverageWorld, 'people'>, isoDay: string) {
  const chain = unitChainOf(person.unitId, world.parentOf);
  const unitsInForce = new Map<string, Placement>();
  for (const unitId of chain) {
    const p = placementAt(world.unitPlacements.get(unitId), isoDay, world.timeZone);
    if (p) unitsInForce.set(unitId, p);
  }
  const required = requiredLevel(placementAt(world.personPlacements.get(person.id), isoDay, world.timeZone), chain, unitsInForce)?.level ?? null;
  const completed = completedLevel(person.records, isoDay);
  const status: CoverageStatus = coverageStatus({ required, completed });
  return { required, completed, status };
}

/** The top-level unit (service) a unit sits in, or null for people in no unit. */
export const serviceOf = (unitId: string | null, parentOf: ReadonlyMap<string, string | null>) => unitChainOf(unitId, parentOf).at(-1) ?? null;

/** Coverage tables per service (key null: people in no unit) over the people active on `today`. */
export function coverageByService(world: CoverageWorld, today: string) {
  const groups = new Map<string | null, Array<{ required: Level | null; completed: Level | null }>>();
  for (const person of world.people) {
    if (!isActive(person, today)) continue;
    const service = serviceOf(person.unitId, world.parentOf);
    // push, not spread: copying the group for every person made a large service quadratic
    const group = groups.get(service);
    if (group) group.push(standingAt(person, world, today));
    else groups.set(service, [standingAt(person, world, today)]);
  }
  return [...groups].map(([serviceId, standings]) => ({ serviceId, ...coverageTable(standings) }));
}

/**
 * The days a monthly series is taken on: the last day of each of the `months - 1` months before
 * today's, then today. Example: monthEnds('2026-03-15', 3) → ['2026-01-31', '2026-02-28', '2026-03-15'].
 */
export function monthEnds(today: string, months = 12): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const days: string[] = [];
  for (let back = months - 1; back >= 1; back--) {
    const end = new Date(Date.UTC(y, m - back, 0));
    days.push(end.toISOString().slice(0, 10));
  }
  days.push(today);
  return days;
}

/**
 * Coverage at each month end of the last `months` months: who was active that day, what they
 * had to reach (placements decided by then) and what they had completed (records completed
 * and still in date by then).
 */
export function coverageSeries(world: CoverageWorld, today: string, months = 12) {
  return monthEnds(today, months).map((day) => {
    const standings = world.people.filter((p) => isActive(p, day)).map((p) => standingAt(p, world, day));
    const { placed, met, gaps, notPlaced } = coverageTable(standings);
    return { month: day.slice(0, 7), date: day, placed, met, gaps, notPlaced };
  });
}

/** People counted in the database (orgCoverageCounts): on a day, in a service, by required level and whether met. */
export interface CoverageCount {
  day: string;
  serviceId: string | null;
  required: Level | null;
  met: boolean;
  people: number;
}

/** The coverage table of counted people: the same numbers coverageTable gives for the people themselves. */
export function coverageTableOfCounts(counts: readonly CoverageCount[]) {
  const rows = LEVELS.map((level) => ({ level, people: 0, met: 0 }));
  let notPlaced = 0;
  for (const count of counts) {
    if (!count.required) {
      notPlaced += count.people;
      continue;
    }
    const row = rows[levelRank(count.required)]!;
    row.people += count.people;
    if (count.met) row.met += count.people;
  }
  const placed = rows.reduce((n, r) => n + r.people, 0);
  const met = rows.reduce((n, r) => n + r.met, 0);
  return { rows, notPlaced, placed, met, gaps: placed - met };
}

/** coverageByService from counts: one table per service with anyone active on `today`. */
export function coverageByServiceOfCounts(counts: readonly CoverageCount[], today: string) {
  const groups = new Map<string | null, CoverageCount[]>();
  for (const count of counts) {
    if (count.day !== today) continue;
    const group = groups.get(count.serviceId);
    if (group) group.push(count);
    else groups.set(count.serviceId, [count]);
  }
  return [...groups].map(([serviceId, group]) => ({ serviceId, ...coverageTableOfCounts(group) }));
}

/** coverageSeries from counts taken on monthEnds(today, months). */
export function coverageSeriesOfCounts(counts: readonly CoverageCount[], today: string, months = 12) {
  return monthEnds(today, months).map((day) => {
    const { placed, met, gaps, notPlaced } = coverageTableOfCounts(counts.filter((c) => c.day === day));
    return { month: day.slice(0, 7), date: day, placed, met, gaps, notPlaced };
  });
}
