// The state-size data set of issue 13 ("Scale beyond one machine"): 1,000 organisations, 250,000
// workers, 10,000,000 check-ins of the shipped self-check over a year and a year of quarterly staff
// surveys, written into Tend's own tables by set-based SQL (INSERT … SELECT over generate_series;
// never a row at a time), so the full size takes minutes. `--scale` multiplies every count
// (0.01: 10 organisations, 2,500 workers, 100,000 check-ins). Pseudo-random choices come from
// hashint8 of row numbers, so every run writes the same shape.
//
//   node --import tsx bench/state-size/generate.ts --scale 0.01 [--data /tmp/tend-state-size]
//
// Fills BENCH_DATABASE_URL when set (a throwaway database), otherwise an embedded PostgreSQL in
// the --data folder, which is kept for hub-benchmark.ts to reuse.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { argument, openBenchDatabase } from './open.js';

export interface StateSize {
  organisations: number;
  workers: number;
  checkIns: number;
  /** Staff surveys per organisation over the year (one a quarter). */
  surveysPerOrganisation: number;
}

/** 1,000 organisations, 250,000 workers and 10,000,000 check-ins, times `scale`. */
export function stateSize(scale: number): StateSize {
  if (!(scale > 0 && scale <= 1)) throw new Error(`--scale must be above 0 and at most 1 (was ${scale})`);
  return {
    // the cross-organisation gate needs at least 3 organisations in a figure
    organisations: Math.max(5, Math.round(1_000 * scale)),
    workers: Math.max(250, Math.round(250_000 * scale)),
    checkIns: Math.max(1_000, Math.round(10_000_000 * scale)),
    surveysPerOrganisation: 4,
  };
}

/** The last four whole quarters before today: the year the check-ins and surveys fall in. */
export const YEAR_START = "(date_trunc('quarter', current_date) - interval '1 year')::date";
export const YEAR_END = "date_trunc('quarter', current_date)::date";

const STS_PACK = JSON.parse(readFileSync(new URL('../../src/content/packs/sts-self-check.json', import.meta.url), 'utf8')) as {
  version: string;
  body: { items: Array<{ id: string }> };
};
const SURVEY_PACK = JSON.parse(readFileSync(new URL('../../src/content/packs/sts-organisation.json', import.meta.url), 'utf8')) as {
  id: string;
  version: string;
  body: { sections: Array<{ id: string; criteria: Array<{ id: string }> }> };
};
export const STS_ITEMS = STS_PACK.body.items.map((i) => i.id);
/** The criteria each generated survey response rates: the first of every section (the rest skipped). */
export const SURVEY_CRITERIA = SURVEY_PACK.body.sections.map((s) => s.criteria[0]!.id);

// h(n, salt): a stable pseudo-random non-negative integer
const h = (n: string, salt: number) => `(hashint8((${n})::bigint * 7919 + ${salt}) & 2147483647)`;

/**
 * Answer sets to pick from: 60 ways of answering every self-check item (0–4 "Not at all" …
 * "Very often"), from calm to strained, so totals spread over all three bands. Every item is
 * answered, so the self-check's total (sum, prorated only when items are missing) is the plain
 * sum of the values.
 */
function checkInVariants(): unknown[] {
  return Array.from({ length: 60 }, (_, v) => Object.fromEntries(STS_ITEMS.map((item, i) => [item, Math.min(4, Math.floor(((v * 7 + i * 13) % 60) / 12 + (v % 3) / 2))])));
}
function surveyVariants(): unknown[] {
  // 40 ways of rating the criteria 1–5 (25 of them different), so responses do not repeat a few patterns
  return Array.from({ length: 40 }, (_, v) => Object.fromEntries(SURVEY_CRITERIA.map((c, i) => [c, 1 + ((v * (i + 2) + Math.floor(v / 5) * i) % 5)])));
}

export interface Generated {
  size: StateSize;
  seconds: number;
}

/**
 * Writes the state-size data set into an empty, migrated database. `progress` hears a line per
 * step (rows written, time taken, how far through the check-ins).
 */
export async function generateStateSize(pool: pg.Pool, scale: number, progress: (line: string) => void): Promise<Generated> {
  const size = stateSize(scale);
  const started = performance.now();
  const { rows: existing } = await pool.query<{ n: number }>('select count(*)::int as n from organisations');
  if (existing[0]!.n > 0) throw new Error('the database already has organisations: generate into an empty, migrated database');
  const step = async (what: string, statement: string, parameters: unknown[] = []) => {
    const t = performance.now();
    const result = await pool.query(statement, parameters).catch((e: unknown) => {
      throw new Error(`state-size generator, ${what}: ${(e as Error).message}`);
    });
    progress(`${what}: ${result.rowCount ?? 0} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };

  // helper table: every worker numbered 0…n−1 across the installation, so a check-in's row
  // number picks its person by one indexed lookup; dropped at the end
  await pool.query('drop table if exists state_size_workers');
  await pool.query('create unlogged table state_size_workers (n int primary key, org_id uuid not null, person_id uuid not null, unit_id uuid not null)');

  // organisation i weighs 1 + i mod 10: sizes from about 45 to 450 workers at full scale, as a
  // state's mix of small charities and large services
  const weights = `(select sum(1 + (i % 10)) from generate_series(0, ${size.organisations - 1}) i)`;
  await step(
    'organisations',
    `insert into organisations (id, name, slug, settings)
     select gen_random_uuid(), 'State org ' || lpad(i::text, 4, '0'), 'state-org-' || lpad(i::text, 4, '0'), '{"timeZone":"UTC"}'::jsonb
     from generate_series(0, ${size.organisations - 1}) i`,
  );
  // the temporary table lives on one connection: the statements that read it run on the same one
  const client = await pool.connect();
  try {
    await client.query(`create temporary table state_size_orgs as
       with numbered as (select o.id, (row_number() over (order by o.slug))::int - 1 as i from organisations o where o.slug like 'state-org-%')
       select id, i, greatest(3, round(${size.workers}::numeric * (1 + i % 10) / ${weights}))::int as workers,
         greatest(1, ceil(round(${size.workers}::numeric * (1 + i % 10) / ${weights}) / 25.0))::int as teams
       from numbered`);
    const timed = async (what: string, statement: string) => {
      const t = performance.now();
      const result = await client.query(statement).catch((e: unknown) => {
        throw new Error(`state-size generator, ${what}: ${(e as Error).message}`);
      });
      progress(`${what}: ${result.rowCount ?? 0} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    };
    // teams of about 25
    await timed(
      'teams',
      `insert into units (org_id, id, name, kind, parent_id)
       select o.id, gen_random_uuid(), 'Team ' || lpad(t::text, 3, '0'), 'team', null
       from state_size_orgs o, generate_series(1, o.teams) t`,
    );
    // workers dealt round their organisation's teams; one in nine a volunteer, one in twenty a peer worker
    await timed(
      'workers',
      `with teams as (select u.org_id, u.id, (row_number() over (partition by u.org_id order by u.name))::int - 1 as t from units u join state_size_orgs o on o.id = u.org_id),
         placed as (select o.id as org_id, w, gen_random_uuid() as person_id, o.teams from state_size_orgs o, generate_series(1, o.workers) w)
       insert into people (org_id, id, name, email, kind, unit_id, start_date)
       select p.org_id, p.person_id, 'Worker ' || p.w, 'w' || p.w || '@' || p.org_id || '.example.org',
         case when p.w % 9 = 0 then 'volunteer' when p.w % 20 = 0 then 'peer_worker' else 'employee' end,
         t.id, current_date - 400 - ${h('p.w', 1)} % 2000
       from placed p join teams t on t.org_id = p.org_id and t.t = p.w % p.teams`,
    );
  } finally {
    client.release();
  }
  await step(
    'worker numbers',
    `insert into state_size_workers (n, org_id, person_id, unit_id)
     select (row_number() over (order by org_id, id))::int - 1, org_id, id, unit_id from people`,
  );
  // three in five let their check-in results count in figures (the choice is theirs, off by default)
  await step(
    'well-being spaces',
    `insert into wellbeing_spaces (org_id, person_id, rhythm, contributes_to_figures, contribution_changed_at)
     select org_id, person_id, 'weekly', ${h('n', 2)} % 5 < 3, now() - interval '2 years' from state_size_workers`,
  );

  // check-ins: batches of 250,000 on two connections side by side; each picks a worker by a hash
  // of its row number, a day in the year, and one of the answer sets leaning by the worker (some
  // people are more strained than others)
  const variants = JSON.stringify(checkInVariants());
  // the number of workers written in, so the planner joins each row to its worker by key
  const { rows: counted } = await pool.query<{ n: number }>('select count(*)::int as n from state_size_workers');
  const workers = counted[0]!.n;
  const batch = 250_000;
  const batches: Array<[number, number]> = [];
  for (let from = 0; from < size.checkIns; from += batch) batches.push([from, Math.min(size.checkIns, from + batch) - 1]);
  let done = 0;
  const checkInsStarted = performance.now();
  // bulk load: the secondary indexes are dropped and built again once at the end (one sorted
  // build instead of 10 million insertions), and where the role allows it the foreign-key
  // triggers are skipped for the load (every row points at a worker written above)
  const { rows: indexes } = await pool.query<{ name: string; definition: string }>(
    `select indexname as name, indexdef as definition from pg_indexes
     where schemaname = 'public' and tablename = 'wellbeing_check_ins'
       and not exists (select 1 from pg_constraint k where k.conname = indexname)`,
  );
  for (const index of indexes) await pool.query(`drop index ${index.name}`);
  const writeBatch = async (client: pg.PoolClient, [from, to]: [number, number]) => {
    await client.query(
      `with chosen as (select g, w.org_id, w.person_id, w.unit_id, w.n as worker,
             ${YEAR_START} + ${h('g', 3)} % (${YEAR_END} - ${YEAR_START}) as day
           from generate_series(${from}, ${to}) g join state_size_workers w on w.n = ${h('g', 4)} % ${workers}),
         variants as (select ordinality::int - 1 as v, value as answers from jsonb_array_elements($1::jsonb) with ordinality)
       insert into wellbeing_check_ins (org_id, id, person_id, instrument_id, instrument_version, answers, unit_id, submitted_on, submitted_at, origin)
       select c.org_id, gen_random_uuid(), c.person_id, 'tend.sts-self-check', '${STS_PACK.version}', v.answers, c.unit_id, c.day,
         c.day::timestamp at time zone 'UTC' + make_interval(secs => ${h('g', 5)} % 86400), 'tend'
       from chosen c join variants v on v.v = (c.worker % 30 + ${h('g', 6)} % 30)`,
      [variants],
    );
    done += to - from + 1;
    const elapsed = (performance.now() - checkInsStarted) / 1000;
    const eta = (elapsed / done) * (size.checkIns - done);
    progress(`check-ins: ${done.toLocaleString('en')} of ${size.checkIns.toLocaleString('en')} (${((100 * done) / size.checkIns).toFixed(0)}%), ${elapsed.toFixed(0)} s, about ${eta.toFixed(0)} s to go`);
  };
  const queue = [...batches];
  let triggersSkipped = true;
  await Promise.all(
    [0, 1].map(async () => {
      const client = await pool.connect();
      try {
        await client.query("set session_replication_role = 'replica'").catch(() => {
          triggersSkipped = false;
        });
        for (let next = queue.shift(); next; next = queue.shift()) await writeBatch(client, next);
      } finally {
        await client.query('reset session_replication_role').catch(() => {});
        client.release();
      }
    }),
  );
  if (!triggersSkipped) progress('check-ins: foreign keys checked row by row (the role may not set session_replication_role)');
  for (const index of indexes) await step(`index ${index.name}`, index.definition);

  // a staff survey a quarter in every organisation (the shipped organisational survey, whole
  // organisation, closed three weeks after it opened); about 55–75% of workers answer each one
  await step(
    'survey cycles',
    `insert into assessment_cycles (org_id, id, pack_id, pack_version, title, unit_id, mode, opens_on, closes_on, status, closed_at)
     select o.id, gen_random_uuid(), '${SURVEY_PACK.id}', '${SURVEY_PACK.version}', 'Staff survey ' || to_char(q, 'YYYY-"Q"Q'), null, 'staff-survey',
       q::date, (q + interval '21 days')::date, 'closed', q + interval '21 days'
     from organisations o, generate_series(${YEAR_START}::timestamp, ${YEAR_END}::timestamp - interval '1 day', interval '3 months') q
     where o.slug like 'state-org-%'`,
  );
  await step(
    'survey participants',
    `insert into assessment_survey_participants (org_id, cycle_id, person_id)
     select c.org_id, c.id, w.person_id from assessment_cycles c join state_size_workers w on w.org_id = c.org_id
     where ${h("w.n * 4 + extract(quarter from c.opens_on)::int", 7)} % 100 < 55 + (w.n % 21)`,
  );
  // responses carry no person (decision: anonymous survey): written from the participants, then
  // nothing links the two (random ids, no time)
  await step(
    'survey responses',
    `with variants as (select ordinality::int - 1 as v, value as answers from jsonb_array_elements($1::jsonb) with ordinality)
     insert into assessment_survey_responses (org_id, id, cycle_id, unit_id, answers)
     select p.org_id, gen_random_uuid(), p.cycle_id, w.unit_id, v.answers
     from assessment_survey_participants p join state_size_workers w on w.org_id = p.org_id and w.person_id = p.person_id
       join variants v on v.v = ${h('w.n', 8)} % 40`,
    [JSON.stringify(surveyVariants())],
  );
  await pool.query('drop table state_size_workers');
  await step('analyze', 'analyze organisations, units, people, wellbeing_spaces, wellbeing_check_ins, assessment_cycles, assessment_survey_participants, assessment_survey_responses');
  return { size, seconds: (performance.now() - started) / 1000 };
}

async function main() {
  const scale = Number(argument('--scale') ?? '1');
  const size = stateSize(scale);
  const opened = await openBenchDatabase(argument('--data'), (line) => console.log(line));
  try {
    console.log(
      `Generating ${size.organisations.toLocaleString('en')} organisations, ${size.workers.toLocaleString('en')} workers, ` +
        `${size.checkIns.toLocaleString('en')} check-ins and ${size.surveysPerOrganisation} staff surveys each (scale ${scale}) into ${opened.where}`,
    );
    const generated = await generateStateSize(opened.database.pool, scale, (line) => console.log(`  ${line}`));
    const { rows } = await opened.database.pool.query<{ size: string }>('select pg_size_pretty(pg_database_size(current_database())) as size');
    console.log(`Done in ${generated.seconds.toFixed(0)} s; the database is ${rows[0]!.size}`);
  } finally {
    await opened.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/bench\//, '/bench/'))) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
