// The baseline's POST /api/v1/me/wellbeing/check-ins: the statements Tend's route sends, in its
// order and without a transaction (it has none): the instrument pack (its versions, then the
// latest one's body), the person (for their unit), the insert, the pack again at the stored
// version (withScores re-reads it to score), and the support contacts when a band suggests
// support. SQL texts copied from what drizzle generates for pack-store.ts, people-store.ts,
// check-in-store.ts and support-store.ts; run.ts checks them against Tend's for every request.
// The scores come from the same pure engine Tend uses (scoreResponse of src/modules/instruments).
import type pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { compareVersions, type TInstrumentPack } from '../src/content/pack-schema.js';
import { scoreResponse } from '../src/modules/instruments/score-instrument.js';
import { type Actor, HttpError } from './baseline-shared.js';

const PACK_VERSIONS_SQL = 'select "version" from "content_packs" where "content_packs"."id" = $1';
const PACK_SQL = 'select "body", "checksum", "installed_at" from "content_packs" where ("content_packs"."id" = $1 and "content_packs"."version" = $2)';
const PERSON_SQL =
  'select "people"."id", "people"."org_id", "people"."name", "people"."email", "people"."job_title", "people"."unit_id", "units"."name", "people"."manager_id", "managers"."name", "people"."kind", "people"."start_date", "people"."end_date", "accounts"."id", "accounts"."roles", "accounts"."disabled", "accounts"."password_hash" IS NOT NULL from "people" left join "units" on ("units"."org_id" = "people"."org_id" and "units"."id" = "people"."unit_id") left join "people" "managers" on ("managers"."org_id" = "people"."org_id" and "managers"."id" = "people"."manager_id") left join "accounts" on ("accounts"."org_id" = "people"."org_id" and "accounts"."person_id" = "people"."id") where ("people"."org_id" = $1 and "people"."id" = $2)';
const INSERT_CHECK_IN_SQL =
  'insert into "wellbeing_check_ins" ("org_id", "id", "person_id", "instrument_id", "instrument_version", "answers", "unit_id", "submitted_on", "submitted_at") values ($1, $2, $3, $4, $5, $6, $7, $8, default) returning "org_id", "id", "person_id", "instrument_id", "instrument_version", "answers", "unit_id", "submitted_on", "submitted_at"';
const SUPPORT_CONTACTS_SQL =
  'select "org_id", "id", "kind", "name", "description", "phone", "url", "hours", "sort_order", "created_at" from "support_contacts" where "support_contacts"."org_id" = $1 order by "support_contacts"."sort_order" asc, "support_contacts"."name" asc, "support_contacts"."id" asc';

type Answers = Record<string, number | null>;
type CheckInRow = [string, string, string, string, string, Answers, string | null, string, Date];
type ContactRow = [string, string, string, string, string | null, string | null, string | null, string | null, number, Date];

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

/** getPack + findInstrument: the given version or the latest; undefined unless an instrument usable as shipped. */
async function findInstrument(q: pg.Pool | pg.PoolClient, id: string, version?: string): Promise<TInstrumentPack | undefined> {
  let wanted = version;
  if (wanted === undefined) {
    const versions = await q.query<[string]>({ text: PACK_VERSIONS_SQL, values: [id], rowMode: 'array' });
    wanted = versions.rows.map(([v]) => v).sort(compareVersions).at(-1);
    if (wanted === undefined) return undefined;
  }
  const result = await q.query<[TInstrumentPack, string, Date]>({ text: PACK_SQL, values: [id, wanted], rowMode: 'array' });
  const pack = result.rows[0]?.[0];
  if (pack?.kind !== 'instrument') return undefined;
  // a licensed measure needs the organisation's imported texts (another query in Tend): the bench
  // posts Tend's own self-check only, so the baseline treats such a measure as unavailable
  if (pack.body.licence !== null && !pack.body.licence.textsIncluded) return undefined;
  return pack;
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
  const person = await pool.query<unknown[]>({ text: PERSON_SQL, values: [actor.orgId, actor.personId], rowMode: 'array' });
  const unitId = (person.rows[0]?.[5] as string | null | undefined) ?? null;
  const values = [actor.orgId, uuidv7(), actor.personId, instrumentId, instrument.version, JSON.stringify(complete), unitId, new Date().toISOString().slice(0, 10)];
  const inserted = await pool.query<CheckInRow>({ text: INSERT_CHECK_IN_SQL, values, rowMode: 'array' });
  const [, id, , storedInstrumentId, storedVersion, storedAnswers, , submittedOn, submittedAt] = inserted.rows[0]!;
  // withScores reads the pack of the stored version to score the stored answers
  const scoredWith = await findInstrument(pool, storedInstrumentId, storedVersion);
  const checkIn = {
    id,
    instrumentId: storedInstrumentId,
    instrumentVersion: storedVersion,
    submittedOn,
    submittedAt: submittedAt.toISOString(),
    answers: storedAnswers,
    scores: scoredWith ? scoresOf(scoredWith, storedAnswers) : [],
  };
  // Tend scores the submitted answers once more with the instrument it validated against
  const support = scoresOf(instrument, complete).some((s) => s.band?.suggestSupport === true);
  if (!support) return { checkIn, supportSuggested: null };
  const contacts = await pool.query<ContactRow>({ text: SUPPORT_CONTACTS_SQL, values: [actor.orgId], rowMode: 'array' });
  const supportContacts = contacts.rows.map(([, cid, kind, name, description, phone, url, hours, sortOrder]) => ({ id: cid, kind, name, description, phone, url, hours, sortOrder }));
  return { checkIn, supportSuggested: { supportContacts } };
}
