import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { countRows } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { eraseSupervisionData, exportSupervisionData, ZSupervisionPersonalData } from './personal-data.js';
import { buildWorld, daysAgo, expectJson, type World } from './test-world.js';

/** A person's supervision in their export, and what erasing them takes away (and leaves). */

let database: Database;
let w: World;
let workerSession = '';
let supervisorOwnSession = '';

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildWorld(database);
  const plan = async (client: ReturnType<World['as']>, workerId: string) =>
    (await expectJson<{ id: string }>(await client.request('POST', `/api/v1/supervision/supervisees/${workerId}/sessions`, { plannedFor: daysAgo(1) }), 201)).id;
  workerSession = await plan(w.as(w.supervisor), w.worker.personId);
  await expectJson(await w.as(w.supervisor).request('PUT', `/api/v1/supervision/sessions/${workerSession}/record`, { heldOn: daysAgo(1), howWorkerIs: 'Steady' }), 200);
  await expectJson(await w.as(w.worker).request('POST', `/api/v1/supervision/sessions/${workerSession}/private-notes`, { body: 'Mine alone' }), 201);
  await expectJson(await w.as(w.supervisor).request('POST', `/api/v1/supervision/sessions/${workerSession}/private-notes`, { body: 'The supervisor’s own' }), 201);
  await expectJson(await w.as(w.admin).request('PUT', `/api/v1/supervision/assignments/${w.supervisor.personId}`, { supervisorId: w.otherSupervisor.personId }), 200);
  // the supervisor is supervised too: a session of their own with Oak
  supervisorOwnSession = await plan(w.as(w.otherSupervisor), w.supervisor.personId);
  expect((await w.as(w.worker).request('PUT', `/api/v1/supervision/pairs/${w.worker.personId}/rhythm`, { weeks: 2 })).status).toBe(204);
});
afterAll(() => database.close());

describe('export', () => {
  it("carries the worker's sessions and their own private notes, never the supervisor's", async () => {
    const data = ZSupervisionPersonalData.parse(await exportSupervisionData(database.db, w.orgId, w.worker.personId));
    expect(data.sessions).toEqual([expect.objectContaining({ id: workerSession, role: 'worker', otherPerson: 'Sky Supervisor', howWorkerIs: 'Steady' })]);
    expect(data.privateNotes.map((n) => n.body)).toEqual(['Mine alone']);
    expect(data.rhythms).toEqual([{ role: 'worker', otherPerson: 'Sky Supervisor', agreedWeeks: null, proposedWeeks: 2 }]);
    expect(data.assignedSupervisor).toBeNull();
    expect(JSON.stringify(data)).not.toContain('The supervisor’s own');
  });

  it("carries the supervisor's sessions on both sides and their assignment", async () => {
    const data = await exportSupervisionData(database.db, w.orgId, w.supervisor.personId);
    expect(data.sessions.map((s) => [s.id, s.role]).sort()).toEqual([[workerSession, 'supervisor'], [supervisorOwnSession, 'worker']].sort());
    expect(data.assignedSupervisor?.name).toBe('Oak Supervisor');
    expect(data.privateNotes.map((n) => n.body)).toEqual(['The supervisor’s own']);
  });
});

describe('erase', () => {
  it("erases the worker's sessions (with every note on them), rhythms and own notes, and nobody else's supervision", async () => {
    const counts = await eraseSupervisionData(database.db, w.orgId, w.worker.personId);
    expect(counts).toEqual({ supervisionPrivateNotes: 1, supervisionSessions: 1, supervisionRhythms: 1, supervisionAssignments: 0 });
    expect(await exportSupervisionData(database.db, w.orgId, w.worker.personId)).toEqual({ assignedSupervisor: null, rhythms: [], sessions: [], privateNotes: [] });
    expect(await countRows(database, 'supervision_private_notes', w.orgId)).toBe(0);
    // the supervisor's own supervision stays
    expect((await exportSupervisionData(database.db, w.orgId, w.supervisor.personId)).sessions.map((s) => s.id)).toEqual([supervisorOwnSession]);
  });

  it("erasing a supervisor keeps the sessions they held as someone's supervisor (that person's record)", async () => {
    const counts = await eraseSupervisionData(database.db, w.orgId, w.otherSupervisor.personId);
    expect(counts.supervisionSessions).toBe(0);
    expect(await countRows(database, 'supervision_sessions', w.orgId)).toBe(1);
  });
});
