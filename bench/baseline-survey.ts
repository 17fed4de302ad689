// The baseline's POST /api/v1/assessments/cycles/{id}/survey (answer a staff survey) with the least
// SQL that gives Tend's answer: after the session lookup, ONE statement per valid answer. It
// share-locks the cycle row (as Tend's answerSurvey does, decision 006), finds the person among
// the survey's frozen respondents with their frozen unit, checks the cycle is open today, and
// writes the participant row and the response (two rows) only then, returning what it found so
// the answer (201, 404 or 409) is Tend's.
// Two things are read once and kept: which pack (id and version) a cycle asks (never changed after
// a cycle is opened: nothing updates those columns) and that pack version's survey shape (an
// installed pack never changes under its id and version). The rules are Tend's own pure
// functions (surveyAnswerProblems, normaliseAnswers, acceptsAnswers' dates, todayIn).
// Not copied: Tend freezes a cycle at its first use when it has no snapshot (cycles written
// straight to the table before snapshots existed); the baseline expects the snapshot openCycle
// takes, as every cycle of the bench has.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { MAX_COMMENT_LENGTH, normaliseAnswers, surveyAnswerProblems, type TSurveyAnswers, type TSurveyShape, ZSurveyShape } from '../src/modules/assessments/survey-model.js';
import { todayIn } from '../src/platform/time/day.js';
import { type Actor, HttpError } from './baseline-shared.js';

export const SURVEY_PATH = /^\/api\/v1\/assessments\/cycles\/([^/]+)\/survey$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const CYCLE_PACK_SQL = `select pack_id, pack_version from assessment_cycles where org_id = $1 and id = $2 and mode = 'staff-survey'`;
const PACK_BODY_SQL = 'select body from content_packs where id = $1 and version = $2';
// $4: today in the organisation's time zone. Data-modifying CTEs run whether or not they are read,
// and each insert only has a row to insert when the step before found one.
const ANSWER_SQL = `with cycle as (
  select status, opens_on, closes_on from assessment_cycles where org_id = $1 and id = $2 and mode = 'staff-survey' for share),
asked as (
  select e.unit_id from assessment_survey_eligible e where e.org_id = $1 and e.cycle_id = $2 and e.person_id = $3 and exists (select 1 from cycle)),
open as (
  select 1 from cycle, asked where cycle.status = 'open' and cycle.opens_on <= $4::date and $4::date <= cycle.closes_on),
joined as (
  insert into assessment_survey_participants (org_id, cycle_id, person_id) select $1, $2, $3 from open
  on conflict do nothing returning 1),
stored as (
  insert into assessment_survey_responses (org_id, id, cycle_id, unit_id, answers, comments)
  select $1, $5, $2, (select unit_id from asked), $6, $7 from joined returning 1)
select exists (select 1 from asked), exists (select 1 from open), exists (select 1 from stored)`;
// when the answers have problems, Tend still says 404 or 409 first: who is asked, and whether it is open
const STATE_SQL = `select exists (select 1 from assessment_survey_eligible e where e.org_id = $1 and e.cycle_id = c.id and e.person_id = $3),
  c.status = 'open' and c.opens_on <= $4::date and $4::date <= c.closes_on
  from assessment_cycles c where c.org_id = $1 and c.id = $2 and c.mode = 'staff-survey'`;

/** ZSurveyAnswers: answers criterion → whole number, comments section → text of ≤ 4000; both default {}; other keys dropped. */
function parseAnswers(text: string): TSurveyAnswers {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'validation');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'validation');
  const { answers = {}, comments = {} } = body as Record<string, unknown>;
  const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isRecord(answers) || !isRecord(comments)) throw new HttpError(400, 'validation');
  for (const v of Object.values(answers)) if (!Number.isInteger(v)) throw new HttpError(400, 'validation');
  for (const v of Object.values(comments)) if (typeof v !== 'string' || v.length > MAX_COMMENT_LENGTH) throw new HttpError(400, 'validation');
  return { answers: answers as Record<string, number>, comments: comments as Record<string, string> };
}

/** The survey shape a cycle asks, read once per cycle and pack version; undefined: no staff survey of that id. */
const cyclePacks = new Map<string, Promise<{ packId: string; packVersion: string } | undefined>>();
// the column holds the whole pack, as installed; the survey reads its body
const shapes = new Map<string, Promise<TSurveyShape | undefined>>();
async function shapeOfCycle(pool: pg.Pool, orgId: string, cycleId: string): Promise<TSurveyShape | undefined> {
  const key = `${orgId}/${cycleId}`;
  let pack = cyclePacks.get(key);
  if (!pack) {
    pack = pool.query<[string, string]>({ text: CYCLE_PACK_SQL, values: [orgId, cycleId], rowMode: 'array' }).then((r) => {
      const row = r.rows[0];
      // a cycle not found may be opened later: only a found one is kept
      if (!row) cyclePacks.delete(key);
      return row ? { packId: row[0], packVersion: row[1] } : undefined;
    });
    cyclePacks.set(key, pack);
  }
  const found = await pack;
  if (!found) return undefined;
  const packKey = `${found.packId}@${found.packVersion}`;
  let shape = shapes.get(packKey);
  if (!shape) {
    shape = pool
      .query<[unknown]>({ text: PACK_BODY_SQL, values: [found.packId, found.packVersion], rowMode: 'array' })
      .then((r) => (r.rows[0] ? ZSurveyShape.parse((r.rows[0][0] as { body: unknown }).body) : undefined));
    shapes.set(packKey, shape);
  }
  return shape;
}

/** Answers the survey for the actor: Tend's 201 answer, or the HttpError Tend's status would be. */
export async function answerSurvey(pool: pg.Pool, actor: Actor, cycleId: string, text: string): Promise<{ answered: true }> {
  // ZIdParam, then the body, as the route validates them before the handler
  if (!UUID.test(cycleId)) throw new HttpError(400, 'validation');
  const input = parseAnswers(text);
  const shape = await shapeOfCycle(pool, actor.orgId, cycleId);
  if (!shape) throw new HttpError(404, 'not-found');
  const today = todayIn(actor.timeZone);
  if (surveyAnswerProblems(shape, input).length > 0) {
    const state = await pool.query<[boolean, boolean]>({ text: STATE_SQL, values: [actor.orgId, cycleId, actor.personId, today], rowMode: 'array' });
    const [asked, open] = state.rows[0] ?? [false, false];
    if (!asked) throw new HttpError(404, 'not-found');
    if (!open) throw new HttpError(409, 'conflict');
    throw new HttpError(400, 'validation');
  }
  const { answers, comments } = normaliseAnswers(shape, input);
  const values = [actor.orgId, cycleId, actor.personId, today, randomUUID(), JSON.stringify(answers), JSON.stringify(comments)];
  const result = await pool.query<[boolean, boolean, boolean]>({ text: ANSWER_SQL, values, rowMode: 'array' });
  const [asked, open, stored] = result.rows[0]!;
  if (!asked) throw new HttpError(404, 'not-found');
  // not open, or answered before: Tend's two 409s
  if (!open || !stored) throw new HttpError(409, 'conflict');
  return { answered: true };
}
