import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { installPack } from '../../content/pack-store.js';
import type { Database } from '../../platform/db/client.js';
import { buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn, type TestApp } from '../../test-support/factories.js';

/** For int tests: an organisation with a team, a review lead, a contributor, a bystander, an admin, and another organisation's admin. */
export async function assessmentWorld(database: Database) {
  await installPack(database.db, minimalAssessmentPack());
  const { app } = buildTestApp(database);
  const orgId = await buildOrg(database, 'Harbour Lights Care');
  const unitId = await buildUnit(database, orgId, { name: 'Lighthouse Team' });
  const lead = await buildPerson(database, orgId, { name: 'Lena Lead', unitId });
  const contributor = await buildPerson(database, orgId, { name: 'Cato Contributor', unitId });
  const bystander = await buildPerson(database, orgId, { name: 'Bo Bystander', unitId });
  const admin = await buildPerson(database, orgId, { name: 'Ada Admin', roles: ['org_admin'] });
  const foreign = await buildPerson(database, await buildOrg(database, 'Elsewhere Trust'), { roles: ['org_admin'] });
  const clients = {
    lead: await signIn(app, lead.email),
    contributor: await signIn(app, contributor.email),
    bystander: await signIn(app, bystander.email),
    admin: await signIn(app, admin.email),
    foreign: await signIn(app, foreign.email),
  };
  const openCycle = async (title: string, overrides: Record<string, unknown> = {}) => {
    const response = await clients.admin.request('POST', '/api/v1/assessments/cycles', {
      packId: 'test.assessment',
      title,
      unitId,
      mode: 'team-review',
      opensOn: '2026-01-05',
      closesOn: '2026-02-05',
      leadPersonId: lead.personId,
      contributorIds: [contributor.personId],
      ...overrides,
    });
    if (response.status !== 201) throw new Error(`opening a cycle failed: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { id: string }).id;
  };
  return { app, orgId, unitId, people: { lead, contributor, bystander, admin, foreign }, clients, openCycle };
}

/** Posts a file as multipart/form-data with the client's session. */
export function postFile(app: TestApp, client: Client, path: string, name: string, content: Uint8Array, type = 'application/octet-stream') {
  const form = new FormData();
  form.append('file', new File([content], name, { type }));
  return app.request(path, { method: 'POST', headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken }, body: form });
}

/** A real 1×1 PNG. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
