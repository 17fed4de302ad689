import { addDays } from '../platform/time/day.js';
import { workingDaysBetween } from '../modules/workforce/workforce-rules.js';
import type { AbsenceReason, LeaveReason } from '../modules/workforce/schema.js';

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

/** A demo person who left, or joined lately: a start or a leave the workforce figures count. */
export interface DemoMover {
  name: string;
  email: string;
  jobTitle: string;
  unit: string;
  kind: 'employee' | 'volunteer' | 'contractor' | 'peer_worker';
  startDate: string;
  /** the last day of work of someone who left; null for someone still here */
  endDate: string | null;
  leaveReason: LeaveReason | null;
}

const LEFT = ['Callum Reid', 'Beatriz Costa', 'Hamid Rahimi', 'Greta Holm', 'Sunil Rao', 'Joy Mwangi', 'Pavel Horák', 'Ana Lima', 'Oskar Nilsson', 'Bridget Doyle'];
const JOINED = ['Noor Aziz', 'Ellis Grant', 'Wren Taylor', 'Abebe Tesfaye', 'Lina Sørensen', 'Theo Marsh'];
// the teams of at least five: a start or leave in Night Support would only be hidden
const TEAMS = ['district', 'mental', 'earlyhelp', 'safeguarding', 'volunteers', 'outreach'];
const TITLE: Record<string, string> = {
  district: 'Community Nurse',
  mental: 'Mental Health Practitioner',
  earlyhelp: 'Family Support Worker',
  safeguarding: 'Social Worker',
  volunteers: 'Volunteer Befriender',
  outreach: 'Outreach Worker',
};
const REASONS_TO_LEAVE: LeaveReason[] = ['resigned', 'end-of-contract', 'resigned', 'retired', 'ill-health', 'resigned', 'other'];

const moverEmail = (name: string, n: number) =>
  `${name
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')}.${n}@riverside.example`;

/**
 * Two years of comings and goings, so turnover, starters and stability move from the first
 * start: ten people who left (about one a quarter, none of them anyone a demo journey signs in
 * as) and six who joined in the last eighteen months. Dates count back from today; deterministic
 * for a given day.
 */
export function demoMovers(today: string): DemoMover[] {
  const movers: DemoMover[] = [];
  LEFT.forEach((name, i) => {
    const unit = TEAMS[i % TEAMS.length]!;
    const kind = unit === 'volunteers' ? 'volunteer' : i % 5 === 4 ? 'contractor' : 'employee';
    const endDate = addDays(today, -(40 + i * 71));
    movers.push({ name, email: moverEmail(name, 900 + i), jobTitle: TITLE[unit]!, unit, kind, startDate: `${2014 + (i % 8)}-0${1 + (i % 9)}-01`, endDate, leaveReason: REASONS_TO_LEAVE[i % REASONS_TO_LEAVE.length]! });
  });
  JOINED.forEach((name, i) => {
    const unit = TEAMS[(i + 2) % TEAMS.length]!;
    const kind = unit === 'volunteers' ? 'volunteer' : 'employee';
    movers.push({ name, email: moverEmail(name, 950 + i), jobTitle: TITLE[unit]!, unit, kind, startDate: addDays(today, -(30 + i * 97)), endDate: null, leaveReason: null });
  });
  return movers;
}
