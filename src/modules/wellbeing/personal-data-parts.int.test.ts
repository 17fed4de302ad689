import { z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../../platform/db/client.js';
import { policyActor } from '../../test-support/policy-cast.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import type { PersonalDataPart } from './personal-data-parts.js';
import { buildWorld, expectJson, type World } from './test-world.js';
import { eraseMySpace, exportMySpace, exportMySpaceAsPdf } from './use-cases/export.js';

/**
 * Other modules hand in what is a person's alone; "My data" exports and erases it with the space,
 * in the same transaction. A table of the test's own stands in for such a module.
 */

let database: Database;
let w: World;

const notes = (fail = false): PersonalDataPart => ({
  key: 'testNotes',
  title: { en: 'Test notes', es: 'Notas de prueba' },
  schema: z.object({ notes: z.array(z.string()) }),
  async exportFor(q: Queryable, orgId, personId) {
    const rows = (await q.execute(sql`SELECT body FROM test_notes WHERE org_id = ${orgId} AND person_id = ${personId} ORDER BY body`)).rows as Array<{ body: string }>;
    return { notes: rows.map((row) => row.body) };
  },
  async eraseFor(q: Queryable, orgId, personId) {
    const deleted = await q.execute(sql`DELETE FROM test_notes WHERE org_id = ${orgId} AND person_id = ${personId}`);
    if (fail) throw new Error('the part could not erase');
    return { notes: deleted.rowCount ?? 0 };
  },
});

const actorOf = (who: World['worker']) => ({ ...policyActor(who.personId, ['worker'], w.orgId), accountId: who.accountId ?? '', name: 'Someone' });
const notesOf = async (personId: string) => ((await database.db.execute(sql`SELECT count(*)::int AS n FROM test_notes WHERE person_id = ${personId}`)).rows[0] as { n: number }).n;
const checkInsOf = async (personId: string) => ((await database.db.execute(sql`SELECT count(*)::int AS n FROM wellbeing_check_ins WHERE person_id = ${personId}`)).rows[0] as { n: number }).n;

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildWorld(database);
  await database.db.execute(sql`CREATE TABLE test_notes (org_id uuid NOT NULL, person_id uuid NOT NULL, body text NOT NULL)`);
  for (const [who, body] of [[w.worker, 'mine a'], [w.worker, 'mine b'], [w.supervisor, 'not mine']] as const) {
    await database.db.execute(sql`INSERT INTO test_notes VALUES (${w.orgId}, ${who.personId}, ${body})`);
  }
  await expectJson(await w.as(w.worker).request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'test.weekly-check', answers: { 'w.a': 1 } }), 201);
});
afterAll(() => database.close());

describe("other parts of Tend in a person's export and erase", () => {
  it("exports each part's own rows of the person, under alsoYours, and nobody else's", async () => {
    const data = await exportMySpace(database.db, actorOf(w.worker), 'http://tend.test', [notes()]);
    expect(data.alsoYours).toEqual({ testNotes: { notes: ['mine a', 'mine b'] } });
  });

  it('puts each part in the readable PDF under its own heading', async () => {
    const pdf = await exportMySpaceAsPdf(database.db, actorOf(w.worker), 'http://tend.test', [notes()]);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // pdfkit writes text as hex glyph runs; the document's size grows with the part's lines
    const without = await exportMySpaceAsPdf(database.db, actorOf(w.worker), 'http://tend.test', []);
    expect(pdf.length).toBeGreaterThan(without.length);
  });

  it('erases the parts with the space, and when a part fails nothing at all is erased', async () => {
    await expect(eraseMySpace(database.db, actorOf(w.worker), [notes(true)])).rejects.toThrow('the part could not erase');
    expect(await notesOf(w.worker.personId)).toBe(2);
    expect(await checkInsOf(w.worker.personId)).toBe(1);

    const counts = await eraseMySpace(database.db, actorOf(w.worker), [notes()]);
    expect(counts.alsoYours).toEqual({ testNotes: { notes: 2 } });
    expect(await notesOf(w.worker.personId)).toBe(0);
    expect(await checkInsOf(w.worker.personId)).toBe(0);
    expect(await notesOf(w.supervisor.personId)).toBe(1);
  });
});
