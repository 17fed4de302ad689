import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../platform/tenancy/org-store.js';
import { people } from '../modules/people/schema.js';
import { organisations } from '../platform/tenancy/schema.js';
import { auditEvents } from '../platform/audit/schema.js';
import { consumeOneTimeToken } from '../platform/auth/auth-store.js';
import { accounts } from '../platform/auth/schema.js';
import { splitTenantToken } from '../platform/auth/tokens.js';
import type { Database } from '../platform/db/client.js';
import { buildPerson, buildUnit, countRows } from '../test-support/factories.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { type AddUserOptions, addUser } from './add-user.js';
import { createHubCommand } from './create-hub.js';
import { CliError } from './command.js';
import { resetPassword } from './reset-password.js';

let database: Database;
let orgId: string;
const slug = 'test-care';

beforeAll(async () => {
  database = await createTestDatabase();
  orgId = await createOrganisation(database.db, { name: 'Test Care', slug });
  await buildUnit(database, orgId, { name: 'Night Shelter' });
});
afterAll(() => database.close());

const PUBLIC_URL = 'https://tend.example.org';
const options = (patch: Partial<AddUserOptions>): AddUserOptions => ({
  orgSlug: slug,
  email: 'new.person@example.org',
  name: 'New Person',
  roles: ['worker'],
  kind: 'employee',
  publicUrl: PUBLIC_URL,
  ...patch,
});

async function capture(run: (out: (line: string) => void) => Promise<void>) {
  const lines: string[] = [];
  await run((line) => lines.push(line));
  return lines;
}

/** The token in the printed link, checked to be the given kind of one-time link. */
function tokenFromLink(lines: string[], path: string) {
  const link = lines.map((l) => l.trim()).find((l) => l.startsWith(`${PUBLIC_URL}/${path}#`));
  expect(link, lines.join('\n')).toBeDefined();
  return splitTenantToken(link!.split('#')[1])!;
}

/** The account with this address in any organisation, confirmed or not (an invitation is not in the sign-in directory yet). */
async function anyAccountByEmail(email: string) {
  const [row] = await database.db
    .select({ orgId: accounts.orgId, accountId: accounts.id, personId: accounts.personId, passwordHash: accounts.passwordHash, disabled: accounts.disabled })
    .from(accounts)
    .where(eq(accounts.email, email));
  return row;
}

describe('add-user', () => {
  it('adds the person in their unit with an account, audits it, and prints an invitation link that works', async () => {
    const lines = await capture((out) => addUser(database, options({ email: 'Ann.Invite@Example.org', name: 'Ann Invite', roles: ['supervisor', 'org_admin'], unitName: 'night shelter', kind: 'volunteer' }), out));
    const account = await anyAccountByEmail('ann.invite@example.org');
    expect(account).toMatchObject({ orgId, passwordHash: null, disabled: false });
    const [row] = await database.db.select({ roles: accounts.roles }).from(accounts).where(eq(accounts.id, account!.accountId));
    expect(row!.roles).toEqual(['supervisor', 'org_admin']);
    const [person] = await database.db.select().from(people).where(eq(people.id, account!.personId));
    expect(person).toMatchObject({ name: 'Ann Invite', kind: 'volunteer' });
    expect(person!.unitId).not.toBeNull();
    const events = await database.db
      .select({ type: auditEvents.type, actor: auditEvents.actorAccountId, data: auditEvents.data })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.subjectPersonId, account!.personId)));
    expect(events).toContainEqual({ type: 'account.invited', actor: null, data: { roles: ['supervisor', 'org_admin'], via: 'operator' } });
    const token = tokenFromLink(lines, 'accept-invitation');
    expect(token.orgId).toBe(orgId);
    expect(await consumeOneTimeToken(database.db, token.orgId, token.token, 'reset')).toBeUndefined();
    expect(await consumeOneTimeToken(database.db, token.orgId, token.token, 'invite')).toBe(account!.accountId);
  });

  it('creates the organisation first with --create-org', async () => {
    await capture((out) => addUser(database, options({ orgSlug: 'harbour-care', createOrgName: 'Harbour Care', email: 'lead@harbour.example', roles: ['org_admin'] }), out));
    const [org] = await database.db.select().from(organisations).where(eq(organisations.slug, 'harbour-care'));
    expect(org?.name).toBe('Harbour Care');
    expect((await anyAccountByEmail('lead@harbour.example'))?.orgId).toBe(org!.id);
  });

  it.each([
    ['an email that already has an account (any organisation)', () => options({ email: 'lead@harbour.example' }), '--email: an account with the email lead@harbour.example already exists'],
    ['an unknown organisation', () => options({ orgSlug: 'nowhere' }), '--org: no organisation has the slug "nowhere"'],
    ['--create-org for a slug in use', () => options({ createOrgName: 'Again', email: 'again@example.org' }), '--create-org: an organisation with the slug'],
    ['an unknown unit', () => options({ unitName: 'Moon Base', email: 'moon@example.org' }), '--unit: the organisation has no unit named "Moon Base"'],
  ])('refuses %s and changes nothing', async (_case, makeOptions, message) => {
    const before = await countRows(database, 'people', orgId);
    const orgsBefore = (await database.db.select().from(organisations)).length;
    await expect(addUser(database, makeOptions(), () => {})).rejects.toThrow(message);
    await expect(addUser(database, makeOptions(), () => {})).rejects.toBeInstanceOf(CliError);
    expect(await countRows(database, 'people', orgId)).toBe(before);
    expect((await database.db.select().from(organisations)).length).toBe(orgsBefore);
  });

  it('refuses a person already in the organisation without an account', async () => {
    await buildPerson(database, orgId, { email: 'no.account@example.org', roles: [] });
    await expect(addUser(database, options({ email: 'no.account@example.org' }), () => {})).rejects.toThrow('already has a person with the email no.account@example.org');
    expect(await anyAccountByEmail('no.account@example.org')).toBeUndefined();
  });
});

describe('reset-password', () => {
  it('prints a one-time reset link for the account', async () => {
    const person = await buildPerson(database, orgId, { email: 'forgetful@example.org' });
    const lines = await capture((out) => resetPassword(database, { email: 'Forgetful@Example.org', publicUrl: PUBLIC_URL }, out));
    const token = tokenFromLink(lines, 'reset-password');
    expect(await consumeOneTimeToken(database.db, token.orgId, token.token, 'invite')).toBeUndefined();
    expect(await consumeOneTimeToken(database.db, token.orgId, token.token, 'reset')).toBe(person.accountId);
  });

  it('says "No account has that email" for an unknown email', async () => {
    await expect(resetPassword(database, { email: 'ghost@example.org', publicUrl: PUBLIC_URL }, () => {})).rejects.toThrow(/^No account has that email/);
  });
});

describe('create-hub', () => {
  it('creates a hub tenant with its first hub admin and an invitation link; hub roles only go to hubs, and back', async () => {
    const parsed = createHubCommand.toOptions({ slug: 'east-region', name: 'East Region Hub', 'admin-email': 'Hub.Lead@Example.org', 'admin-name': 'Hub Lead' }, { publicUrl: PUBLIC_URL } as never, []);
    const lines = await capture((out) => addUser(database, parsed, out));
    expect(lines[0]).toBe('Created the regional hub East Region Hub (slug "east-region").');
    const [hub] = await database.db.select().from(organisations).where(eq(organisations.slug, 'east-region'));
    expect(hub!.kind).toBe('hub');
    const account = await anyAccountByEmail('hub.lead@example.org');
    expect(account!.orgId).toBe(hub!.id);
    const [row] = await database.db.select({ roles: accounts.roles }).from(accounts).where(eq(accounts.id, account!.accountId));
    expect(row!.roles).toEqual(['hub_admin']);
    expect((await database.db.select({ type: auditEvents.type }).from(auditEvents).where(eq(auditEvents.orgId, hub!.id))).map((e) => e.type).sort()).toEqual(['account.invited', 'hub.created', 'person.created']);
    expect(tokenFromLink(lines, 'accept-invitation').orgId).toBe(hub!.id);
    // a role that means nothing in the tenant is refused, naming it, and nothing is added
    await expect(addUser(database, options({ orgSlug: 'east-region', email: 'x1@example.org', roles: ['org_admin'] }), () => {})).rejects.toThrow(/--roles: org_admin means nothing in a regional hub/);
    await expect(addUser(database, options({ email: 'x2@example.org', roles: ['hub_analyst'] }), () => {})).rejects.toThrow(/--roles: hub_analyst means nothing in an organisation/);
    expect(await anyAccountByEmail('x1@example.org')).toBeUndefined();
    expect(await anyAccountByEmail('x2@example.org')).toBeUndefined();
  });
});
