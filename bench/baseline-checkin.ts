// The baseline's POST /api/v1/me/wellbeing/check-ins with the least SQL that gives Tend's answer:
// ONE statement per check-in (after the session lookup). It inserts the row with the person's
// unit read in the same statement, returns what was stored and, when a band suggests support,
// the organisation's support contacts as JSON in the same round trip. The instrument pack is
// read once per instrument and kept: an installed pack never changes under its id and version,
// and only `tend migrate` installs one, which the bench does not run while it measures.
// The scores come from the same pure engine Tend uses (scoreResponse of src/modules/instruments),
// and run.ts checks once per run that both servers give the same answers.
import type pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { compareVersions, type TInstrumentPack } from '../src/content/pack-schema.js';
import { scoreResponse } from '../src/modules/instruments/score-instrument.js';
import { type Actor, HttpError } from './baseline-shared.js';

const PACK_SQL = 'select version, body from content_packs where id = $1';
// $8: whether the support contacts are wanted (a band suggests support); the unit is the
// person's now, as Tend's findPerson reads it
const CHECK_IN_SQL = `with stored as (
  insert into wellbeing_check_ins (org_id, id, person_id, instrument_id, instrument_version, answers, unit_id, submitted_on)
  values ($1, $2, $3, $4, $5, $6, (select unit_id from people where org_id = $1 and id = $3), $7)
  returning answers, submitted_on, submitted_at)
select stored.answers, stored.submitted_on, stored.submitted_at,
  case when $8::boolean then (
    select coalesce(json_agg(json_build_object('id', id, 'kind', kind, 'name', name, 'description', description, 'phone', phone,
      'url', url, 'hours', hours, 'sortOrder', sort_order) order by sort_order, name, id), '[]'::json)
    from support_contacts where org_id = $1) end
from stored`;

type Answers = Record<string, number | null>;
type CheckInRow = [Answers, string, Date, unknown[] | null];

/** The checks of ZCheckInInput: instrumentId of 1–200 characters, answers item id (≤ 100) → number or null. */
function parseInput(text: string): { instrumentId: string; answers: Answers } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'validation');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'validation');
  const { instrumentId, answers } = body as Record<string, unknown>;
  if (typeof instrumentId !== 'string' || instrumentId.length < 1 || instrumentId.length > 200) throw new HttpError(400, 'validation');
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) throw new HttpError(400, 'validation');
  for (const [itemId, value] of Object.entries(answers)) {
    if (itemId.length > 100 || (value !== null && typeof value !== 'number')) throw new HttpError(400, 'validation');
  }
  return { instrumentId, answers: answers as Answers };
}

/** The latest installed version of a pack, when it is an instrument usable as shipped; read once per id. */
const instruments = new Map<string, Promise<TInstrumentPack | undefined>>();
function findInstrument(pool: pg.Pool, id: string): Promise<TInstrumentPack | undefined> {
  let found = instruments.get(id);
  if (!found) {
    found = pool.query<[string, TInstrumentPack]>({ text: PACK_SQL, values: [id], rowMode: 'array' }).then((result) => {
      const latest = result.rows.sort(([a], [b]) => compareVersions(a, b)).at(-1)?.[1];
      if (latest?.kind !== 'instrument') return undefined;
      // a licensed measure needs the organisation's imported texts: the bench posts Tend's own
      // self-check only, so the baseline treats such a measure as unavailable
      if (latest.body.licence !== null && !latest.body.licence.textsIncluded) return undefined;
      return latest;
    });
    instruments.set(id, found);
  }
  return found;
}

/** answerProblems + completeAnswers: every answer to an item of the pack, with a value of its answer set. */
function completeAnswers(pack: TInstrumentPack, answers: Answers): Answers {
  const sets = new Map(pack.body.answerSets.map((s) => [s.id, s.options.map((o) => o.value)]));
  const items = new Map(pack.body.items.map((i) => [i.id, sets.get(i.answerSet) ?? []]));
  for (const [itemId, value] of Object.entries(answers)) {
    const allowed = items.get(itemId);
    if (!allowed || (value !== null && !allowed.includes(value))) throw new HttpError(400, 'validation');
  }
  return Object.fromEntries(pack.body.items.map((item) => [item.id, answers[item.id] ?? null]));
}

/** scoreCheckIn: the engine's scores with each scale's name, in the pack's order. */
function scoresOf(pack: TInstrumentPack, answers: Answers) {
  const names = new Map(pack.body.scales.map((s) => [s.id, s.name]));
  return scoreResponse(pack, answers).map((s) => ({
    scaleId: s.id,
    name: names.get(s.id) ?? {},
    model: s.model,
    score: s.score,
    answered: s.answered,
    itemCount: s.itemCount,
    band: s.band,
  }));
}

/** Checks in for the actor; the answer Tend gives (201). */
export async function submitCheckIn(pool: pg.Pool, actor: Actor, text: string) {
  const { instrumentId, answers } = parseInput(text);
  const instrument = await findInstrument(pool, instrumentId);
  if (!instrument) throw new HttpError(400, 'validation');
  const complete = completeAnswers(instrument, answers);
  const scores = scoresOf(instrument, complete);
  const support = scores.some((s) => s.band?.suggestSupport === true);
  const id = uuidv7();
  const values = [actor.orgId, id, actor.personId, instrumentId, instrument.version, JSON.stringify(complete), new Date().toISOString().slice(0, 10), support];
  const result = await pool.query<CheckInRow>({ text: CHECK_IN_SQL, values, rowMode: 'array' });
  const [storedAnswers, submittedOn, submittedAt, contacts] = result.rows[0]!;
  const checkIn = {
    id,
    instrumentId,
    instrumentVersion: instrument.version,
    submittedOn,
    submittedAt: submittedAt.toISOString(),
    answers: storedAnswers,
    // the stored answers are the ones just scored: jsonb keeps the values, only the key order may differ
    scores,
    // a check-in answered here, never one brought in from another app
    origin: 'tend',
    importedAt: null,
  };
  return { checkIn, supportSuggested: support ? { supportContacts: contacts ?? [] } : null };
}
