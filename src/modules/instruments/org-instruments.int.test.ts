import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalInstrumentPack } from '../../content/pack-fixtures.js';
import { installPack } from '../../content/pack-store.js';
import type { Database } from '../../platform/db/client.js';
import { buildOrg, buildPerson, buildTestApp, type Client, countRows, signIn } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { loadInstrumentPack } from './test-packs.js';

/**
 * An organisation's own instruments: an imported PHQ-9 (LHNCBC lforms test data) lands as a draft
 * its admins alone see; previewed, its self-harm item marked, published to its own workers only.
 */

const phq9 = JSON.parse(readFileSync(new URL('./fhir/test-data/lforms-R4-phq9.questionnaire.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const SELF_HARM = '44260-8';
type Detail = { id: string; instrumentId: string; version: string; status: string; safetyItems: Array<{ itemId: string; supportAtOrAbove: number }>; notes: string[]; instrument: { items: Array<{ id: string }> }; formTotals: Array<{ linkId: string }> };
type Problem = { errors?: Array<{ field: string; problem: string }>; notes?: string[] };

let database: Database;
let orgId: string;
let admin: Client;
let worker: Client;
let supervisor: Client;
let foreignAdmin: Client;
let foreignWorker: Client;
let draft: Detail;

async function json<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
const offered = async (client: Client) => (await json<{ instruments: Array<{ id: string }> }>(await client.request('GET', '/api/v1/me/wellbeing/instruments'), 200)).instruments.map((i) => i.id);
const allAnswered = (value: number) => Object.fromEntries(draft.instrument.items.map((i) => [i.id, value]));

beforeAll(async () => {
  database = await createTestDatabase();
  await installPack(database.db, await loadInstrumentPack('sts-self-check'));
  const app = buildTestApp(database).app;
  orgId = await buildOrg(database, 'Harbour Care');
  const elsewhere = await buildOrg(database, 'Elsewhere Trust');
  const people = {
    admin: await buildPerson(database, orgId, { name: 'Ada Admin', roles: ['org_admin'] }),
    worker: await buildPerson(database, orgId, { name: 'Wren Worker' }),
    supervisor: await buildPerson(database, orgId, { name: 'Sky Supervisor', roles: ['supervisor'] }),
    foreignAdmin: await buildPerson(database, elsewhere, { name: 'Fay Foreign', roles: ['org_admin'] }),
    foreignWorker: await buildPerson(database, elsewhere, { name: 'Fox Foreign' }),
  };
  admin = await signIn(app, people.admin.email);
  worker = await signIn(app, people.worker.email);
  supervisor = await signIn(app, people.supervisor.email);
  foreignAdmin = await signIn(app, people.foreignAdmin.email);
  foreignWorker = await signIn(app, people.foreignWorker.email);
  await json(await admin.request('POST', '/api/v1/support-contacts', { kind: 'crisis', name: 'Night line', phone: '0800 555 0199' }), 201);
});
afterAll(() => database.close());

describe("an organisation's own instrument", () => {
  it('imports as a draft, with what it left out in its notes', async () => {
    draft = await json<Detail>(await admin.request('POST', '/api/v1/org-instruments', { questionnaire: phq9, instrumentId: 'harbour.phq-9' }), 201);
    expect(draft).toMatchObject({ instrumentId: 'harbour.phq-9', version: '1.0.0', status: 'draft', safetyItems: [] });
    expect(draft.instrument.items).toHaveLength(9);
    expect(draft.formTotals.map((t) => t.linkId)).toEqual(['/44261-6']);
    expect(draft.notes.some((n) => n.includes('/69722-7'))).toBe(true);
  });

  it('is invisible as a draft: not offered to its workers, unknown to a check-in', async () => {
    expect(await offered(worker)).toEqual(['tend.sts-self-check']);
    const refused = await json<Problem>(await worker.request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'harbour.phq-9', answers: {} }), 400);
    expect(refused.errors?.map((e) => e.field)).toEqual(['instrumentId']);
  });

  it('is reached by its own organisation’s admins only', async () => {
    for (const [path, method, body] of [
      [`/api/v1/org-instruments/${draft.id}`, 'GET', undefined],
      [`/api/v1/org-instruments/${draft.id}/preview`, 'POST', { answers: {} }],
      [`/api/v1/org-instruments/${draft.id}/safety-items`, 'PUT', { marks: {} }],
      [`/api/v1/org-instruments/${draft.id}/publish`, 'POST', undefined],
      [`/api/v1/org-instruments/${draft.id}`, 'DELETE', undefined],
    ] as const) {
      expect((await foreignAdmin.request(method, path, body)).status, `${method} ${path} by another organisation's admin`).toBe(404);
      expect((await worker.request(method, path, body)).status, `${method} ${path} by a worker`).toBe(403);
      expect((await supervisor.request(method, path, body)).status, `${method} ${path} by a supervisor`).toBe(403);
    }
    expect((await json<{ instruments: unknown[] }>(await foreignAdmin.request('GET', '/api/v1/org-instruments'), 200)).instruments).toEqual([]);
    expect((await json<{ instruments: Array<{ id: string }> }>(await admin.request('GET', '/api/v1/org-instruments'), 200)).instruments.map((i) => i.id)).toEqual([draft.id]);
  });

  it('previews: Tend’s score beside the form’s own expression, and the safety items the answers would call', async () => {
    const preview = await json<{ scores: Array<{ score: number | null }>; formTotals: Array<{ linkId: string; value: number | null }>; safetyItemsCalling: string[] }>(
      await admin.request('POST', `/api/v1/org-instruments/${draft.id}/preview`, { answers: allAnswered(2) }),
      200,
    );
    expect(preview.scores.map((s) => s.score)).toEqual([18]);
    expect(preview.formTotals).toEqual([expect.objectContaining({ linkId: '/44261-6', value: 18 })]);
    expect(preview.safetyItemsCalling).toEqual([]);
    // the form counts an unanswered question as 0 once any is answered, and so does Tend (missing: zero)
    const skipped = await json<{ scores: Array<{ score: number | null; answered: number }>; formTotals: Array<{ value: number | null }> }>(
      await admin.request('POST', `/api/v1/org-instruments/${draft.id}/preview`, { answers: { ...allAnswered(2), [SELF_HARM]: null } }),
      200,
    );
    expect(skipped.scores).toEqual([expect.objectContaining({ score: 16, answered: 8 })]);
    expect(skipped.formTotals.map((t) => t.value)).toEqual([16]);
    const bad = await json<Problem>(await admin.request('POST', `/api/v1/org-instruments/${draft.id}/preview`, { answers: { [SELF_HARM]: 7 } }), 400);
    expect(bad.errors?.map((e) => e.field)).toEqual([`answers.${SELF_HARM}`]);
  });

  it('takes safety marks on its items and options only, naming the field', async () => {
    const bad = await json<Problem>(await admin.request('PUT', `/api/v1/org-instruments/${draft.id}/safety-items`, { marks: { [SELF_HARM]: 9, nope: 1 } }), 400);
    expect(bad.errors?.map((e) => e.field).sort()).toEqual([`marks.${SELF_HARM}`, 'marks.nope']);
    const marked = await json<Detail>(await admin.request('PUT', `/api/v1/org-instruments/${draft.id}/safety-items`, { marks: { [SELF_HARM]: 1 } }), 200);
    expect(marked.safetyItems).toEqual([{ itemId: SELF_HARM, supportAtOrAbove: 1 }]);
  });

  it('published, is offered to its own workers, whose self-harm answer brings support first; never to another organisation', async () => {
    expect((await json<Detail>(await admin.request('POST', `/api/v1/org-instruments/${draft.id}/publish`), 200)).status).toBe('published');
    expect(await offered(worker)).toEqual(['harbour.phq-9', 'tend.sts-self-check']);
    // the scoring page's rules: the form's own rule for a skipped question, cited as the form's; Tend's own said as such
    type Rules = { id: string; missing: string; minAnswered: number; missingRuleFrom: string | null; items: string[]; reversedItems: string[] };
    const listed = await json<{ instruments: Array<{ id: string; scales: Rules[] }> }>(await worker.request('GET', '/api/v1/me/wellbeing/instruments'), 200);
    const [phqTotal] = listed.instruments.find((i) => i.id === 'harbour.phq-9')!.scales;
    expect(phqTotal).toMatchObject({ missing: 'zero', minAnswered: 1, reversedItems: [], missingRuleFrom: expect.stringMatching(/PHQ-9.*, its own calculated total$/) });
    expect(phqTotal!.items).toHaveLength(9);
    const [selfCheck] = listed.instruments.find((i) => i.id === 'tend.sts-self-check')!.scales;
    expect(selfCheck).toMatchObject({ missing: 'prorate', minAnswered: 7, missingRuleFrom: null });
    const result = await json<{ checkIn: { scores: Array<{ score: number | null }> }; supportSuggested: { reason: string; supportContacts: Array<{ name: string }> } | null }>(
      await worker.request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'harbour.phq-9', answers: { [SELF_HARM]: 1 } }),
      201,
    );
    expect(result.supportSuggested).toMatchObject({ reason: 'answer', supportContacts: [{ name: 'Night line' }] });
    expect(await offered(foreignWorker)).toEqual(['tend.sts-self-check']);
    expect((await foreignWorker.request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'harbour.phq-9', answers: {} })).status).toBe(400);
    expect((await foreignWorker.request('GET', '/api/v1/instruments/harbour.phq-9/questionnaire.json')).status).toBe(404);
    expect((await worker.request('GET', '/api/v1/instruments/harbour.phq-9/questionnaire.json')).status).toBe(200);
  });

  it("keeps its meaning for its organisation when a pack installed later takes its id; other organisations get the installed one", async () => {
    await installPack(database.db, { ...minimalInstrumentPack(), id: 'harbour.phq-9' });
    const items = async (client: Client) =>
      (await json<{ instruments: Array<{ id: string; items: unknown[] }> }>(await client.request('GET', '/api/v1/me/wellbeing/instruments'), 200)).instruments.find((i) => i.id === 'harbour.phq-9')?.items.length;
    expect(await items(worker)).toBe(9);
    expect(await items(foreignWorker)).toBe(minimalInstrumentPack().body.items.length);
    const mine = await json<{ checkIn: { instrumentVersion: string; scores: Array<{ itemCount: number }> } }>(
      await worker.request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'harbour.phq-9', answers: {} }),
      201,
    );
    expect(mine.checkIn.scores[0]?.itemCount).toBe(9);
  });

  it('never changes once published: marks and deletion refused; withdrawn, it is offered to nobody and old check-ins keep their scores', async () => {
    expect((await admin.request('PUT', `/api/v1/org-instruments/${draft.id}/safety-items`, { marks: {} })).status).toBe(409);
    expect((await admin.request('DELETE', `/api/v1/org-instruments/${draft.id}`)).status).toBe(409);
    expect((await json<Detail>(await admin.request('POST', `/api/v1/org-instruments/${draft.id}/withdraw`), 200)).status).toBe('withdrawn');
    expect(await offered(worker)).toEqual(['tend.sts-self-check']);
    const history = await json<{ checkIns: Array<{ instrumentId: string; scores: unknown[] }> }>(await worker.request('GET', '/api/v1/me/wellbeing/check-ins'), 200);
    expect(history.checkIns.find((c) => c.instrumentId === 'harbour.phq-9')?.scores).toHaveLength(1);
  });

  it('refuses an installed instrument’s id and a version already imported, naming the field, storing nothing', async () => {
    const before = await countRows(database, 'org_instruments', orgId);
    const taken = await json<Problem>(await admin.request('POST', '/api/v1/org-instruments', { questionnaire: phq9, instrumentId: 'tend.sts-self-check' }), 400);
    expect(taken.errors?.map((e) => e.field)).toEqual(['instrumentId']);
    const again = await json<Problem>(await admin.request('POST', '/api/v1/org-instruments', { questionnaire: phq9, instrumentId: 'harbour.phq-9' }), 409);
    expect(again.errors?.map((e) => e.field)).toEqual(['version']);
    const badVersion = await json<Problem>(await admin.request('POST', '/api/v1/org-instruments', { questionnaire: phq9, version: 'two' }), 400);
    expect(badVersion.errors?.map((e) => e.field)).toEqual(['version']);
    expect(await countRows(database, 'org_instruments', orgId)).toBe(before);
  });

  it('refuses a form with nothing to score, giving its notes with the refusal', async () => {
    const unscored = {
      resourceType: 'Questionnaire',
      status: 'active',
      title: 'Free text only',
      item: [{ linkId: 'q1', type: 'string', text: 'Anything to add?', extension: [{ url: 'http://example.org/fhir/StructureDefinition/hint', valueString: 'short' }] }],
    };
    const refused = await json<Problem>(await admin.request('POST', '/api/v1/org-instruments', { questionnaire: unscored }), 400);
    expect(refused.errors).toMatchObject([{ field: 'questionnaire', problem: expect.stringMatching(/^no item can be scored: item\[0\] \(linkId "q1", type "string"\)/) }]);
    expect(refused.notes).toContain('not carried: http://example.org/fhir/StructureDefinition/hint at item[0].extension[0]');
  });

  it('deletes a draft, and records every step in the audit log', async () => {
    const second = await json<Detail>(await admin.request('POST', '/api/v1/org-instruments', { questionnaire: phq9, instrumentId: 'harbour.phq-9', version: '1.1.0' }), 201);
    expect((await admin.request('DELETE', `/api/v1/org-instruments/${second.id}`)).status).toBe(204);
    expect((await admin.request('GET', `/api/v1/org-instruments/${second.id}`)).status).toBe(404);
    const types = await database.db.execute(sql`SELECT type FROM audit_events WHERE org_id = ${orgId} AND type LIKE 'instrument.%' ORDER BY at, id`);
    expect(types.rows.map((r) => r.type)).toEqual(['instrument.imported', 'instrument.safety-marked', 'instrument.published', 'instrument.withdrawn', 'instrument.imported', 'instrument.draft-deleted']);
  });
});
