import { addDays } from '../platform/time/day.js';
import { workingDaysBetween } from '../modules/workforce/workforce-rules.js';
import type { AbsenceReason } from '../modules/workforce/schema.js';

/**
 * The demo organisation's absence over the last twelve months, so the workforce figures show
 * something from the first start: spells of a week or two for some of the people who do not sign
 * in (so no demo journey meets them), a few of them stress-related, all ended before today.
 * Deterministic for a given day.
 */
export interface DemoAbsence {
  email: string;
  firstDay: string;
  lastDay: string;
  workingDaysLost: number;
  reason: AbsenceReason;
}

const REASONS: AbsenceReason[] = ['other-illness', 'stress-related', 'family', 'other-illness', 'injury', 'stress-related', 'other'];

export function demoAbsences(people: ReadonlyArray<{ email: string; signsIn: boolean }>, today: string): DemoAbsence[] {
  const absences: DemoAbsence[] = [];
  const quiet = people.filter((p) => !p.signsIn);
  quiet.forEach((person, i) => {
    // one spell for each, two for every third, spread over the past year and ended by yesterday
    const spells = i % 3 === 0 ? 2 : 1;
    for (let s = 0; s < spells; s++) {
      const firstDay = addDays(today, -(20 + ((i * 37 + s * 151) % 330)));
      const lastDay = addDays(firstDay, 4 + ((i + s) % 3) * 7);
      absences.push({ email: person.email, firstDay, lastDay, workingDaysLost: workingDaysBetween(firstDay, lastDay), reason: REASONS[(i + s) % REASONS.length]! });
    }
  });
  return absences;
}
