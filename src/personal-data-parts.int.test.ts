import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS_FOLDER } from './content/built-in-packs.js';
import { installPack } from './content/pack-store.js';
import { loadPackFile } from './content/validate-pack.js';
import { insertEvent, insertOffers } from './modules/hard-events/event-store.js';
import { insertCheckIn, myOffers } from './modules/hard-events/offer-store.js';
import { insertCommunity, insertPost } from './modules/peers/community-store.js';
import { insertSelfRating } from './modules/peers/self-rating-store.js';
import { insertNote, insertSession } from './modules/supervision/session-store.js';
import { insertConcern } from './modules/voice/concern-store.js';
import { addNotification } from './modules/reminders/notification-store.js';
import { savePreferences } from './modules/reminders/preference-store.js';
import type { Database } from './platform/db/client.js';
import { type BuiltPerson, buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn } from './test-support/factories.js';
import { createTestDatabase } from './test-support/test-database.js';
import { PERSONAL_DATA_PARTS } from './personal-data-parts.js';

/**
 * "My data" takes in what every module keeps that is the person's alone: the JSON download holds
 * each part, and erasing the space erases each part too, leaving a colleague's untouched. Each
 * module tests its own part's rows; this proves the parts are wired, through the real routes.
 */

let database: Database;
let client: Client;
let person: BuiltPerson;
let colleague: BuiltPerson;

const pack = async (file: string) => {
  const loaded = await loadPackFile(join(BUILT_IN_PACKS_FOLDER, file));
  if (!loaded.ok) throw new Error(`${file} does not validate`);
  return loaded.pack;
};

/** One thing of the person's own in each module (and the same for the colleague). */
async function fill(orgId: string, unitId: string, who: BuiltPerson, supervisorId: string) {
  await insertConcern(database.db, orgId, { kind: 'suggestion', body: `A quiet room, from ${who.email}`, raisedIn: '2026-11' }, who.personId);
  const session = await insertSession(database.db, orgId, { workerId: who.personId, supervisorId }, '2026-11-10');
  await insertNote(database.db, orgId, session.id, who.personId, `my own thought, ${who.email}`);
  const community = await insertCommunity(database.db, orgId, { name: `Circle of ${who.email}`, purpose: 'talk' }, who.personId);
  await insertPost(database.db, orgId, community, who.personId, { body: `hello from ${who.email}`, replyTo: null });
  await insertSelfRating(database.db, orgId, who.personId, { packId: 'tend.supervision-self-rating', packVersion: '1.0.0', answers: {} });
  const event = await insertEvent(database.db, orgId, { category: 'serious-incident', occurredOn: '2026-11-01', unitId, recordedBy: supervisorId });
  await insertOffers(database.db, orgId, event, [{ personId: who.personId, unitId, stage: 'early', dueOn: '2026-11-04' }]);
  const offer = (await myOffers(database.db, orgId, who.personId))[0]!;
  await insertCheckIn(database.db, orgId, who.personId, { offerId: offer.id, instrumentId: 'tend.after-hard-event', instrumentVersion: '1.0.0', answers: {}, note: `a heavy week, ${who.email}` });
  await addNotification(database.db, { orgId, personId: who.personId, kind: 'grant-expiring', subject: 'grant:x', dueOn: '2026-12-01', link: '/me/wellbeing/sharing', params: { title: `a course of ${who.email}` } });
  await savePreferences(database.db, orgId, who.personId, [{ kind: 'survey-open', inApp: true, email: false }]);
}

beforeAll(async () => {
  database = await createTestDatabase();
  await installPack(database.db, await pack('after-hard-event.json'));
  await installPack(database.db, await pack('supervision-self-rating.json'));
  const orgId = await buildOrg(database, 'Harbour Care');
  const unitId = await buildUnit(database, orgId, { name: 'Harbour Team' });
  const supervisor = await buildPerson(database, orgId, { name: 'Sam Supervisor', unitId, roles: ['supervisor'] });
  person = await buildPerson(database, orgId, { name: 'Pat Person', unitId, roles: ['supervisor'] });
  colleague = await buildPerson(database, orgId, { name: 'Cal Colleague', unitId, roles: ['supervisor'] });
  await fill(orgId, unitId, person, supervisor.personId);
  await fill(orgId, unitId, colleague, supervisor.personId);
  const { app } = buildTestApp(database);
  client = await signIn(app, person.email);
});
afterAll(() => database.close());

const exported = async () => {
  const response = await client.request('GET', '/api/v1/me/wellbeing/export.json');
  expect(response.status).toBe(200);
  return (await response.json()) as { alsoYours: Record<string, unknown> };
};

describe("a person's data in other modules, through My data", () => {
  it('the download holds every part, with the person’s own things and none of a colleague’s', async () => {
    const { alsoYours } = await exported();
    expect(Object.keys(alsoYours).sort()).toEqual(PERSONAL_DATA_PARTS.map((part) => part.key).sort());
    const text = JSON.stringify(alsoYours);
    for (const mine of [`A quiet room, from ${person.email}`, `my own thought, ${person.email}`, `hello from ${person.email}`, `a heavy week, ${person.email}`, `a course of ${person.email}`]) expect(text).toContain(mine);
    expect(text).not.toContain(colleague.email);
  });

  it('erasing the space erases every part of the person’s, counted by part, and leaves the colleague’s', async () => {
    const response = await client.request('POST', '/api/v1/me/wellbeing/erase', { confirm: 'erase' });
    expect(response.status).toBe(200);
    const { erased } = (await response.json()) as { erased: { alsoYours: Record<string, Record<string, number>> } };
    for (const part of PERSONAL_DATA_PARTS) {
      const total = Object.values(erased.alsoYours[part.key] ?? {}).reduce((sum, n) => sum + n, 0);
      expect({ part: part.key, erasedSomething: total > 0 }).toEqual({ part: part.key, erasedSomething: true });
    }
    const text = JSON.stringify((await exported()).alsoYours);
    expect(text).not.toContain(person.email);
    const colleagueData = await Promise.all(PERSONAL_DATA_PARTS.map((part) => part.exportFor(database.db, colleague.orgId, colleague.personId)));
    expect(JSON.stringify(colleagueData)).toContain(`my own thought, ${colleague.email}`);
    expect(JSON.stringify(colleagueData)).toContain(`a heavy week, ${colleague.email}`);
    expect(JSON.stringify(colleagueData)).toContain(`a course of ${colleague.email}`);
  });
});
