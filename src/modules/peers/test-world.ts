import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { BUILT_IN_PACKS_FOLDER } from '../../content/built-in-packs.js';
import { installPack } from '../../content/pack-store.js';
import { loadPackFile } from '../../content/validate-pack.js';
import type { Database } from '../../platform/db/client.js';
import { type BuiltPerson, buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn, type TestApp } from '../../test-support/factories.js';

/** For the peer-support integration tests: an organisation of people in two teams, and another organisation. */

export interface PeersWorld {
  app: TestApp;
  database: Database;
  orgId: string;
  /** Team one: the supervisor, the worker they manage, and a colleague. */
  supervisor: BuiltPerson;
  worker: BuiltPerson;
  colleague: BuiltPerson;
  /** Team two: a peer worker and an employee. */
  peerWorker: BuiltPerson;
  otherTeam: BuiltPerson;
  admin: BuiltPerson;
  analyst: BuiltPerson;
  foreignAdmin: BuiltPerson;
  foreignWorker: BuiltPerson;
  as: (p: BuiltPerson) => Client;
}

/** Installs one of the packs Tend ships, by file name. */
export async function installBuiltInPack(database: Database, file: string): Promise<void> {
  const loaded = await loadPackFile(join(BUILT_IN_PACKS_FOLDER, file));
  if (!loaded.ok) throw new Error(`${file} does not validate: ${JSON.stringify(loaded.problems)}`);
  await installPack(database.db, loaded.pack);
}

export async function buildPeersWorld(database: Database): Promise<PeersWorld> {
  const app = buildTestApp(database).app;
  await installBuiltInPack(database, 'supervision-self-rating.json');
  const orgId = await buildOrg(database, 'Rowan Care');
  const teamOne = await buildUnit(database, orgId, { name: 'Rowan Team' });
  const teamTwo = await buildUnit(database, orgId, { name: 'Birch Team' });
  const supervisor = await buildPerson(database, orgId, { name: 'Sol Supervisor', unitId: teamOne, roles: ['supervisor'] });
  const worker = await buildPerson(database, orgId, { name: 'Wren Worker', unitId: teamOne, managerId: supervisor.personId });
  const colleague = await buildPerson(database, orgId, { name: 'Cal Colleague', unitId: teamOne });
  const peerWorker = await buildPerson(database, orgId, { name: 'Pia Peer', unitId: teamTwo });
  await database.db.execute(sql`UPDATE people SET kind = 'peer_worker' WHERE org_id = ${orgId} AND id = ${peerWorker.personId}`);
  const otherTeam = await buildPerson(database, orgId, { name: 'Oto Other', unitId: teamTwo });
  const admin = await buildPerson(database, orgId, { name: 'Ada Admin', roles: ['org_admin'] });
  const analyst = await buildPerson(database, orgId, { name: 'Hana Hub', roles: ['hub_analyst'] });
  const elsewhere = await buildOrg(database, 'Elsewhere Trust');
  const foreignAdmin = await buildPerson(database, elsewhere, { name: 'Fox Foreign', roles: ['org_admin', 'supervisor', 'worker'] });
  const foreignWorker = await buildPerson(database, elsewhere, { name: 'Fen Foreign' });
  const clients = new Map<BuiltPerson, Client>();
  for (const p of [supervisor, worker, colleague, peerWorker, otherTeam, admin, analyst, foreignAdmin, foreignWorker]) clients.set(p, await signIn(app, p.email));
  return { app, database, orgId, supervisor, worker, colleague, peerWorker, otherTeam, admin, analyst, foreignAdmin, foreignWorker, as: (p) => clients.get(p)! };
}

/** The JSON body of a response, after checking its status. */
export async function expectJson<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

export type Problem = { status: number; detail?: string; errors?: Array<{ field: string; problem: string }> };
