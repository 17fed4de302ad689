import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildOrg, buildPerson, buildTestApp, buildUnit, type Client, countRows, signIn } from '../../test-support/factories.js';

let database: Database;
let orgId: string;
let serviceId: string;
let teamId: string;
let elsewhereId: string;
let supervisor: Client;
let worker: Client;
let admin: Client;
let foreignAdmin: Client;

type Assessment = { id: string; requiredLevel: string; currentLevel: string | null; gap: { levels: string[]; hasGap: boolean; need: string | null }; assessedBy: { name: string }; recoveryStages: string[] };

const assessment = {
  serviceRemit: 'Outreach to families after a bereavement',
  recoveryStages: ['crisis', 'stabilising'],
  currentLevel: 'informed',
  requiredLevel: 'enhanced',
  need: 'skills',
  notes: 'Two new starters in spring',
};

beforeAll(async () => {
  database = await createTestDatabase();
  const app = buildTestApp(database).app;
  orgId = await buildOrg(database);
  serviceId = await buildUnit(database, orgId, { name: 'Bereavement Service', kind: 'service' });
  teamId = await buildUnit(database, orgId, { name: 'Outreach Team', parentId: serviceId });
  elsewhereId = await buildUnit(database, orgId, { name: 'Finance Team' });
  const s = await buildPerson(database, orgId, { name: 'Sade Supervisor', unitId: serviceId, roles: ['supervisor'] });
  const w = await buildPerson(database, orgId, { unitId: teamId, managerId: s.personId });
  const a = await buildPerson(database, orgId, { roles: ['org_admin'] });
  const f = await buildPerson(database, await buildOrg(database), { roles: ['org_admin'] });
  supervisor = await signIn(app, s.email);
  worker = await signIn(app, w.email);
  admin = await signIn(app, a.email);
  foreignAdmin = await signIn(app, f.email);
});
afterAll(() => database.close());

const list = async (client: Client, unitId: string) => {
  const response = await client.request('GET', `/api/v1/units/${unitId}/needs-assessments`);
  return { status: response.status, assessments: response.status === 200 ? ((await response.json()) as { assessments: Assessment[] }).assessments : [] };
};

describe('training needs assessment', () => {
  it('a supervisor records one for a team in their service, and gets the gap to close', async () => {
    const response = await supervisor.request('POST', `/api/v1/units/${teamId}/needs-assessments`, assessment);
    expect(response.status).toBe(201);
    const created = (await response.json()) as Assessment;
    expect(created).toMatchObject({ requiredLevel: 'enhanced', currentLevel: 'informed', assessedBy: { name: 'Sade Supervisor' }, recoveryStages: ['crisis', 'stabilising'] });
    expect(created.gap).toEqual({ levels: ['skilled', 'enhanced'], hasGap: true, need: 'skills' });
  });

  it('lists a unit’s assessments newest first; a team already at its level has no gap', async () => {
    const met = await admin.request('POST', `/api/v1/units/${teamId}/needs-assessments`, { ...assessment, currentLevel: 'enhanced', need: 'knowledge' });
    expect(met.status).toBe(201);
    const { status, assessments } = await list(supervisor, teamId);
    expect(status).toBe(200);
    expect(assessments).toHaveLength(2);
    expect(assessments[0]!.gap).toEqual({ levels: [], hasGap: false, need: null });
    expect(assessments[1]!.gap.levels).toEqual(['skilled', 'enhanced']);
  });

  it('with no current level, the gap starts at informed', async () => {
    const response = await admin.request('POST', `/api/v1/units/${elsewhereId}/needs-assessments`, { recoveryStages: [], currentLevel: null, requiredLevel: 'skilled', need: 'both' });
    expect(response.status).toBe(201);
    expect(((await response.json()) as Assessment).gap).toEqual({ levels: ['informed', 'skilled'], hasGap: true, need: 'both' });
  });

  it('bad input names each field and stores nothing', async () => {
    const rows = await countRows(database, 'needs_assessments', orgId);
    const response = await supervisor.request('POST', `/api/v1/units/${teamId}/needs-assessments`, { ...assessment, requiredLevel: 'expert', recoveryStages: ['someday'], need: 'money' });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Array<{ field: string }> };
    expect(problem.errors.map((e) => e.field).sort()).toEqual(['need', 'recoveryStages.0', 'requiredLevel']);
    expect(await countRows(database, 'needs_assessments', orgId)).toBe(rows);
  });

  it('only the unit’s managers read or write it; other organisations find nothing', async () => {
    const rows = await countRows(database, 'needs_assessments', orgId);
    expect((await supervisor.request('POST', `/api/v1/units/${elsewhereId}/needs-assessments`, assessment)).status).toBe(403);
    expect((await list(supervisor, elsewhereId)).status).toBe(404);
    expect((await worker.request('POST', `/api/v1/units/${teamId}/needs-assessments`, assessment)).status).toBe(403);
    expect((await list(worker, teamId)).status).toBe(403);
    expect((await foreignAdmin.request('POST', `/api/v1/units/${teamId}/needs-assessments`, assessment)).status).toBe(404);
    expect((await list(foreignAdmin, teamId)).status).toBe(404);
    expect((await list(admin, randomUUID())).status).toBe(404);
    expect(await countRows(database, 'needs_assessments', orgId)).toBe(rows);
  });
});
