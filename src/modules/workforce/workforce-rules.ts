
/**
 * The rules an HR event must keep, whether an admin enters it or a file brings it: pure (no I/O),
 * so the API and the import refuse the same things in the same words. Each problem names the
 * field it is about by the API's name (`on`, `lastDay`); the import renames them to its columns.
 * Days are calendar days written YYYY-MM-DD.
 */

export type MoveKind = 'start' | 'leave';

export interface RuleProblem<F extends string> {
  field: F;
  problem: string;
}

/** Days since 1970-01-01 (a Thursday) of a 'YYYY-MM-DD' day. */
const epochDay = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

/**
 * Monday to Friday days from `first` to `last`, both counted; 0 when `last` is before `first`.
 * The default of the working days an absence lost when its record does not say (a part-timer's
 * HR system says, and its figure is kept). Example: Friday 2025-03-07 to Monday 2025-03-10 → 2.
 * Counted, not walked (the workforce figures ask it for every person and spell of a period):
 * five for each whole week, then the weekdays among the days left over.
 */
export function workingDaysBetween(first: string, last: string): number {
  if (last < first) return 0;
  const start = epochDay(first);
  const days = epochDay(last) - start + 1;
  // the first day's place in its week, Monday 0 … Sunday 6 (day 0 was a Thursday)
  const weekday = (((start + 3) % 7) + 7) % 7;
  const rest = days % 7;
  // of the `rest` days left over, from `weekday` on: those up to Friday, then those from the next Monday
  return Math.floor(days / 7) * 5 + Math.max(0, Math.min(rest, 5 - weekday)) + Math.max(0, weekday + rest - 7);
}

/** Calendar days from `first` to `last`, both counted; 0 when `last` is before `first`. */
export function calendarDaysBetween(first: string, last: string): number {
  if (last < first) return 0;
  return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Do two spells share at least one day? */
export const overlaps = (a: { firstDay: string; lastDay: string }, b: { firstDay: string; lastDay: string }) => a.firstDay <= b.lastDay && b.firstDay <= a.lastDay;

/** What a start or leave says, as far as its own fields go. */
export interface MoveFacts {
  kind: MoveKind;
  on: string;
  leaveReason?: string | null | undefined;
}

/** A leave needs its reason; a start has none (a start with a reason is a leave entered wrongly, most likely). */
export function moveShapeProblems(move: Pick<MoveFacts, 'kind' | 'leaveReason'>): RuleProblem<'leaveReason'>[] {
  if (move.kind === 'leave' && !move.leaveReason) return [{ field: 'leaveReason', problem: 'say why the person left' }];
  if (move.kind === 'start' && move.leaveReason) return [{ field: 'leaveReason', problem: 'a start has no leave reason' }];
  return [];
}

/** What a move is checked against: today where the organisation works, and the person's history. */
export interface MoveContext {
  today: string;
  /** The person's first known day: the earliest of their start date and their recorded starts (earliestStart). */
  knownStart: string | null;
  /** The person's starts and leaves already recorded (and, in an import, those on earlier good lines). */
  recorded: ReadonlyArray<{ kind: MoveKind; on: string; where?: string }>;
}

/**
 * Every problem of a start or leave: its reason (moveShapeProblems), a day after today, a leave
 * before the person started, and the same move already recorded (so an import run twice adds
 * nothing twice).
 */
export function moveProblems(move: MoveFacts, context: MoveContext): RuleProblem<'on' | 'leaveReason'>[] {
  const problems: RuleProblem<'on' | 'leaveReason'>[] = [...moveShapeProblems(move)];
  if (move.on > context.today) problems.push({ field: 'on', problem: 'must not be after today' });
  else if (move.kind === 'leave' && context.knownStart && move.on < context.knownStart) {
    problems.push({ field: 'on', problem: `is before the person started, on "${context.knownStart}"` });
  } else {
    const same = context.recorded.find((r) => r.kind === move.kind && r.on === move.on);
    if (same) problems.push({ field: 'on', problem: same.where ? `repeats the ${move.kind} on ${same.where}` : `this ${move.kind} is already recorded` });
  }
  return problems;
}

/** The earliest day the person is known to have started, or null when nothing says. */
export function earliestStart(startDate: string | null, moves: ReadonlyArray<{ kind: MoveKind; on: string }>): string | null {
  let earliest = startDate;
  for (const move of moves) if (move.kind === 'start' && (earliest === null || move.on < earliest)) earliest = move.on;
  return earliest;
}

/** An absence spell as far as its own fields go. */
export interface AbsenceFacts {
  firstDay: string;
  lastDay: string;
  workingDaysLost?: number | null | undefined;
}

/** Working days an absence lost: the figure given, else every weekday of the spell. */
export const daysLostOf = (spell: AbsenceFacts): number => spell.workingDaysLost ?? workingDaysBetween(spell.firstDay, spell.lastDay);

/** The last day before the first, and more days lost than the spell has calendar days (or a figure finer than tenths of a day). */
export function absenceShapeProblems(spell: AbsenceFacts): RuleProblem<'lastDay' | 'workingDaysLost'>[] {
  if (spell.lastDay < spell.firstDay) return [{ field: 'lastDay', problem: 'must not be before the first day' }];
  const lost = spell.workingDaysLost;
  if (lost === null || lost === undefined) return [];
  if (!Number.isFinite(lost) || lost < 0) return [{ field: 'workingDaysLost', problem: 'must be a number of days, 0 or more' }];
  // stored as numeric(6,1): tenths, so a figure like 2.25 would be rounded without saying so
  if (Math.abs(lost * 10 - Math.round(lost * 10)) > 1e-9) return [{ field: 'workingDaysLost', problem: 'must have at most one decimal, like 2.5' }];
  const days = calendarDaysBetween(spell.firstDay, spell.lastDay);
  if (lost > days) return [{ field: 'workingDaysLost', problem: `must not be more than the "${days}" calendar days from the first to the last day` }];
  return [];
}

/** What an absence is checked against: today, and the person's other spells. */
export interface AbsenceContext {
  today: string;
  /** The person's spells already recorded (and, in an import, those on earlier good lines, with `where` saying which). */
  others: ReadonlyArray<{ firstDay: string; lastDay: string; where?: string }>;
}

/** Every problem of an absence: its own fields (absenceShapeProblems), a day after today, and an overlap with another spell of the person. */
export function absenceProblems(spell: AbsenceFacts, context: AbsenceContext): RuleProblem<'firstDay' | 'lastDay' | 'workingDaysLost'>[] {
  const problems: RuleProblem<'firstDay' | 'lastDay' | 'workingDaysLost'>[] = [...absenceShapeProblems(spell)];
  if (spell.firstDay > context.today) problems.push({ field: 'firstDay', problem: 'must not be after today' });
  if (spell.lastDay > context.today) problems.push({ field: 'lastDay', problem: 'must not be after today' });
  if (spell.lastDay >= spell.firstDay) {
    const other = context.others.find((o) => overlaps(o, spell));
    if (other) {
      problems.push({
        field: 'firstDay',
        problem: other.where ? `overlaps the absence on ${other.where}` : `overlaps an absence already recorded, which began on "${other.firstDay}"`,
      });
    }
  }
  return problems;
}

/**
 * A person's start and end dates once their moves are known: the start is the earliest known;
 * the end is their latest leave, unless they started again after it (a returner), when it is
 * cleared. With no leave recorded, the end stays as it was (an admin may have set it by hand).
 */
export function employmentDatesAfter(
  current: { startDate: string | null; endDate: string | null },
  moves: ReadonlyArray<{ kind: MoveKind; on: string }>,
): { startDate: string | null; endDate: string | null } {
  const startDate = earliestStart(current.startDate, moves);
  const latest = (kind: MoveKind) => moves.filter((m) => m.kind === kind).reduce<string | null>((max, m) => (max === null || m.on > max ? m.on : max), null);
  const lastLeave = latest('leave');
  if (lastLeave === null) return { startDate, endDate: current.endDate };
  const lastStart = latest('start');
  return { startDate, endDate: lastStart !== null && lastStart > lastLeave ? null : lastLeave };
}
