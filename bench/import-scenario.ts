// The import scenario: one HR export of 100,000 people (BENCH_IMPORT_ROWS), first with 7 bad
// lines (every one reported, nothing written), then clean, imported by Tend's use-case (what the
// CLI and the import job run) and by a baseline doing the least SQL for the same result, each
// into a fresh organisation with the same units. Both read the file with Tend's pure rules
// (parseCsv, validateRows: the same computation, not a copy); the baseline then sends one
// statement for what the rows are checked against and one statement that writes every row,
// managers included (ids made here, so a manager on a later line resolves too), with the
// `people.imported` audit event. The run checks that both organisations end up alike.
import { uuidv7 } from 'uuidv7';
import { type ImportContext, suggestMapping, validateRows } from '../src/modules/people/import/import-rules.js';
import { importPeopleFromCsv } from '../src/modules/people/import/index.js';
import { PEOPLE_CSV_LIMITS, parseCsv } from '../src/modules/people/import/parse-csv.js';
import type { Database } from '../src/platform/db/client.js';
import { buildOrg, buildUnit } from '../src/test-support/factories.js';

const UNITS = ['Outreach', 'Night Shelter', 'Helpline', 'Housing'];

/** Row i: each block of 100 led by its first person; a few volunteers; dates day first. */
function row(i: number, spoil: boolean): string {
  const email = `person.${i}@bench-import.example.org`;
  const manager = i % 100 === 0 ? '' : `person.${i - (i % 100)}@bench-import.example.org`;
  const cells = [`Person ${i}`, email, UNITS[i % UNITS.length]!, manager, i % 7 === 0 ? 'volunteer' : 'staff', '01/02/2023'];
  // seven kinds of bad row, none of them a manager's (i % 100 === 0 never spoiled)
  if (spoil) {
    const kind = Math.floor(i / 1000) % 7;
    if (kind === 0) cells[1] = 'not-an-email';
    else if (kind === 1) cells[2] = 'Nowhere';
    else if (kind === 2) cells[5] = '31/02/2023';
    else if (kind === 3) cells[1] = `person.${i - 1}@bench-import.example.org`;
    else if (kind === 4) cells[4] = 'astronaut';
    else if (kind === 5) cells[0] = '';
    else cells[3] = 'nobody@example.org';
  }
  return cells.join(',');
}

/** The file, with 7 bad rows spread through it when `bad` (fewer when the file is too short for them). */
export function importCsv(rows: number, bad: boolean): { text: string; badLines: number[] } {
  // a manager's row (i % 100 === 0) is never spoiled: its reports would turn bad too
  const spoiled = new Set(bad ? Array.from({ length: 7 }, (_, k) => Math.floor(((k + 0.5) * rows) / 7)).map((i) => (i % 100 === 0 ? i + 1 : i)).filter((i) => i < rows) : []);
  const lines = ['name,email,unit,manager_email,kind,start_date'];
  for (let i = 0; i < rows; i++) lines.push(row(i, spoiled.has(i)));
  return { text: `${lines.join('\n')}\n`, badLines: [...spoiled].map((i) => i + 2) };
}

interface ImportOutcome {
  created: number;
  badLines: number[];
}

const TARGETS_SQL = `select coalesce((select json_agg(json_build_object('id', id, 'name', name)) from units where org_id = $1), '[]'::json),
  coalesce((select array_agg(lower(email)) from people where org_id = $1), '{}'::text[])`;
const WRITE_SQL = `with written as (
  insert into people (org_id, id, name, email, job_title, unit_id, manager_id, kind, start_date, end_date)
  select $1, u.id, u.name, u.email, u.job_title, u.unit_id, u.manager_id, coalesce(u.kind, 'employee'), u.start_date, u.end_date
  from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::text[], $9::date[], $10::date[])
    as u(id, name, email, job_title, unit_id, manager_id, kind, start_date, end_date)
  returning 1)
insert into audit_events (org_id, id, type, data)
select $1, $11, 'people.imported', jsonb_build_object('created', count(*), 'updated', 0) from written
returning data`;

/** The baseline: Tend's pure rules, then two statements. Imports into an organisation without people only. */
async function baselineImport(database: Database, orgId: string, text: string): Promise<ImportOutcome> {
  const parsed = parseCsv(text, PEOPLE_CSV_LIMITS);
  const targets = await database.pool.query<[ImportContext['units'], string[]]>({ text: TARGETS_SQL, values: [orgId], rowMode: 'array' });
  const [units, emails] = targets.rows[0]!;
  if (emails.length > 0) throw new Error('the baseline import only creates people: it needs an organisation without any');
  const { goodRows, badRows } = validateRows(parsed.rows, parsed.headers, suggestMapping(parsed.headers), { dateFormat: 'dmy', units, existingEmails: new Set() });
  if (badRows.length > 0) return { created: 0, badLines: badRows.map((r) => r.line) };
  const ids = new Map(goodRows.map((r) => [r.email, uuidv7()]));
  const column = <T>(pick: (r: (typeof goodRows)[number]) => T) => goodRows.map(pick);
  const written = await database.pool.query<[{ created: number }]>({
    text: WRITE_SQL,
    values: [
      orgId,
      column((r) => ids.get(r.email)!),
      column((r) => r.name),
      column((r) => r.email),
      column((r) => r.jobTitle),
      column((r) => r.unitId),
      column((r) => (r.managerEmail ? (ids.get(r.managerEmail) ?? null) : null)),
      column((r) => r.kind),
      column((r) => r.startDate),
      column((r) => r.endDate),
      uuidv7(),
    ],
    rowMode: 'array',
  });
  return { created: written.rows[0]![0].created, badLines: [] };
}

async function tendImport(database: Database, orgId: string, text: string): Promise<ImportOutcome> {
  const result = await importPeopleFromCsv(database, orgId, text, { dateFormat: 'dmy', goodRowsOnly: false });
  return { created: result.created, badLines: result.badRows.map((r) => r.line) };
}

/** Everything the import decides about an organisation's people, as one digest. */
async function peopleDigest(database: Database, orgId: string): Promise<string> {
  const result = await database.pool.query<{ digest: string; n: number }>(
    `select count(*)::int as n, md5(coalesce(string_agg(concat_ws('|', p.name, p.email, p.job_title, u.name, m.email, p.kind, p.start_date, p.end_date), ',' order by p.email), '')) as digest
     from people p left join units u on u.org_id = p.org_id and u.id = p.unit_id left join people m on m.org_id = p.org_id and m.id = p.manager_id
     where p.org_id = $1`,
    [orgId],
  );
  return `${result.rows[0]!.n} people, ${result.rows[0]!.digest}`;
}

export interface ImportTiming {
  refuseMs: number;
  importMs: number;
}

/**
 * Imports the bad file and then the clean one with Tend and with the baseline (alternating who
 * goes first each round), each round into fresh organisations; checks once that both report the
 * same bad lines and write the same people. Returns the times per server.
 */
export async function runImportScenario(database: Database, rows: number, rounds: number, log: (message: string) => void) {
  const bad = importCsv(rows, true);
  const clean = importCsv(rows, false).text;
  const times: Record<'Tend' | 'baseline', ImportTiming[]> = { Tend: [], baseline: [] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['Tend', 'baseline'] as const) : (['baseline', 'Tend'] as const);
    const orgs = {} as Record<'Tend' | 'baseline', string>;
    for (const name of order) {
      const orgId = await buildOrg(database, `Bench Import ${name} ${round + 1}`);
      for (const unit of UNITS) await buildUnit(database, orgId, { name: unit });
      orgs[name] = orgId;
      const run = name === 'Tend' ? tendImport : baselineImport;
      let started = performance.now();
      const refused = await run(database, orgId, bad.text);
      const refuseMs = performance.now() - started;
      if (JSON.stringify(refused) !== JSON.stringify({ created: 0, badLines: bad.badLines })) {
        throw new Error(`${name} did not refuse the file with bad lines ${bad.badLines.join(', ')}: ${JSON.stringify(refused).slice(0, 300)}`);
      }
      started = performance.now();
      const imported = await run(database, orgId, clean);
      const importMs = performance.now() - started;
      if (imported.created !== rows) throw new Error(`${name} imported ${imported.created} of ${rows} people`);
      times[name].push({ refuseMs, importMs });
      log(`import ${rows} people, ${name}, round ${round + 1}: refused the file with ${bad.badLines.length} bad lines in ${Math.round(refuseMs)} ms, imported the clean file in ${Math.round(importMs)} ms`);
    }
    if (round === 0) {
      // fresh statistics first: planned as if people were the 250 of the seed, joining 200,000
      // rows ran for minutes
      await database.pool.query('analyze people');
      const [t, b] = [await peopleDigest(database, orgs.Tend), await peopleDigest(database, orgs.baseline)];
      if (t !== b) throw new Error(`Tend and the baseline imported different people: ${t} against ${b}`);
      log(`import ${rows} people: the same ${bad.badLines.length} bad lines reported and the same people written (${t})`);
    }
  }
  return times;
}
