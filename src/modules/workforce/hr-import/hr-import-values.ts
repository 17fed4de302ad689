import { ABSENCE_REASONS, type AbsenceReason, LEAVE_REASONS, type LeaveReason, WORKER_KINDS, type WorkerKind } from '../schema.js';
import type { MoveKind } from '../workforce-rules.js';

/**
 * Reading the words HR and payroll systems put in cells: "New starter", "Leaver", "Resignation",
 * "Sickness - stress", "Agency". Each reader takes a cell and answers Tend's value, or undefined
 * when it cannot tell (the row is then bad, naming the column and what it accepts). Case,
 * punctuation and spacing never matter. Pure: no I/O.
 */

/** Lower case, every run of punctuation or spacing one space: "Sickness - Stress" → "sickness stress". */
export const wordsOf = (cell: string) =>
  cell
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The first rule whose pattern the words match, after Tend's own values written any way. */
function readBy<T extends string>(cell: string, own: readonly T[], rules: ReadonlyArray<readonly [RegExp, T]>): T | undefined {
  const words = wordsOf(cell);
  if (words === '') return undefined;
  const exact = own.find((value) => wordsOf(value) === words);
  if (exact) return exact;
  return rules.find(([pattern]) => pattern.test(words))?.[1];
}

const EVENT_RULES: ReadonlyArray<readonly [RegExp, MoveKind]> = [
  [/\b(start|starts|starter|starting|started|joiner|joined|joining|hire|hired|rehire|rehired|re hire|re hired|returner|commenced|commencement|appointed|appointment|onboarded|new)\b/, 'start'],
  [/\b(leave|leaver|leavers|left|leaving|termination|terminated|exit|exited|end|ended|separation|separated|offboarded)\b/, 'leave'],
];

/** "Starter", "New hire", "Joiner" → start; "Leaver", "Termination", "Left" → leave. */
export const readEvent = (cell: string): MoveKind | undefined => readBy(cell, ['start', 'leave'], EVENT_RULES);

// ill-health before retirement: "Ill health retirement" is ill health, as HR reports count it
const LEAVE_RULES: ReadonlyArray<readonly [RegExp, LeaveReason]> = [
  [/\b(ill health|ill heath|medical|health)\b/, 'ill-health'],
  [/\bretir/, 'retired'],
  [/\b(resign|resigned|resignation|voluntary|quit)\b/, 'resigned'],
  [/\bredundan/, 'redundancy'],
  [/\b(dismiss|dismissed|dismissal|misconduct|gross misconduct|capability|disciplinary)\b/, 'dismissed'],
  [/\b(end of (fixed )?(term|contract|placement)|fixed term|contract (end|ended|expired|expiry|finished|completed)|temporary contract)\b/, 'end-of-contract'],
  [/\b(death|deceased|died|death in service)\b/, 'death'],
];

/** "Resignation" → resigned; "End of fixed term" → end-of-contract; "Ill health retirement" → ill-health. */
export const readLeaveReason = (cell: string): LeaveReason | undefined => readBy(cell, LEAVE_REASONS, LEAVE_RULES);

// stress first: "Sickness - stress" is stress-related, not another illness. Anxiety and depression
// count with stress, as HR sickness categories list them together ("Anxiety/stress/depression").
const ABSENCE_RULES: ReadonlyArray<readonly [RegExp, AbsenceReason]> = [
  [/\b(stress|stressed|anxiety|depression|depressive|burnout|burn out|mental health|psychological)\b/, 'stress-related'],
  [/\b(injury|injured|injuries|accident|fracture|sprain)\b/, 'injury'],
  [/\b(family|dependant|dependants|dependent|carer|caring|childcare|compassionate|bereavement|parental)\b/, 'family'],
  [/\b(sick|sickness|ill|illness|unwell|flu|influenza|covid|covid 19|cold|medical|surgery|operation|hospital|infection|virus|migraine|musculoskeletal|gastro|gastrointestinal|respiratory)\b/, 'other-illness'],
];

/** "Stress", "stress related", "Sickness - stress" → stress-related; "Flu" → other-illness; "Dependant care" → family. */
export const readAbsenceReason = (cell: string): AbsenceReason | undefined => readBy(cell, ABSENCE_REASONS, ABSENCE_RULES);

const WORKER_RULES: ReadonlyArray<readonly [RegExp, WorkerKind]> = [
  [/\b(peer|peers|lived experience)\b/, 'peer_worker'],
  [/\b(volunteer|voluntary|unpaid)\b/, 'volunteer'],
  [/\b(contractor|contract worker|agency|freelance|freelancer|self employed|consultant|locum|sessional)\b/, 'contractor'],
  [/\b(employee|employed|staff|permanent|temporary|fixed term|paid|bank)\b/, 'employee'],
];

/** "Agency" → contractor; "Peer support worker" → peer_worker; "Permanent" → employee. */
export const readWorkerKind = (cell: string): WorkerKind | undefined => readBy(cell, WORKER_KINDS, WORKER_RULES);

/** "2", "2.5" or "2,5" days; undefined when the cell is not such a number. */
export function readDays(cell: string): number | undefined {
  const text = cell.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}
