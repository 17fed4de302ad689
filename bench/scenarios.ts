// The scenarios: what each connection sends, and the check made once per run, before measuring,
// that both servers give the same answer to the same request (the baseline with the least SQL it
// can, Tend as it is), with the number of statements each sent.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { type ConnectionRequests, type LoadRequest, sendOnce } from './load.js';
import type { Session } from './seed.js';
import { traceSql } from './sql-trace.js';

export interface Target {
  name: 'Tend' | 'baseline';
  port: number;
  /** The org admin's session (list and create units). */
  admin: Session;
  /** One worker's session per connection (check-ins); empty when no scenario needs them. */
  workers: Session[];
  /** One session per survey respondent (survey-scenario.ts); empty unless the survey runs. */
  respondents: Session[];
  /** The admin of the 20,000-people organisation (coverage-scenario.ts), when the coverage runs. */
  coverageAdmin?: Session;
}

export const SCENARIO_KEYS = ['list', 'create', 'checkin', 'survey', 'coverage'] as const;
export type ScenarioKey = (typeof SCENARIO_KEYS)[number];

export interface Scenario {
  key: ScenarioKey;
  name: string;
  /** How many connections load it (50, one per worker, unless the scenario says fewer). */
  connections?: number;
  /** What connection number `connection` sends in round `round` (from 0): one request again and again, or a list walked once. */
  request: (target: Target, connection: number, round: number) => ConnectionRequests;
  /** Throws unless both servers answer alike; says what it checked and how many statements each sent. */
  check: (tend: Target, baseline: Target) => Promise<string>;
}

/** One request, its answer, and the SQL the server sent for it. */
async function traced(target: Target, req: LoadRequest) {
  let answer: Awaited<ReturnType<typeof sendOnce>> | undefined;
  const trace = await traceSql(async () => {
    answer = await sendOnce(target.port, req);
  });
  return { answer: answer!, trace };
}

/** The same request shape sent to both; returns both answers and how many statements each sent. */
async function sendBoth(scenario: Scenario, tend: Target, baseline: Target, connection = 0) {
  const one = (target: Target) => {
    const req = scenario.request(target, connection, 0);
    if (Array.isArray(req)) throw new Error(`${scenario.name}: sendBoth takes a scenario of one request per connection`);
    return req;
  };
  const t = await traced(tend, one(tend));
  const b = await traced(baseline, one(baseline));
  if (t.trace.length === 0) throw new Error(`${scenario.name}: no SQL was recorded for Tend's answer (is the pg tracer in place?)`);
  return { tend: t.answer, baseline: b.answer, statements: `Tend ${t.trace.length}, baseline ${b.trace.length}` };
}

const json = (s: Session) => ({ cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' });

// the shipped self-check, read from its pack file: its item ids and its answer values
interface PackFile {
  id: string;
  body: { answerSets: { id: string; options: { value: number }[] }[]; items: { id: string; answerSet: string }[] };
}
const stsPack = JSON.parse(readFileSync(new URL('../src/content/packs/sts-self-check.json', import.meta.url), 'utf8')) as PackFile;

/**
 * Connection c answers every item but the last (skipped: left out) with option c mod 5 of its
 * answer set ("Not at all" … "Very often"), so the check-ins land in all three bands and two
 * connections in five get the support contacts (another query) with their scores.
 */
export function checkInBody(connection: number): string {
  const sets = new Map(stsPack.body.answerSets.map((s) => [s.id, s.options.map((o) => o.value)]));
  const answers: Record<string, number> = {};
  for (const item of stsPack.body.items.slice(0, -1)) {
    const values = sets.get(item.answerSet)!;
    answers[item.id] = values[connection % values.length]!;
  }
  return JSON.stringify({ instrumentId: stsPack.id, answers });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A check-in answer with its new id and time replaced (checked for form first): the rest must match. */
function comparable(body: string): unknown {
  const value = JSON.parse(body) as { checkIn?: { id?: unknown; submittedAt?: unknown } };
  const checkIn = value.checkIn;
  if (!checkIn || typeof checkIn.id !== 'string' || !UUID.test(checkIn.id) || typeof checkIn.submittedAt !== 'string' || !ISO.test(checkIn.submittedAt)) {
    throw new Error(`not a stored check-in: ${body.slice(0, 300)}`);
  }
  return { ...value, checkIn: { ...checkIn, id: '(new id)', submittedAt: '(now)' } };
}

/** The scenarios that need no seed of their own; survey and coverage are built by run.ts once seeded. */
export const scenarios: Scenario[] = [
  {
    key: 'list',
    name: 'list units (authenticated GET)',
    request: (t) => ({ method: 'GET', path: '/api/v1/units', headers: { cookie: t.admin.cookie } }),
    async check(tend, baseline) {
      const both = await sendBoth(this, tend, baseline);
      if (both.tend.status !== 200 || both.baseline.status !== 200 || !isDeepStrictEqual(JSON.parse(both.tend.body), JSON.parse(both.baseline.body))) {
        throw new Error(`Tend and the baseline answer the unit list differently:\n${[both.tend, both.baseline].map((a) => `${a.status} ${a.body.slice(0, 300)}`).join('\n')}`);
      }
      return `the same unit list; statements: ${both.statements}`;
    },
  },
  // runs after the list, whose rows it adds to. Top-level services: with a parentId, createUnit
  // reads every unit of the organisation, so the faster server would slow itself down more.
  {
    key: 'create',
    name: 'create unit (authenticated POST with CSRF)',
    request: (t) => ({ method: 'POST', path: '/api/v1/units', headers: json(t.admin), body: JSON.stringify({ name: 'Bench service {n}', kind: 'service' }) }),
    async check(tend, baseline) {
      const both = await sendBoth(this, tend, baseline);
      for (const [name, res] of [['Tend', both.tend], ['baseline', both.baseline]] as const) {
        if (res.status !== 201 || !/^\{"id":"[0-9a-f-]{36}"\}$/.test(res.body)) throw new Error(`${name} create answered ${res.status} ${res.body}`);
      }
      // the two new units, as Tend's own list shows them, must be alike but for their ids and the
      // request number in their names ({n})
      const created = [both.tend, both.baseline].map((res) => (JSON.parse(res.body) as { id: string }).id);
      const list = await sendOnce(tend.port, { method: 'GET', path: '/api/v1/units', headers: { cookie: tend.admin.cookie } });
      const units = (JSON.parse(list.body) as { units: { id: string }[] }).units;
      const [fromTend, fromBaseline] = created.map((id) => {
        const unit = units.find((u) => u.id === id);
        if (!unit) throw new Error(`the unit ${id} created in the check is not in Tend's list`);
        return { ...unit, id: '(new id)', name: (unit as { name?: string }).name?.replace(/\d+$/, '{n}') };
      });
      if (!isDeepStrictEqual(fromTend, fromBaseline)) throw new Error(`Tend and the baseline created different units: ${JSON.stringify([fromTend, fromBaseline])}`);
      return `both create the same unit; statements: ${both.statements}`;
    },
  },
  {
    key: 'checkin',
    name: 'submit a check-in (50 workers, authenticated POST with CSRF)',
    request: (t, connection) => ({ method: 'POST', path: '/api/v1/me/wellbeing/check-ins', headers: json(t.workers[connection]!), body: checkInBody(connection) }),
    async check(tend, baseline) {
      let supported = 0;
      const statements = new Set<string>();
      for (let c = 0; c < tend.workers.length; c++) {
        const both = await sendBoth(this, tend, baseline, c);
        if (both.tend.status !== 201 || both.baseline.status !== 201 || !isDeepStrictEqual(comparable(both.tend.body), comparable(both.baseline.body))) {
          throw new Error(`Tend and the baseline answer check-in ${c} differently:\n${[both.tend, both.baseline].map((a) => `${a.status} ${a.body.slice(0, 400)}`).join('\n')}`);
        }
        if ((JSON.parse(both.tend.body) as { supportSuggested: unknown }).supportSuggested !== null) supported++;
        statements.add(both.statements);
      }
      const counts = [...statements].sort().join(' or ');
      return `the same answers for all ${tend.workers.length} workers (scores; ${supported} with support contacts); statements: ${counts}`;
    },
  },
];
