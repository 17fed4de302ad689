import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../people/import/parse-csv.js';
import { checkHrMapping, type HrImportContext, suggestHrMapping, validateAbsenceRows, validateMoveRows } from './hr-import-rules.js';
import { readAbsenceReason, readDays, readEvent, readLeaveReason, readWorkerKind } from './hr-import-values.js';

describe("the words in HR systems' cells", () => {
  it.each([
    ['Stress', 'stress-related'],
    ['stress related', 'stress-related'],
    ['Sickness - stress', 'stress-related'],
    ['STRESS-RELATED', 'stress-related'],
    ['Anxiety/stress/depression', 'stress-related'],
    ['Cold / flu', 'other-illness'],
    ['Sickness', 'other-illness'],
    ['Injury at work', 'injury'],
    ['Dependant care', 'family'],
    ['other', 'other'],
  ])('absence reason %j → %s', (cell, reason) => expect(readAbsenceReason(cell)).toBe(reason));

  it.each([
    ['Resignation', 'resigned'],
    ['Voluntary resignation', 'resigned'],
    ['Retirement', 'retired'],
    ['Ill health retirement', 'ill-health'],
    ['End of fixed term', 'end-of-contract'],
    ['end_of_contract', 'end-of-contract'],
    ['Redundancy', 'redundancy'],
    ['Dismissal - gross misconduct', 'dismissed'],
    ['Death in service', 'death'],
  ])('leave reason %j → %s', (cell, reason) => expect(readLeaveReason(cell)).toBe(reason));

  it('events, worker kinds and days', () => {
    expect(['New starter', 'Joiner', 'hire', 'START'].map(readEvent)).toEqual(['start', 'start', 'start', 'start']);
    expect(['Leaver', 'Termination', 'left'].map(readEvent)).toEqual(['leave', 'leave', 'leave']);
    expect(['Agency', 'Peer support worker', 'Volunteer', 'Permanent', 'peer_worker'].map(readWorkerKind)).toEqual(['contractor', 'peer_worker', 'volunteer', 'employee', 'peer_worker']);
    expect(['2', '2,5', '0.5', 'two', '-1'].map(readDays)).toEqual([2, 2.5, 0.5, undefined, undefined]);
    expect([readAbsenceReason('Holiday'), readLeaveReason('Moved abroad'), readEvent('Transfer')]).toEqual([undefined, undefined, undefined]);
  });
});

describe('the column mapping', () => {
  it("suggests columns from a payroll export's headers, leaving the extra ones", () => {
    expect(suggestHrMapping('moves', ['Employee No', 'Work Email', 'Movement Type', 'Effective Date', 'Employment Type', 'Reason for leaving', 'Cost Centre'])).toEqual({
      email: 'Work Email',
      event: 'Movement Type',
      date: 'Effective Date',
      worker_kind: 'Employment Type',
      leave_reason: 'Reason for leaving',
    });
    expect(suggestHrMapping('absences', ['Employee No', 'Email', 'Absence Start', 'Absence End', 'Days Lost', 'Absence Reason'])).toEqual({
      email: 'Email',
      first_day: 'Absence Start',
      last_day: 'Absence End',
      working_days_lost: 'Days Lost',
      reason: 'Absence Reason',
    });
  });

  it('names every required field left out, a header the file lacks and a field of the other kind of file', () => {
    expect(checkHrMapping('absences', { email: 'Email', first_day: 'Nope', event: 'Type' }, ['Email', 'Type']).map((p) => p.field)).toEqual([
      'mapping.first_day',
      'mapping.event',
      'mapping.last_day',
      'mapping.reason',
    ]);
  });
});

const person = (id: string, startDate: string | null = '2020-01-06') => ({ id, kind: 'employee' as const, unitId: `unit-${id}`, startDate });
const context = (over: Partial<HrImportContext> = {}): HrImportContext => ({
  dateFormat: 'dmy',
  today: '2025-06-30',
  personByEmail: new Map([
    ['ana@example.org', person('ana')],
    ['ben@example.org', person('ben', null)],
  ]),
  storedMoves: new Map(),
  storedAbsences: new Map(),
  ...over,
});
const problemsByLine = (badRows: Array<{ line: number; problems: Array<{ field: string }> }>) => badRows.map((b) => [b.line, b.problems.map((p) => p.field)]);

describe('starters and leavers, row by row', () => {
  it('reads good rows, and names every bad one by line and field', () => {
    const file = parseCsv(
      [
        'Email;Event;Date;Kind;Reason',
        'ANA@example.org;Leaver;31/01/2025;;Resignation', // 2: good, email in any case
        'ben@example.org;Starter;03/02/2025;Agency;', // 3: good, a contractor
        'nobody@example.org;Starter;03/02/2025;;', // 4: unknown email
        'ana@example.org;Transfer;03/02/2025;;', // 5: not an event
        'ben@example.org;Leaver;31/02/2025;;Retirement', // 6: no such day
        'ben@example.org;Leaver;28/02/2025;;', // 7: a leave without a reason
        'ana@example.org;Leaver;31/12/2019;;Retirement', // 8: before Ana started
        'ana@example.org;Leaver;31/01/2025;;Resignation', // 9: repeats line 2
        'ben@example.org;Starter;01/07/2025;;', // 10: after today
        'ben@example.org;Starter;01/03/2025;;Moved away', // 11: a start with a reason
      ].join('\n'),
    );
    const context_ = context();
    const { goodRows, badRows } = validateMoveRows(file.rows, file.headers, suggestHrMapping('moves', file.headers), context_);
    expect(goodRows).toEqual([
      { line: 2, personId: 'ana', kind: 'leave', on: '2025-01-31', workerKind: 'employee', leaveReason: 'resigned', unitId: 'unit-ana' },
      { line: 3, personId: 'ben', kind: 'start', on: '2025-02-03', workerKind: 'contractor', leaveReason: null, unitId: 'unit-ben' },
    ]);
    expect(problemsByLine(badRows)).toEqual([
      [4, ['email']],
      [5, ['event']],
      [6, ['date']],
      [7, ['leave_reason']],
      [8, ['date']],
      [9, ['date']],
      [10, ['date']],
      [11, ['leave_reason']],
    ]);
    expect(badRows.find((b) => b.line === 9)?.problems[0]?.problem).toBe('repeats the leave on line 2');
  });

  it("a leave is checked against a start anywhere in the file, and the person's stored starts", () => {
    const file = parseCsv('email,event,date,leave_reason\nben@example.org,leave,2024-12-31,retired\nben@example.org,start,2025-01-06,\nben@example.org,start,2018-01-01,\n');
    const stored = new Map([['ben', [{ kind: 'start' as const, on: '2019-01-01' }]]]);
    const { badRows } = validateMoveRows(file.rows, file.headers, suggestHrMapping('moves', file.headers), context({ dateFormat: 'iso', storedMoves: stored }));
    expect(badRows).toEqual([]);
    const late = parseCsv('email,event,date,leave_reason\nben@example.org,leave,2018-12-31,retired\n');
    const refused = validateMoveRows(late.rows, late.headers, suggestHrMapping('moves', late.headers), context({ dateFormat: 'iso', storedMoves: stored }));
    expect(refused.badRows[0]?.problems).toEqual([{ field: 'date', problem: 'is before the person started, on "2019-01-01"' }]);
  });
});

describe('absences, row by row', () => {
  it('defaults days lost to weekdays, and names overlaps within the file and with stored spells', () => {
    const file = parseCsv(
      [
        'email,first_day,last_day,working_days_lost,reason',
        'ana@example.org,07/03/2025,10/03/2025,,Sickness - stress', // 2: good, 2 weekdays
        'ana@example.org,10/03/2025,11/03/2025,2,Flu', // 3: overlaps line 2
        'ben@example.org,03/03/2025,04/03/2025,1.5,Holiday', // 4: not a reason
        'ben@example.org,05/03/2025,04/03/2025,,Flu', // 5: last before first
        'ben@example.org,05/04/2025,06/04/2025,3,Flu', // 6: more days than the spell has
        'ben@example.org,02/06/2025,06/06/2025,,injury', // 7: overlaps a stored spell
        'ben@example.org,10/02/2025,10/02/2025,half,Flu', // 8: days not a number
      ].join('\n'),
    );
    const storedAbsences = new Map([['ben', [{ firstDay: '2025-06-05', lastDay: '2025-06-20' }]]]);
    const { goodRows, badRows } = validateAbsenceRows(file.rows, file.headers, suggestHrMapping('absences', file.headers), context({ storedAbsences }));
    expect(goodRows).toEqual([{ line: 2, personId: 'ana', firstDay: '2025-03-07', lastDay: '2025-03-10', workingDaysLost: 2, reason: 'stress-related', unitId: 'unit-ana' }]);
    expect(problemsByLine(badRows)).toEqual([
      [3, ['first_day']],
      [4, ['reason']],
      [5, ['last_day']],
      [6, ['working_days_lost']],
      [7, ['first_day']],
      [8, ['working_days_lost']],
    ]);
    expect(badRows[0]?.problems[0]?.problem).toBe('overlaps the absence on line 2');
  });
});
