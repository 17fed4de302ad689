import { type Level, LEVELS, levelRank, levelsToClose } from '../framework/levels.js';

/**
 * Rules for needs assessments (H.tna), agreed plans (H.self) and training records (H.training,
 * W.standards). Pure: dates come in as ISO day strings ('2026-11-23') so tests read plainly.
 */

export type NeedKind = 'knowledge' | 'skills' | 'both';

/** The gap a training needs assessment finds between where a team practises and where it should. */
export function needsGap(current: Level | null, required: Level, need: NeedKind | null) {
  const levels = levelsToClose(current, required);
  return { levels, hasGap: levels.length > 0, need: levels.length > 0 ? need : null };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const dayNumber = (isoDay: string) => Math.floor(Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS);
export const daysBetween = (fromIsoDay: string, toIsoDay: string) => dayNumber(toIsoDay) - dayNumber(fromIsoDay);

/** How close a plan's review date is. "Due" opens two weeks before the date. */
export type ReviewStatus = 'scheduled' | 'due' | 'overdue' | 'none';
export const REVIEW_DUE_WINDOW_DAYS = 14;

export function reviewStatus(reviewDate: string | null, today: string): ReviewStatus {
  if (!reviewDate) return 'none';
  const days = daysBetween(today, reviewDate);
  if (days < 0) return 'overdue';
  return days <= REVIEW_DUE_WINDOW_DAYS ? 'due' : 'scheduled';
}

/** A plan version is agreed when both the worker and the manager have confirmed that version. */
export function planIsAgreed(plan: { workerConfirmedAt: Date | null; managerConfirmedAt: Date | null }): boolean {
  return plan.workerConfirmedAt !== null && plan.managerConfirmedAt !== null;
}

/** A training record as the rules see it. */
export interface TrainingRecordFacts {
  completedOn: string;
  expiresOn: string | null;
  hours: number;
  /** Levels the course or learning covered; empty for learning that counts only as hours. */
  levels: Level[];
}

export type Validity = 'current' | 'expiring' | 'expired';
/** "Expiring" opens sixty days before the end, time enough to book a renewal. */
export const RENEWAL_WINDOW_DAYS = 60;

export function validity(record: Pick<TrainingRecordFacts, 'expiresOn'>, today: string): Validity {
  if (!record.expiresOn) return 'current';
  const days = daysBetween(today, record.expiresOn);
  if (days < 0) return 'expired';
  return days <= RENEWAL_WINDOW_DAYS ? 'expiring' : 'current';
}

/**
 * The highest level a person has completed: the top of an unbroken run from `informed` of levels
 * each covered by a record still in date. Everyone completes informed first, so training at
 * `enhanced` without `informed` completes nothing yet.
 */
export function completedLevel(records: readonly TrainingRecordFacts[], today: string): Level | null {
  const covered = new Set<Level>();
  for (const record of records) {
    if (record.completedOn > today || validity(record, today) === 'expired') continue;
    for (const level of record.levels) covered.add(level);
  }
  let reached: Level | null = null;
  for (const level of LEVELS) {
    if (!covered.has(level)) break;
    reached = level;
  }
  return reached;
}

/** Hours of learning in the twelve months up to today, against the organisation's yearly requirement. */
export function ongoingDevelopment(records: readonly TrainingRecordFacts[], today: string, requiredHours: number) {
  const hours = records
    .filter((r) => r.completedOn <= today && daysBetween(r.completedOn, today) < 365)
    .reduce((sum, r) => sum + r.hours, 0);
  return { hours, requiredHours, met: hours >= requiredHours };
}

/** One person's standing for coverage views: what they must reach and what they have completed. */
export interface CoverageFacts {
  required: Level | null;
  completed: Level | null;
}

export type CoverageStatus = 'met' | 'gap' | 'not-placed';

export function coverageStatus(person: CoverageFacts): CoverageStatus {
  if (!person.required) return 'not-placed';
  return person.completed !== null && levelRank(person.completed) >= levelRank(person.required) ? 'met' : 'gap';
}

/** People counted by required level and status: the manager's coverage table. Staff and volunteers alike. */
export function coverageTable(people: readonly CoverageFacts[]) {
  const rows = LEVELS.map((level) => ({ level, people: 0, met: 0 }));
  let notPlaced = 0;
  for (const person of people) {
    const status = coverageStatus(person);
    if (status === 'not-placed' || !person.required) {
      notPlaced++;
      continue;
    }
    const row = rows[levelRank(person.required)]!;
    row.people++;
    if (status === 'met') row.met++;
  }
  const placed = rows.reduce((n, r) => n + r.people, 0);
  const met = rows.reduce((n, r) => n + r.met, 0);
  return { rows, notPlaced, placed, met, gaps: placed - met };
}
