import type { Database } from '../../platform/db/client.js';
import { addDays, todayIn } from '../../platform/time/day.js';
import { type BuiltPerson, buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn, type TestApp } from '../../test-support/factories.js';

/** For supervision's integration tests: a pair, their organisation's other roles, and another organisation. */
export interface World {
  app: TestApp;
  orgId: string;
  unitId: string;
  worker: BuiltPerson;
  supervisor: BuiltPerson;
  otherSupervisor: BuiltPerson;
  admin: BuiltPerson;
  analyst: BuiltPerson;
  colleague: BuiltPerson;
  foreign: BuiltPerson;
  as: (p: BuiltPerson) => Client;
}

export async function buildWorld(database: Database): Promise<World> {
  const app = buildTestApp(database).app;
  const orgId = await buildOrg(database, 'Alder Care');
  const unitId = await buildUnit(database, orgId, { name: 'Alder Team' });
  const admin = await buildPerson(database, orgId, { name: 'Ada Admin', roles: ['org_admin'] });
  const supervisor = await buildPerson(database, orgId, { name: 'Sky Supervisor', unitId, managerId: admin.personId, roles: ['supervisor', 'worker'] });
  const otherSupervisor = await buildPerson(database, orgId, { name: 'Oak Supervisor', unitId, managerId: admin.personId, roles: ['supervisor', 'worker'] });
  const worker = await buildPerson(database, orgId, { name: 'Wren Worker', unitId, managerId: supervisor.personId });
  const analyst = await buildPerson(database, orgId, { name: 'Hana Hub', roles: ['hub_analyst'] });
  const colleague = await buildPerson(database, orgId, { name: 'Cal Colleague', unitId, managerId: supervisor.personId });
  const elsewhere = await buildOrg(database, 'Elsewhere Trust');
  const foreign = await buildPerson(database, elsewhere, { name: 'Fox Foreign', roles: ['org_admin', 'supervisor', 'worker'] });
  const clients = new Map<BuiltPerson, Client>();
  for (const p of [worker, supervisor, otherSupervisor, admin, analyst, colleague, foreign]) clients.set(p, await signIn(app, p.email));
  return { app, orgId, unitId, worker, supervisor, otherSupervisor, admin, analyst, colleague, foreign, as: (p) => clients.get(p)! };
}

/** A day some days before today (UTC), safe as a day already past in any organisation's zone. */
export const daysAgo = (n: number) => addDays(todayIn('UTC'), -n);

/** The JSON body of a response, after checking its status. */
export async function expectJson<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

export type Problem = { status: number; errors?: Array<{ field: string; problem: string }> };
