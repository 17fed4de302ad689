// The `survey` scenario: answering an anonymous staff survey asked of 1,000 people with accounts
// (POST /api/v1/assessments/cycles/{id}/survey). Each person answers a survey once, so no request
// is ever sent twice: every run (server × round) has staff surveys of its own, each asked of the
// same 1,000 respondents (frozen when opened), and connection c walks through its own slice of
// them (respondents c, c + 50, …: 20 people), survey after survey. The surveys of a run fill
// from 0 to 1,000 answers as it goes; an answer writes two rows whatever came before
// (decision 006), so where in that range it lands does not change its work.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { openCycle } from '../src/modules/assessments/use-cases/cycle-use-cases.js';
import { people } from '../src/modules/people/schema.js';
import type { Actor } from '../src/platform/access/policy.js';
import { hashPassword } from '../src/platform/auth/password-hash.js';
import { accountDirectory, accounts, sessions } from '../src/platform/auth/schema.js';
import { hashToken, newToken } from '../src/platform/auth/tokens.js';
import type { Database } from '../src/platform/db/client.js';
import { addDays, todayIn } from '../src/platform/time/day.js';
import { buildOrg, buildPerson, buildUnit, TEST_PASSWORD } from '../src/test-support/factories.js';
import { type LoadRequest, sendOnce } from './load.js';
import type { Scenario, Target } from './scenarios.js';
import type { Session } from './seed.js';
import { traceSql } from './sql-trace.js';

export const RESPONDENTS = 1000;
const PACK_ID = 'tend.sts-organisation';
const pack = JSON.parse(readFileSync(new URL('../src/content/packs/sts-organisation.json', import.meta.url), 'utf8')) as {
  body: { sections: { id: string; criteria: { id: string }[] }[] };
};

export interface SurveySetup {
  orgId: string;
  /** the respondents' account ids, in order (respondent i) */
  accountIds: string[];
  /** per server: the survey the check answers, and the surveys of each round */
  cycles: Record<Target['name'], { check: string; rounds: string[][] }>;
}

/**
 * An organisation of 4 services of 4 teams, its admin and 1,000 respondents with accounts (role
 * worker, a password set: what makes them respondents), written in bulk through the project's
 * tables (the rows createPerson and createAccount write), and the staff surveys opened by the
 * admin through openCycle (which freezes the 1,001 people with accounts as respondents).
 */
export async function seedSurvey(database: Database, rounds: number, surveysPerRun: number): Promise<SurveySetup> {
  const db = database.db;
  const orgId = await buildOrg(database, 'Survey Org');
  const teams: string[] = [];
  for (let s = 1; s <= 4; s++) {
    const service = await buildUnit(database, orgId, { name: `Survey service ${s}`, kind: 'service' });
    for (let t = 1; t <= 4; t++) teams.push(await buildUnit(database, orgId, { name: `Survey service ${s} team ${t}`, kind: 'team', parentId: service }));
  }
  const admin = await buildPerson(database, orgId, { name: 'Survey Admin', email: 'admin@survey.example.org', roles: ['org_admin'] });
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const accountIds: string[] = [];
  for (let from = 0; from < RESPONDENTS; from += 250) {
    const batch = Array.from({ length: Math.min(250, RESPONDENTS - from) }, (_, i) => {
      const n = from + i;
      return { n, personId: uuidv7(), accountId: uuidv7(), email: `respondent-${n}@survey.example.org` };
    });
    await db.insert(people).values(batch.map((p) => ({ orgId, id: p.personId, name: `Respondent ${p.n}`, email: p.email, kind: 'employee' as const, unitId: teams[p.n % teams.length]! })));
    await db.insert(accounts).values(batch.map((p) => ({ orgId, id: p.accountId, personId: p.personId, email: p.email, roles: ['worker'], passwordHash })));
    await db.insert(accountDirectory).values(batch.map((p) => ({ email: p.email, orgId, accountId: p.accountId })));
    accountIds.push(...batch.map((p) => p.accountId));
  }
  const actor: Actor = { orgId, accountId: admin.accountId!, personId: admin.personId, roles: ['org_admin'], email: admin.email, name: 'Survey Admin', locale: 'en', timeZone: 'UTC', tenantKind: 'organisation' };
  const today = todayIn('UTC');
  // open from two days ago to two weeks ahead: open today in any time zone
  const open = async (title: string) =>
    (await openCycle(db, actor, { packId: PACK_ID, title, unitId: null, mode: 'staff-survey', opensOn: addDays(today, -2), closesOn: addDays(today, 14), leadPersonId: null, contributorIds: [] })).id;
  const cycles = {} as SurveySetup['cycles'];
  for (const name of ['Tend', 'baseline'] as const) {
    const check = await open(`${name} check`);
    const perRound: string[][] = [];
    for (let r = 0; r < rounds; r++) {
      const list: string[] = [];
      for (let k = 0; k < surveysPerRun; k++) list.push(await open(`${name} round ${r + 1} survey ${k + 1}`));
      perRound.push(list);
    }
    cycles[name] = { check, rounds: perRound };
  }
  await db.execute(sql`analyze assessment_survey_eligible`);
  return { orgId, accountIds, cycles };
}

/** One session per respondent, each the rows Tend's sign-in writes (createSession), in bulk: the cookie and CSRF token it gives. */
export async function respondentSessions(database: Database, setup: SurveySetup): Promise<Session[]> {
  const made = setup.accountIds.map((accountId) => ({ accountId, token: newToken(), csrfToken: newToken() }));
  for (let from = 0; from < made.length; from += 500) {
    const rows = made.slice(from, from + 500).map((s) => ({ orgId: setup.orgId, tokenHash: hashToken(s.token), accountId: s.accountId, csrfToken: s.csrfToken }));
    await database.db.insert(sessions).values(rows);
  }
  return made.map((s) => ({ cookie: `tend_session=${setup.orgId}.${s.token}`, csrfToken: s.csrfToken }));
}

/**
 * What respondent `person` answers in the `survey`-th survey: every criterion rated (1–5, varying
 * by person and survey) but one in seven skipped; a comment with spaces to trim for one person in
 * three, a blank one (dropped) for another in three.
 */
export function surveyBody(person: number, survey: number): string {
  const answers: Record<string, number> = {};
  let k = 0;
  for (const section of pack.body.sections) {
    for (const c of section.criteria) if (++k % 7 !== (person + survey) % 7) answers[c.id] = 1 + ((person + survey + k) % 5);
  }
  const first = pack.body.sections[0]!.id;
  const comments = person % 3 === 0 ? { [first]: `  Bench comment ${person}  ` } : person % 3 === 1 ? { [first]: '   ' } : {};
  return JSON.stringify({ answers, comments });
}

const answer = (cycleId: string, session: Session, body: string): LoadRequest => ({
  method: 'POST',
  path: `/api/v1/assessments/cycles/${cycleId}/survey`,
  headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
  body,
});

const describe = (a: { status: number; body: string }) => `${a.status} ${a.body.slice(0, 300)}`;

export function surveyScenario(database: Database, setup: SurveySetup, connections: number): Scenario {
  return {
    key: 'survey',
    name: `answer a staff survey (${RESPONDENTS} respondents, authenticated POST with CSRF)`,
    // connection c: its respondents c, c + connections, … in each survey of the run in turn
    request: (target, connection, round) =>
      setup.cycles[target.name].rounds[round % setup.cycles[target.name].rounds.length]!.flatMap((cycleId, survey) => {
        const list: LoadRequest[] = [];
        for (let p = connection; p < RESPONDENTS; p += connections) list.push(answer(cycleId, target.respondents[p]!, surveyBody(p, survey)));
        return list;
      }),
    async check(tend, baseline) {
      const statements = new Set<string>();
      // one answer from each of the first `connections` respondents, to each server's check survey
      for (let p = 0; p < connections; p++) {
        const body = surveyBody(p, 0);
        let t: { status: number; body: string } | undefined;
        let b: typeof t;
        const tt = await traceSql(async () => (t = await sendOnce(tend.port, answer(setup.cycles.Tend.check, tend.respondents[p]!, body))));
        const bt = await traceSql(async () => (b = await sendOnce(baseline.port, answer(setup.cycles.baseline.check, baseline.respondents[p]!, body))));
        if (t!.status !== 201 || b!.status !== 201 || !isDeepStrictEqual(JSON.parse(t!.body), JSON.parse(b!.body))) {
          throw new Error(`Tend and the baseline answer survey answer ${p} differently:\n${describe(t!)}\n${describe(b!)}`);
        }
        statements.add(`Tend ${tt.length}, baseline ${bt.length}`);
      }
      // what was stored: the same responses (unit, answers, comments) and participants, two rows an answer
      const stored = async (cycleId: string) => {
        const responses = await database.db.execute(
          sql`select unit_id, answers, comments from assessment_survey_responses where org_id = ${setup.orgId} and cycle_id = ${cycleId}`,
        );
        const participants = await database.db.execute(sql`select count(*)::int as n from assessment_survey_participants where org_id = ${setup.orgId} and cycle_id = ${cycleId}`);
        return { responses: responses.rows.map((r) => JSON.stringify(r)).sort(), participants: (participants.rows[0] as { n: number }).n };
      };
      const [fromTend, fromBaseline] = [await stored(setup.cycles.Tend.check), await stored(setup.cycles.baseline.check)];
      if (fromTend.responses.length !== connections || fromTend.participants !== connections || !isDeepStrictEqual(fromTend, fromBaseline)) {
        throw new Error(`Tend and the baseline stored different survey answers: ${JSON.stringify([fromTend, fromBaseline]).slice(0, 600)}`);
      }
      // refusals: answering twice (409), a rating off the scale (400, before "answered"), no such survey (404)
      const offScale = JSON.stringify({ answers: { [pack.body.sections[0]!.criteria[0]!.id]: 9 } });
      const refusals: [string, number, (t: Target) => LoadRequest][] = [
        ['answering twice', 409, (t) => answer(setup.cycles[t.name].check, t.respondents[0]!, surveyBody(0, 0))],
        ['a rating off the scale', 400, (t) => answer(setup.cycles[t.name].check, t.respondents[1]!, offScale)],
        ['no such survey', 404, (t) => answer(uuidv7(), t.respondents[2]!, surveyBody(2, 0))],
      ];
      for (const [what, status, request] of refusals) {
        const [t, b] = [await sendOnce(tend.port, request(tend)), await sendOnce(baseline.port, request(baseline))];
        if (t.status !== status || b.status !== status) throw new Error(`${what}: expected ${status} from both:\n${describe(t)}\n${describe(b)}`);
      }
      return `the same answers and stored rows for ${connections} respondents, the same refusals (409 twice, 400 off the scale, 404 no survey); statements: ${[...statements].sort().join(' or ')} (the baseline reads a survey's pack once, at its first answer)`;
    },
  };
}
