import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '../people-routes.js';
import {
  checkMapping,
  type ColumnMapping,
  completeMapping,
  type ImportContext,
  parseDate,
  parseKind,
  suggestMapping,
  validateRows,
} from './import-rules.js';
import { parseCsv } from './parse-csv.js';

const UNITS = [
  { id: '0190a000-0000-7000-8000-000000000001', name: 'Outreach' },
  { id: '0190a000-0000-7000-8000-000000000002', name: 'Night Shelter' },
  { id: '0190a000-0000-7000-8000-000000000003', name: 'Twin' },
  { id: '0190a000-0000-7000-8000-000000000004', name: 'twin' },
];
const context = (over: Partial<ImportContext> = {}): ImportContext => ({
  dateFormat: 'iso',
  units: UNITS,
  existingEmails: new Set(['boss@example.org']),
  ...over,
});

/** Validates CSV text with the suggested mapping. */
function check(text: string, over: Partial<ImportContext> = {}, mapping?: ColumnMapping) {
  const parsed = parseCsv(text);
  return validateRows(parsed.rows, parsed.headers, mapping ?? suggestMapping(parsed.headers), context(over));
}
const problemsByLine = (result: ReturnType<typeof check>) =>
  Object.fromEntries(result.badRows.map((b) => [b.line, b.problems.map((p) => `${p.field}: ${p.problem}`)]));

describe('suggestMapping', () => {
  it('maps the export columns to themselves, so an export re-imports without mapping', () => {
    expect(suggestMapping([...EXPORT_COLUMNS])).toEqual(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, c])));
  });

  it.each([
    ['Full name', 'name'],
    ['E-mail', 'email'],
    ['EMAIL ADDRESS', 'email'],
    ['Job title', 'job_title'],
    ['Team', 'unit'],
    ['Department', 'unit'],
    ['Line manager email', 'manager_email'],
    ['line_manager_e-mail', 'manager_email'],
    ['Start date', 'start_date'],
    ['Hire Date', 'start_date'],
    ['Leaving date', 'end_date'],
    ['Employment type', 'kind'],
  ])('%s → %s', (header, field) => {
    const mapping = suggestMapping([header]);
    expect(mapping[field as keyof ColumnMapping]).toBe(header);
    expect(Object.values(mapping).filter((v) => v !== null)).toHaveLength(1);
  });

  it('leaves unknown headers and the honorific "Title" unmapped', () => {
    expect(Object.values(suggestMapping(['Title', 'Shoe size'])).every((v) => v === null)).toBe(true);
  });

  it('uses each header once', () => {
    const mapping = suggestMapping(['Email', 'email']);
    expect(mapping.email).toBe('Email');
    expect(mapping.manager_email).toBeNull();
  });
});

describe('checkMapping', () => {
  const headers = ['Full name', 'E-mail', 'Team'];
  it.each([
    ['a complete mapping', { name: 'Full name', email: 'E-mail', unit: 'Team' }, []],
    ['name unmapped', { name: null, email: 'E-mail' }, ['mapping.name']],
    ['both required fields missing', {}, ['mapping.name', 'mapping.email']],
    ['a header the file lacks', { name: 'Full name', email: 'E-mail', unit: 'Service' }, ['mapping.unit']],
  ])('%s', (_label, mapping, fields) => {
    expect(checkMapping(mapping, headers).map((p) => p.field)).toEqual(fields);
  });
});

describe('parseDate', () => {
  it.each([
    ['2024-05-01', 'iso', '2024-05-01'],
    ['', 'iso', null],
    ['01/05/2024', 'dmy', '2024-05-01'],
    ['1/5/2024', 'dmy', '2024-05-01'],
    ['31-12-2023', 'dmy', '2023-12-31'],
    ['29.02.2024', 'dmy', '2024-02-29'],
    ['2024-05-01', 'dmy', '2024-05-01'],
  ] as const)('%s read as %s → %s', (cell, format, expected) => {
    expect(parseDate(cell, format)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['01/05/2024', 'iso', 'YYYY-MM-DD'],
    ['2024-5-1', 'iso', 'YYYY-MM-DD'],
    ['31/02/2024', 'dmy', 'not a real calendar date'],
    ['29.02.2023', 'dmy', 'not a real calendar date'],
    ['2024-02-30', 'iso', 'not a real calendar date'],
    ['01/05-2024', 'dmy', 'DD/MM/YYYY'],
    ['05/01/24', 'dmy', 'DD/MM/YYYY'],
    ['next week', 'dmy', 'DD/MM/YYYY'],
  ] as const)('refuses %s read as %s', (cell, format, problem) => {
    const result = parseDate(cell, format);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toContain(problem);
  });
});

describe('parseKind', () => {
  it.each([
    ['employee', 'employee'],
    ['Staff', 'employee'],
    ['Part-time', 'employee'],
    ['VOLUNTEER', 'volunteer'],
    ['Agency', 'contractor'],
    ['peer_worker', 'peer_worker'],
    ['Peer support worker', 'peer_worker'],
    ['', null],
    ['astronaut', undefined],
  ])('%s → %s', (cell, kind) => {
    expect(parseKind(cell)).toBe(kind);
  });
});

describe('validateRows', () => {
  it('reads a messy file: BOM, semicolons, day-first dates, names in several scripts, stray spaces', () => {
    const text =
      '\uFEFF Full name ; E-mail ;Team; Line manager email ;Employment type;Start date;End date\n' +
      '  Ольга   Петрова ; Olga@Example.org ;outreach ; boss@example.org;Staff;01/02/2023;\n' +
      'فاطمة الزهراء;fatima@example.org;Night Shelter;olga@example.org;Volunteer;15.03.2022;31.12.2024\n' +
      '\n' +
      '王小明;wang@example.org;;;peer support;2021-07-09;\n';
    const result = check(text, { dateFormat: 'dmy' });
    expect(result.badRows).toEqual([]);
    expect(result.goodRows).toEqual([
      {
        line: 2,
        name: 'Ольга Петрова',
        email: 'olga@example.org',
        jobTitle: null,
        unitId: UNITS[0]!.id,
        unitName: 'Outreach',
        managerEmail: 'boss@example.org',
        kind: 'employee',
        startDate: '2023-02-01',
        endDate: null,
      },
      expect.objectContaining({ line: 3, name: 'فاطمة الزهراء', managerEmail: 'olga@example.org', kind: 'volunteer', startDate: '2022-03-15', endDate: '2024-12-31' }),
      expect.objectContaining({ line: 5, name: '王小明', unitId: null, kind: 'peer_worker', startDate: '2021-07-09' }),
    ]);
  });

  it.each([
    ['missing name', ',a@x.org', ['name: is required']],
    ['missing email', 'Ada,', ['email: is required']],
    ['invalid email', 'Ada,not-an-email', ['email: must be an email address like name@example.org']],
    ['unknown unit', 'Ada,a@x.org,,Moon Base', ['unit: there is no unit called "Moon Base" in this organisation']],
    ['ambiguous unit', 'Ada,a@x.org,,TWIN', ['unit: more than one unit is called "TWIN": rename one so the import knows which']],
    ['unknown kind', 'Ada,a@x.org,,,,astronaut', ['kind: "astronaut" is not a kind of person; use one of employee, volunteer, contractor, peer_worker']],
    ['manager nowhere', 'Ada,a@x.org,,,ghost@x.org', ['manager_email: no person with this email is in the organisation or in this file']],
    ['own manager', 'Ada,a@x.org,,,A@x.org', ['manager_email: a person cannot be their own line manager']],
    ['invalid manager email', 'Ada,a@x.org,,,boss', ['manager_email: must be an email address like name@example.org']],
    ['day-first date in an ISO file', 'Ada,a@x.org,,,,,01/02/2024', ['start_date: must be a date written YYYY-MM-DD']],
    ['impossible date', 'Ada,a@x.org,,,,,2024-02-31', ['start_date: "2024-02-31" is not a real calendar date']],
    ['end before start', 'Ada,a@x.org,,,,,2024-05-01,2024-04-30', ['end_date: must not be before the start date']],
    ['several problems at once', ',bad,,Moon', ['name: is required', 'email: must be an email address like name@example.org', 'unit: there is no unit called "Moon" in this organisation']],
  ])('reports %s on its line', (_label, row, problems) => {
    const result = check(`name,email,job_title,unit,manager_email,kind,start_date,end_date\nOk,ok@x.org\n${row}\n`);
    expect(problemsByLine(result)).toEqual({ 3: problems });
    expect(result.goodRows.map((r) => r.line)).toEqual([2]);
  });

  it('reports every later duplicate email by line, naming the first, ignoring case', () => {
    const result = check('name,email\nAda,ada@x.org\nBen,ben@x.org\nAda again,ADA@x.org\n\nAda thrice, ada@x.org\n');
    expect(problemsByLine(result)).toEqual({
      4: ['email: the same email is already on line 2'],
      6: ['email: the same email is already on line 2'],
    });
    expect(result.goodRows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('accepts a manager who is only in the file, and one who already exists', () => {
    const result = check('name,email,manager_email\nAda,ada@x.org,ben@x.org\nBen,ben@x.org,boss@example.org\n');
    expect(result.badRows).toEqual([]);
    expect(result.goodRows.map((r) => r.managerEmail)).toEqual(['ben@x.org', 'boss@example.org']);
  });

  it('makes reports of a manager whose own row is bad bad too, along the chain', () => {
    const result = check('name,email,manager_email,unit\nCy,cy@x.org,ben@x.org\nBen,ben@x.org,ada@x.org\nAda,ada@x.org,,Moon\nDee,dee@x.org\n');
    expect(problemsByLine(result)).toEqual({
      2: ["manager_email: the manager's own row (line 3) has problems, so it cannot be imported"],
      3: ["manager_email: the manager's own row (line 4) has problems, so it cannot be imported"],
      4: ['unit: there is no unit called "Moon" in this organisation'],
    });
    expect(result.goodRows.map((r) => r.line)).toEqual([5]);
  });

  it('keeps a report whose manager already exists even when the manager\'s row in the file is bad', () => {
    const result = check('name,email,manager_email,unit\nAda,ada@x.org,boss@example.org\nBoss,boss@example.org,,Moon\n');
    expect(result.goodRows.map((r) => r.line)).toEqual([2]);
    expect(result.badRows.map((r) => r.line)).toEqual([3]);
  });

  it('leaves kind null when the file does not say, so existing people keep theirs', () => {
    const result = check('name,email\nAda,ada@x.org\n');
    expect(result.goodRows[0]).toMatchObject({ kind: null, jobTitle: null, unitId: null, managerEmail: null, startDate: null, endDate: null });
  });

  it('reads only the mapped columns, first of a repeated header', () => {
    const parsed = parseCsv('Who,Mail,Mail,Group\nAda,ada@x.org,other@x.org,Outreach\n');
    const mapping = completeMapping({ name: 'Who', email: 'Mail' });
    const result = validateRows(parsed.rows, parsed.headers, mapping, context());
    expect(result.goodRows[0]).toMatchObject({ name: 'Ada', email: 'ada@x.org', unitId: null });
  });
});
