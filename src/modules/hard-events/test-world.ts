import { join } from 'node:path';
import { BUILT_IN_PACKS_FOLDER } from '../../content/built-in-packs.js';
import { installPack } from '../../content/pack-store.js';
import { loadPackFile } from '../../content/validate-pack.js';
import type { Database } from '../../platform/db/client.js';
import { getOrganisation } from '../../platform/tenancy/org-store.js';
import { addDays, todayIn } from '../../platform/time/day.js';
import { type BuiltPerson, buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn, type TestApp } from '../../test-support/factories.js';

/** For the hard-events integration tests: a team with its manager, an admin, an analyst, another team and another organisation. */

export interface World {
  app: TestApp;
  orgId: string;
  teamId: string;
  otherTeamId: string;
  manager: BuiltPerson;
  worker: BuiltPerson;
  colleague: BuiltPerson;
  admin: BuiltPerson;
  analyst: BuiltPerson;
  otherManager: BuiltPerson;
  foreign: BuiltPerson;
  as: (p: BuiltPerson) => Client;
  /** a day `n` days before today, where the organisation works */
  daysAgo: (n: number) => string;
}

/** Installs the check-in pack Tend ships for after a hard event. */
export async function installAfterEventPack(database: Database): Promise<void> {
  const loaded = await loadPackFile(join(BUILT_IN_PACKS_FOLDER, 'after-hard-event.json'));
  if (!loaded.ok) throw new Error(`the after-event pack does not validate: ${JSON.stringify(loaded.problems)}`);
  await installPack(database.db, loaded.pack);
}

export async function buildWorld(database: Database): Promise<World> {
  const app = buildTestApp(database).app;
  await installAfterEventPack(database);
  const orgId = await buildOrg(database, 'Harbour Care');
  const teamId = await buildUnit(database, orgId, { name: 'Harbour Team' });
  const otherTeamId = await buildUnit(database, orgId, { name: 'Quay Team' });
  const manager = await buildPerson(database, orgId, { name: 'Mo Manager', unitId: teamId, roles: ['supervisor'] });
  const worker = await buildPerson(database, orgId, { name: 'Wren Worker', unitId: teamId, managerId: manager.personId });
  const colleague = await buildPerson(database, orgId, { name: 'Cal Colleague', unitId: teamId, managerId: manager.personId });
  const admin = await buildPerson(database, orgId, { name: 'Ada Admin', roles: ['org_admin'] });
  const analyst = await buildPerson(database, orgId, { name: 'Hana Hub', roles: ['hub_analyst'] });
  const otherManager = await buildPerson(database, orgId, { name: 'Oli Other', unitId: otherTeamId, roles: ['supervisor'] });
  const elsewhere = await buildOrg(database, 'Elsewhere Trust');
  const foreign = await buildPerson(database, elsewhere, { name: 'Fox Foreign', roles: ['org_admin', 'supervisor', 'worker'] });
  const clients = new Map<BuiltPerson, Client>();
  for (const p of [manager, worker, colleague, admin, analyst, otherManager, foreign]) clients.set(p, await signIn(app, p.email));
  const zone = (await getOrganisation(database.db, orgId)).settings.timeZone;
  return {
    app,
    orgId,
    teamId,
    otherTeamId,
    manager,
    worker,
    colleague,
    admin,
    analyst,
    otherManager,
    foreign,
    as: (p) => clients.get(p)!,
    daysAgo: (n) => addDays(todayIn(zone), -n),
  };
}

/** The JSON body of a response, after checking its status. */
export async function expectJson<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}
