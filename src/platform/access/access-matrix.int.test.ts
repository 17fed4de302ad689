import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { accessRegistry } from '../http/route.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import {
  anonymous,
  type BuiltPerson,
  buildHub,
  buildOrg,
  buildPerson,
  buildTestApp,
  buildUnit,
  type Client,
  signIn,
  type TestApp,
} from '../../test-support/factories.js';
import { type AccessRule, behindTenantWall, ruleAllows, type TenantKind } from './policy.js';
import type { AppRole } from '../auth/schema.js';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { BUILT_IN_PACKS_FOLDER } from '../../content/built-in-packs.js';
import { installPack } from '../../content/pack-store.js';
import { loadPackFile } from '../../content/validate-pack.js';
import { insertAction } from '../../modules/assessments/action-store.js';
import { insertCycle } from '../../modules/assessments/cycle-store.js';
import { addEvidence, setRating } from '../../modules/assessments/review-store.js';
import { questionnaireToPack } from '../../modules/instruments/fhir/import-questionnaire.js';
import { addDraft } from '../../modules/instruments/org-instrument-store.js';
import { insertAnnouncement } from '../../modules/voice/announcement-store.js';
import { insertConcern } from '../../modules/voice/concern-store.js';
import { insertNote, insertSession, writeRecord } from '../../modules/supervision/session-store.js';
import { insertPairing, setOpenness } from '../../modules/peers/buddy-store.js';
import { insertCommunity, insertNote as insertMeetingNote, insertPost, joinCommunity } from '../../modules/peers/community-store.js';
import { insertSelfRating } from '../../modules/peers/self-rating-store.js';
import { setSupporterChoice } from '../../modules/peers/supporter-store.js';
import { addNotification, listNotifications } from '../../modules/reminders/notification-store.js';
import { insertEvent, insertOffers } from '../../modules/hard-events/event-store.js';
import { insertCheckIn, insertReferral, myOffers } from '../../modules/hard-events/offer-store.js';
import { installAfterEventPack } from '../../modules/hard-events/test-world.js';
import { inviteOrganisation } from '../../modules/hub/hub-use-cases.js';

/**
 * Walks every route the app serves, as every role, as another organisation's admin and signed
 * out. A route added without an access rule fails here; so does a rule that is not enforced,
 * and any answer to another organisation that carries this organisation's data.
 */

type Caller = { name: string; roles: AppRole[] | null; tenantKind?: TenantKind; client: () => Client; email?: string };

let database: Database;
let app: TestApp;
let orgA: string;
let unitId: string;
let doomedUnitId: string;
let worker: BuiltPerson;
let otherWorker: BuiltPerson;
let supervisor: BuiltPerson;
let admin: BuiltPerson;
let analyst: BuiltPerson;
let foreignAdmin: BuiltPerson;
/** A real regional hub's admin and analyst: org A's routes are behind the tenant wall for them. */
let hubAdmin: BuiltPerson;
let hubAnalyst: BuiltPerson;
let hubId = '';
/** A real team review of org A (led by its admin, nobody else taking part), its evidence and action. */
const review = { cycleId: '', evidenceId: '', actionId: '' };
/** A draft instrument of org A's own (an imported questionnaire). */
let orgInstrumentId = '';
/** Staff voice of org A: a named concern of the worker's and an announcement asking to be marked read. */
const voice = { concernId: '', announcementId: '' };
/** A supervision session of org A's pair (its shared notes recorded) and the worker's private note on it. */
const supervision = { sessionId: '', noteId: '' };
/** Org A's peer support: a community with a post and notes, a buddy pairing, a supervisor's self-rating. */
const peers = { communityId: '', postId: '', pairingId: '', selfRatingId: '' };
/** A hard event of org A, the other worker's offer after it, their answers and referral request. */
const hardEvent = { eventId: '', offerId: '', checkInId: '' };
/** A notification of org A's worker (a training reminder): theirs alone. */
let notificationId = '';
const clients = new Map<string, Client>();
/** Strings that identify org A's data: none may reach org B's admin. */
const orgASecrets: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildTestApp(database).app;
  orgA = await buildOrg(database, 'Harbour Lights Care');
  unitId = await buildUnit(database, orgA, { name: 'Lighthouse Team' });
  doomedUnitId = await buildUnit(database, orgA, { name: 'Short-lived Team' });
  supervisor = await buildPerson(database, orgA, { name: 'Sam Supervisor', unitId, roles: ['supervisor'] });
  worker = await buildPerson(database, orgA, { name: 'Wren Worker', unitId, managerId: supervisor.personId, roles: ['worker'] });
  otherWorker = await buildPerson(database, orgA, { name: 'Olu Otherworker', unitId, roles: ['worker'] });
  admin = await buildPerson(database, orgA, { name: 'Ada Admin', roles: ['org_admin'] });
  analyst = await buildPerson(database, orgA, { name: 'Hana Hub', roles: ['hub_analyst'] });
  const orgB = await buildOrg(database, 'Elsewhere Trust');
  foreignAdmin = await buildPerson(database, orgB, { name: 'Fox Foreign', roles: ['org_admin'] });
  await buildPerson(database, orgB, { name: 'Bea Elsewhere', roles: ['worker'] });
  for (const p of [worker, otherWorker, supervisor, admin, analyst]) {
    orgASecrets.push(p.personId, p.email);
    clients.set(p.email, await signIn(app, p.email));
  }
  clients.set(foreignAdmin.email, await signIn(app, foreignAdmin.email));
  hubId = await buildHub(database, 'Coastal Region Hub');
  hubAdmin = await buildPerson(database, hubId, { name: 'Hugo Hubadmin', roles: ['hub_admin'] });
  hubAnalyst = await buildPerson(database, hubId, { name: 'Hedda Hubanalyst', roles: ['hub_analyst'] });
  for (const p of [hubAdmin, hubAnalyst]) clients.set(p.email, await signIn(app, p.email));
  // the hub invited org A: its admin's regional hub page has something to answer
  await inviteOrganisation(database.db, { accountId: hubAdmin.accountId!, personId: hubAdmin.personId, orgId: hubId, tenantKind: 'hub', roles: ['hub_admin'], email: hubAdmin.email, name: 'Hugo Hubadmin', locale: 'en', timeZone: 'UTC' }, orgA);
  orgASecrets.push(orgA, unitId, doomedUnitId, 'Harbour Lights', 'Lighthouse Team', 'Wren Worker', 'Olu Otherworker');
  await installPack(database.db, minimalAssessmentPack());
  const cycle = { packId: 'test.assessment', title: 'Lighthouse safety review', unitId, mode: 'team-review' as const, opensOn: '2026-01-05', closesOn: '2026-02-05' };
  review.cycleId = await insertCycle(database.db, orgA, { ...cycle, leadPersonId: admin.personId, contributorIds: [] }, '1.0.0', admin.personId);
  await setRating(database.db, orgA, review.cycleId, 'safety.1', 'red', admin.personId);
  review.evidenceId = await addEvidence(database.db, orgA, review.cycleId, 'safety.1', { kind: 'file', fileName: 'harbour-plan.txt', mediaType: 'text/plain', content: Buffer.from('plan') }, admin.personId);
  review.actionId = await insertAction(database.db, orgA, review.cycleId, 'safety.1', { title: 'Lighthouse quiet room', ownerPersonId: admin.personId, dueOn: '2026-06-01' }, admin.personId);
  orgASecrets.push(review.cycleId, review.evidenceId, review.actionId, 'Lighthouse safety review', 'harbour-plan.txt', 'Lighthouse quiet room');
  const form = { resourceType: 'Questionnaire', id: 'lighthouse-mood', title: 'Lighthouse mood check', item: [{ linkId: 'm1', type: 'choice', text: 'Lighthouse low days', answerOption: [0, 1].map((n) => ({ valueCoding: { code: `c${n}` }, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: n }] })) }] };
  const imported = questionnaireToPack(form as never);
  if (!imported.ok) throw new Error(JSON.stringify(imported));
  orgInstrumentId = (await addDraft(database.db, orgA, { pack: imported.pack, mapping: imported, questionnaire: form, notes: [], importedByPersonId: admin.personId }))!.id;
  orgASecrets.push(orgInstrumentId, 'Lighthouse mood check', 'Lighthouse low days');
  voice.concernId = await insertConcern(database.db, orgA, { kind: 'concern', body: 'Lighthouse stairs need a rail', raisedIn: '2026-01' }, worker.personId);
  voice.announcementId = await insertAnnouncement(database.db, orgA, { kind: 'policy', title: 'Lighthouse leave policy', body: 'Lighthouse leave changes', asksRead: true }, admin.personId);
  // these (and the open team review above) are also tasks on org A's Homes (/me/tasks): org B's must carry none of them
  orgASecrets.push(voice.concernId, voice.announcementId, 'Lighthouse stairs need a rail', 'Lighthouse leave policy');
  // a pair none of the callers belongs to: every caller, org A's admin and analyst included, must
  // find nothing (inside a pair, the other member's step is a 403 with a reason, tested in the module)
  const pairSupervisor = await buildPerson(database, orgA, { name: 'Pip Pairsupervisor', unitId, roles: [] });
  const pair = { workerId: otherWorker.personId, supervisorId: pairSupervisor.personId };
  supervision.sessionId = (await insertSession(database.db, orgA, pair, '2026-01-10')).id;
  await writeRecord(database.db, orgA, supervision.sessionId, { heldOn: '2026-01-10', howWorkerIs: 'Lighthouse-steady', whatWasHard: 'Lighthouse nights', whatHelped: '', supportAgreed: '', referralAgreed: false, nextDate: null });
  supervision.noteId = (await insertNote(database.db, orgA, supervision.sessionId, otherWorker.personId, 'Lighthouse private thought')).id;
  orgASecrets.push(supervision.sessionId, supervision.noteId, 'Lighthouse-steady', 'Lighthouse nights', 'Lighthouse private thought');
  peers.communityId = await insertCommunity(database.db, orgA, { name: 'Lighthouse circle', purpose: 'Lighthouse talk' }, worker.personId);
  await joinCommunity(database.db, orgA, peers.communityId, otherWorker.personId);
  peers.postId = (await insertPost(database.db, orgA, peers.communityId, worker.personId, { body: 'Lighthouse post words', replyTo: null })).id;
  await insertMeetingNote(database.db, orgA, peers.communityId, worker.personId, { metOn: '2026-01-10', body: 'Lighthouse meeting notes' });
  await setOpenness(database.db, orgA, otherWorker.personId, { open: true, note: 'Lighthouse coffee' });
  peers.pairingId = (await insertPairing(database.db, orgA, { requesterId: worker.personId, partnerId: otherWorker.personId, message: 'Lighthouse buddy?' })).id;
  await setSupporterChoice(database.db, orgA, otherWorker.personId, { listed: true, contactNote: 'Lighthouse extension' });
  await installPack(database.db, await selfRatingPack());
  peers.selfRatingId = (await insertSelfRating(database.db, orgA, supervisor.personId, { packId: 'tend.supervision-self-rating', packVersion: '1.0.0', answers: {} })).id;
  orgASecrets.push(...Object.values(peers), 'Lighthouse circle', 'Lighthouse post words', 'Lighthouse meeting notes', 'Lighthouse coffee', 'Lighthouse buddy?', 'Lighthouse extension');
  await installAfterEventPack(database);
  hardEvent.eventId = await insertEvent(database.db, orgA, { category: 'serious-incident', occurredOn: '2026-01-10', unitId, recordedBy: supervisor.personId });
  await insertOffers(database.db, orgA, hardEvent.eventId, [{ personId: otherWorker.personId, unitId, stage: 'early', dueOn: '2026-01-13' }]);
  hardEvent.offerId = (await myOffers(database.db, orgA, otherWorker.personId))[0]!.id;
  const answered = { offerId: hardEvent.offerId, instrumentId: 'tend.after-hard-event', instrumentVersion: '1.0.0', answers: { 'ahe.days': 1 }, note: 'Lighthouse heavy week' };
  hardEvent.checkInId = (await insertCheckIn(database.db, orgA, otherWorker.personId, answered)).id;
  await insertReferral(database.db, orgA, otherWorker.personId, hardEvent.eventId);
  orgASecrets.push(hardEvent.eventId, hardEvent.offerId, hardEvent.checkInId, 'Lighthouse heavy week');
  await addNotification(database.db, { orgId: orgA, personId: worker.personId, kind: 'training-expiring', subject: 'training:x', dueOn: '2026-02-01', link: '/me/development', params: { title: 'Lighthouse first aid' } });
  notificationId = (await listNotifications(database.db, orgA, worker.personId))[0]!.id;
  orgASecrets.push(notificationId, 'Lighthouse first aid');
});

async function selfRatingPack() {
  const loaded = await loadPackFile(join(BUILT_IN_PACKS_FOLDER, 'supervision-self-rating.json'));
  if (!loaded.ok) throw new Error('the self-rating pack does not validate');
  return loaded.pack;
}
afterAll(() => database.close());

/** Org A's admin goes last: its allowed changes (deleting a unit) must not hide others' denials. */
function callers(): Caller[] {
  const as = (p: BuiltPerson, name: string, roles: AppRole[]): Caller => ({ name, roles, email: p.email, client: () => clients.get(p.email)! });
  return [
    { name: 'signed out', roles: null, client: () => anonymous(app) },
    as(worker, 'worker', ['worker']),
    as(supervisor, 'supervisor', ['supervisor']),
    // a hub_analyst role stored in an organisation's account: it grants nothing there
    as(analyst, 'hub analyst role in an organisation', []),
    { ...as(hubAdmin, 'hub admin', ['hub_admin']), tenantKind: 'hub' },
    { ...as(hubAnalyst, 'hub analyst', ['hub_analyst']), tenantKind: 'hub' },
    as(foreignAdmin, "another organisation's admin", ['org_admin']),
    as(admin, 'org admin', ['org_admin']),
  ];
}

/** Every method and path the app answers, from the app itself (middleware-only entries left out). */
function servedRoutes(): string[] {
  const keys = new Set<string>();
  for (const route of app.routes) if (route.method !== 'ALL') keys.add(`${route.method} ${route.path}`);
  return [...keys].sort();
}

/** A concrete address for a route: ids point at org A's records (the other worker, a unit). */
function concretePath(path: string): string {
  return path
    .replace('/assessments/cycles/:id', `/assessments/cycles/${review.cycleId}`)
    .replace('/assessments/actions/:id', `/assessments/actions/${review.actionId}`)
    .replace(':criterionId', 'safety.1')
    .replace(':evidenceId', review.evidenceId)
    .replace('/units/:id', `/units/${doomedUnitId}`)
    .replace('/org-instruments/:id', `/org-instruments/${orgInstrumentId}`)
    .replace('/supervision/sessions/:id', `/supervision/sessions/${supervision.sessionId}`)
    .replace('/supervision/private-notes/:id', `/supervision/private-notes/${supervision.noteId}`)
    .replace('/peers/communities/:id', `/peers/communities/${peers.communityId}`)
    .replace(':postId', peers.postId)
    .replace('/buddies/pairings/:id', `/buddies/pairings/${peers.pairingId}`)
    .replace('/supervision-self-ratings/:id', `/supervision-self-ratings/${peers.selfRatingId}`)
    .replace('/hard-events/:id', `/hard-events/${hardEvent.eventId}`)
    .replace('/hard-event-offers/:id', `/hard-event-offers/${hardEvent.offerId}`)
    .replace('/hard-event-check-ins/:id', `/hard-event-check-ins/${hardEvent.checkInId}`)
    .replace(':jobId', randomUUID())
    .replace(':hubId', hubId)
    .replace('/me/notifications/:id', `/me/notifications/${notificationId}`)
    .replace('/voice/handling/concerns/:id', `/voice/handling/concerns/${voice.concernId}`)
    .replace('/voice/announcements/:id', `/voice/announcements/${voice.announcementId}`)
    .replace(':id', otherWorker.personId)
    .replace('/assets/*', '/assets/missing.js')
    // any further parameter (a record inside a record): an id that exists nowhere
    .replaceAll(/:(\w+)/g, () => randomUUID());
}

const actorFor = (caller: Caller) =>
  caller.roles ? { accountId: 'a', personId: 'p', orgId: 'o', roles: caller.roles, email: '', name: '', locale: 'en', timeZone: 'UTC', tenantKind: caller.tenantKind ?? ('organisation' as const) } : undefined;
const isHubCaller = (caller: Caller) => caller.tenantKind === 'hub';

describe('access matrix', () => {
  it('every route the app serves declares who may call it, and no rule names a route that is gone', () => {
    const served = servedRoutes();
    expect(served.length).toBeGreaterThan(20);
    expect(served.filter((key) => !accessRegistry.has(key))).toEqual([]);
    expect([...accessRegistry.keys()].filter((key) => !served.includes(key))).toEqual([]);
  });

  it('each route allows exactly the callers its rule names, and never leaks across organisations', async () => {
    const outcomes: string[] = [];
    const observed: string[] = [];
    for (const key of servedRoutes()) {
      const row: string[] = [];
      let walled = false;
      const [method, path] = key.split(' ') as [string, string];
      const rule = accessRegistry.get(key) as AccessRule;
      for (const caller of callers()) {
        // signing out ends the session: give that call a session of its own
        const client = key === 'POST /api/v1/auth/sign-out' && caller.email ? await signIn(app, caller.email) : caller.client();
        const hasBody = method === 'POST' || method === 'PUT' || method === 'PATCH';
        const address = concretePath(path);
        const response = await client.request(method, address, hasBody ? {} : undefined);
        // a problem names the address asked for: that echo is the caller's own input, not a leak
        const text = (await response.text()).replaceAll(address, '');
        const allowed = ruleAllows(rule, actorFor(caller));
        const denied = response.status === 401 || response.status === 403;
        // the other kind of tenant's routes: 404, the answer for an address that does not exist
        if (behindTenantWall(rule, actorFor(caller))) {
          if (response.status !== 404) outcomes.push(`${key} as ${caller.name}: expected 404 behind the tenant wall, got ${response.status}`);
          row.push(`${caller.name} (404)`);
          walled = true;
          continue;
        }
        if (!denied) row.push(caller.name === "another organisation's admin" || isHubCaller(caller) ? `${caller.name} (${response.status})` : caller.name);
        // org A's ids in org B's hands must find nothing
        if (caller.name === "another organisation's admin" && path.includes('/:id') && ![400, 404].includes(response.status)) {
          outcomes.push(`${key} with org A's id as org B's admin: expected 404, got ${response.status}`);
        }
        if (allowed === denied) outcomes.push(`${key} as ${caller.name}: expected ${allowed ? 'allowed' : 'denied'}, got ${response.status}`);
        if (!allowed && caller.roles === null && response.status !== 401) outcomes.push(`${key} signed out: expected 401, got ${response.status}`);
        if (!allowed && caller.roles !== null && response.status !== 403) outcomes.push(`${key} as ${caller.name}: expected 403, got ${response.status}`);
        if ((caller.name === "another organisation's admin" || isHubCaller(caller)) && response.status < 500) {
          // a hub knows the names and ids of the organisations it invited, and nothing else of theirs
          const secrets = isHubCaller(caller) ? orgASecrets.filter((secret) => secret !== orgA && secret !== 'Harbour Lights') : orgASecrets;
          const leaked = secrets.filter((secret) => text.includes(secret));
          if (leaked.length > 0) outcomes.push(`${key} leaked org A data to ${caller.name}: ${leaked.join(', ')}`);
        }
        // (the web app's files may not be built when this runs: only the API must never fail)
        if (response.status >= 500 && path.startsWith('/api/')) outcomes.push(`${key} as ${caller.name}: server error ${response.status}`);
      }
      observed.push(`${key}  ->  ${row.length === callers().length && !walled ? 'anyone' : row.join(', ') || 'nobody'}`);
    }
    expect(outcomes).toEqual([]);
    // Who may call what, as observed: a changed rule shows up here in review (update with -u).
    await expect(`${observed.join('\n')}\n`).toMatchFileSnapshot('./access-matrix.snapshot.txt');
    // every route times every caller: on a shared, busy machine this takes longer than one ordinary test
  }, 180_000);
});

describe("reading another person's record", () => {
  const read = (reader: BuiltPerson, subject: BuiltPerson) => clients.get(reader.email)!.request('GET', `/api/v1/people/${subject.personId}`);
  const accessLogOf = async (subject: BuiltPerson) => {
    const response = await clients.get(subject.email)!.request('GET', '/api/v1/me/access-log');
    return ((await response.json()) as { accesses: Array<{ by: string; type: string }> }).accesses;
  };

  it('a worker cannot read another worker, nor a supervisor someone they do not manage', async () => {
    expect((await read(worker, otherWorker)).status).toBe(404);
    expect((await read(supervisor, otherWorker)).status).toBe(404);
    expect((await read(analyst, worker)).status).toBe(404);
  });

  it("another organisation's admin gets 404 for a real id, the same as for an id that does not exist", async () => {
    const real = await read(foreignAdmin, worker);
    const invented = await clients.get(foreignAdmin.email)!.request('GET', `/api/v1/people/${randomUUID()}`);
    expect(real.status).toBe(404);
    expect(invented.status).toBe(404);
    expect(((await real.json()) as { detail: string }).detail).toBe(((await invented.json()) as { detail: string }).detail);
  });

  it("the line manager's and the admin's reads appear in the subject's access log; their own reads and refused reads do not", async () => {
    const before = await accessLogOf(worker);
    expect((await read(worker, worker)).status).toBe(200);
    expect((await read(foreignAdmin, worker)).status).toBe(404);
    expect((await read(analyst, worker)).status).toBe(404);
    expect(await accessLogOf(worker)).toEqual(before);

    expect((await read(supervisor, worker)).status).toBe(200);
    expect((await read(admin, worker)).status).toBe(200);
    const after = await accessLogOf(worker);
    expect(after.length - before.length).toBe(2);
    expect(after.slice(0, 2).map((a) => a.by).sort()).toEqual(['Ada Admin', 'Sam Supervisor']);
    expect(after.slice(0, 2).every((a) => a.type === 'person.read')).toBe(true);
  });

  it('nobody but the person sees their access log: each reads only their own', async () => {
    const mine = await accessLogOf(otherWorker);
    expect(mine.every((a) => a.by !== 'Olu Otherworker')).toBe(true);
    // there is no route to read someone else's log: the path takes no person id
    expect([...accessRegistry.keys()].filter((key) => key.includes('access-log'))).toEqual(['GET /api/v1/me/access-log']);
  });
});
