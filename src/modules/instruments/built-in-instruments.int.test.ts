import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installBuiltInPacks } from '../../content/built-in-packs.js';
import type { Database } from '../../platform/db/client.js';
import { buildOrg, buildPerson, buildTestApp, signIn } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { expectJson } from '../wellbeing/test-world.js';

/** The instruments Tend ships: the reflective ones are offered and score; licensed ones wait for the organisation's texts. */

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await installBuiltInPacks(database);
});
afterAll(() => database.close());

describe('built-in instruments', () => {
  it('offers every built-in instrument whose texts ship, none whose texts are licensed, and scores a check-in with each', async () => {
    const app = buildTestApp(database).app;
    const orgId = await buildOrg(database);
    const worker = await signIn(app, (await buildPerson(database, orgId)).email);
    const { instruments } = await expectJson<{ instruments: Array<{ id: string; licensed: boolean; items: Array<{ id: string; answerSet: string }>; answerSets: Array<{ id: string; options: Array<{ value: number }> }> }> }>(
      await worker.request('GET', '/api/v1/me/wellbeing/instruments'),
      200,
    );
    const ids = instruments.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['tend.sts-self-check', 'tend.protective-beliefs', 'tend.seven-targets']));
    expect(ids).not.toContain('proqol-5');
    expect(ids).not.toContain('stss');
    for (const instrument of instruments) {
      const lowest = new Map(instrument.answerSets.map((s) => [s.id, Math.min(...s.options.map((o) => o.value))]));
      const answers = Object.fromEntries(instrument.items.map((item) => [item.id, lowest.get(item.answerSet)!]));
      const { checkIn } = await expectJson<{ checkIn: { scores: Array<{ score: number | null }> } }>(await worker.request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: instrument.id, answers }), 201);
      expect(checkIn.scores.every((s) => s.score !== null)).toBe(true);
    }
  });
});
