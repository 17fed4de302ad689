import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../platform/auth/auth-store.js';
import type { Database } from '../../platform/db/client.js';
import { buildOrg, buildPerson, buildUnit } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { GRANTEE_LIMIT } from './grantee-routes.js';
import { buildWorld, expectJson, type Problem, type World } from './test-world.js';

/**
 * Choosing whom to share with: colleagues of the same organisation who can sign in and read what
 * is shared, found by name; names, job titles and teams only; never oneself, never anyone else's.
 */

type Grantee = Record<string, unknown> & { id: string; name: string };
let database: Database;
let w: World;

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildWorld(database);
  await database.db.execute(sql`UPDATE people SET job_title = 'Support worker' WHERE id = ${w.colleague.personId}`);
  // same organisation, but nobody who could read a share: no account, only invited, disabled
  await buildPerson(database, w.orgId, { name: 'Cleo NoAccount', roles: [] });
  const invited = await buildPerson(database, w.orgId, { name: 'Cleo Invited', roles: [] });
  await createAccount(database.db, { orgId: w.orgId, personId: invited.personId, email: invited.email, roles: ['worker'] });
  const disabled = await buildPerson(database, w.orgId, { name: 'Cleo Disabled' });
  await database.db.execute(sql`UPDATE accounts SET disabled = true WHERE id = ${disabled.accountId}`);
  // people of other organisations with matching names: the foreign user's and a third one's
  const theirUnit = await buildUnit(database, w.foreign.orgId, { name: 'Cal Team' });
  await buildPerson(database, w.foreign.orgId, { name: 'Cal Elsewhere', unitId: theirUnit });
  await buildPerson(database, await buildOrg(database, 'Third Trust'), { name: 'Cal Third' });
});
afterAll(() => database.close());

const search = async (who: World['worker'], q: string) =>
  (await expectJson<{ grantees: Grantee[] }>(await w.as(who).request('GET', `/api/v1/me/wellbeing/grantees?q=${encodeURIComponent(q)}`), 200)).grantees;

describe('finding a colleague to share with', () => {
  it('finds colleagues of my organisation by part of their name, with job title and team only', async () => {
    expect(await search(w.worker, 'cal')).toEqual([{ id: w.colleague.personId, name: 'Cal Colleague', jobTitle: 'Support worker', unitName: 'Willow Team' }]);
    expect(await search(w.worker, 'SKY SUP')).toEqual([{ id: w.supervisor.personId, name: 'Sky Supervisor', jobTitle: null, unitName: 'Willow Team' }]);
  });

  it('never an email or anything else: exactly id, name, job title and team', async () => {
    const response = await w.as(w.worker).request('GET', '/api/v1/me/wellbeing/grantees?q=e');
    expect(response.status).toBe(400);
    const text = await (await w.as(w.admin).request('GET', '/api/v1/me/wellbeing/grantees?q=er')).text();
    const { grantees } = JSON.parse(text) as { grantees: Grantee[] };
    expect(grantees.map((g) => g.name)).toEqual(['Sky Supervisor', 'Wren Worker']);
    for (const g of grantees) expect(Object.keys(g).sort()).toEqual(['id', 'jobTitle', 'name', 'unitName']);
    expect(text).not.toContain('@');
    expect(text).not.toMatch(/email|role|account/i);
  });

  it('never myself', async () => {
    expect(await search(w.worker, 'Wren')).toEqual([]);
    expect((await search(w.supervisor, 'Wren')).map((g) => g.name)).toEqual(['Wren Worker']);
  });

  it('only people who can sign in and read what is shared: no account, invited only, disabled, or a hub analyst are left out', async () => {
    expect(await search(w.worker, 'Cleo')).toEqual([]);
    expect(await search(w.worker, 'Hana')).toEqual([]);
  });

  it("another organisation's people never appear, whoever asks and whatever the search", async () => {
    expect((await search(w.worker, 'Cal')).map((g) => g.name)).toEqual(['Cal Colleague']);
    for (const q of ['Fox', 'Elsewhere', 'Foreign', 'Third']) expect(await search(w.worker, q)).toEqual([]);
    // and the other organisation's user finds none of ours
    for (const q of ['Wren', 'Sky', 'Cal Colleague', 'Ada']) expect(await search(w.foreign, q)).toEqual([]);
    expect((await search(w.foreign, 'Cal')).map((g) => g.name)).toEqual(['Cal Elsewhere']);
  });

  it(`at most ${GRANTEE_LIMIT}, by name; a % or _ in the search is a letter, not a wildcard`, async () => {
    const team = await buildUnit(database, w.orgId, { name: 'Many Team' });
    for (let i = 0; i < GRANTEE_LIMIT + 3; i++) await buildPerson(database, w.orgId, { name: `Many ${String(i).padStart(2, '0')}`, unitId: team });
    const found = await search(w.worker, 'Many');
    expect(found.map((g) => g.name)).toEqual(Array.from({ length: GRANTEE_LIMIT }, (_, i) => `Many ${String(i).padStart(2, '0')}`));
    expect(await search(w.worker, '%%')).toEqual([]);
    expect(await search(w.worker, '__')).toEqual([]);
  });

  it('a missing or too short search is refused with the field named', async () => {
    for (const url of ['/api/v1/me/wellbeing/grantees', '/api/v1/me/wellbeing/grantees?q=%20a%20']) {
      const problem = await expectJson<Problem>(await w.as(w.worker).request('GET', url), 400);
      expect(problem.errors?.map((e) => e.field)).toContain('q');
    }
  });
});
