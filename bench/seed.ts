// The bench organisation, and signing in over HTTP as the web app does.
import type { Database } from '../src/platform/db/client.js';
import { addSupportContact } from '../src/modules/wellbeing/support-store.js';
import { buildOrg, buildPerson, buildUnit, TEST_PASSWORD } from '../src/test-support/factories.js';
import { sendOnce } from './load.js';

const EN = { locale: 'en', defaultLocale: 'en' } as const;

/** How many worker accounts check in: one per connection of the load. */
export const WORKERS = 50;

export interface Seeded {
  orgId: string;
  unitIds: string[];
  adminEmail: string;
  workerEmails: string[];
}

/**
 * One organisation: 4 services of 4 teams each (20 units), 200 people spread over them (one of
 * them an org admin), 50 workers with accounts (role worker, each in a unit) and 2 support contacts.
 */
export async function seed(database: Database): Promise<Seeded> {
  const orgId = await buildOrg(database, 'Bench Org');
  const unitIds: string[] = [];
  for (let s = 1; s <= 4; s++) {
    const service = await buildUnit(database, orgId, { name: `Service ${s}`, kind: 'service' });
    unitIds.push(service);
    for (let t = 1; t <= 4; t++) unitIds.push(await buildUnit(database, orgId, { name: `Service ${s} team ${t}`, kind: 'team', parentId: service }));
  }
  for (let p = 0; p < 199; p++) {
    await buildPerson(database, orgId, { name: `Person ${p}`, email: `person-${p}@bench.example.org`, unitId: unitIds[p % unitIds.length]!, roles: [] });
  }
  const adminEmail = 'admin@bench.example.org';
  await buildPerson(database, orgId, { name: 'Bench Admin', email: adminEmail, unitId: unitIds[0]!, roles: ['org_admin'] });
  const workerEmails: string[] = [];
  for (let w = 0; w < WORKERS; w++) {
    const email = `worker-${w}@bench.example.org`;
    await buildPerson(database, orgId, { name: `Worker ${w}`, email, unitId: unitIds[w % unitIds.length]!, roles: ['worker'] });
    workerEmails.push(email);
  }
  // what a check-in whose band suggests support returns
  await addSupportContact(database.db, orgId, { kind: 'employee-assistance', name: 'Employee assistance', phone: '0800 000 000', hours: 'Any time' }, EN);
  await addSupportContact(database.db, orgId, { kind: 'peer-support', name: 'Peer supporters', description: 'Colleagues trained to listen' }, EN);
  return { orgId, unitIds, adminEmail, workerEmails };
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

/** Signs in over HTTP through Tend, as the web app does: the session cookie and the CSRF token. */
export async function signIn(port: number, email: string): Promise<Session> {
  const body = JSON.stringify({ email, password: TEST_PASSWORD });
  const response = await sendOnce(port, { method: 'POST', path: '/api/v1/auth/sign-in', headers: { 'content-type': 'application/json' }, body });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${response.body}`);
  const cookie = (response.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
  const { csrfToken } = JSON.parse(response.body) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** One session for each email, a few sign-ins at a time (each checks a password hash). */
export async function signInAll(port: number, emails: string[]): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let i = 0; i < emails.length; i += 5) sessions.push(...(await Promise.all(emails.slice(i, i + 5).map((e) => signIn(port, e)))));
  return sessions;
}
