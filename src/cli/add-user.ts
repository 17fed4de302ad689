import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { PERSON_KINDS } from '../modules/people/model.js';
import { ZOrgSettings } from '../org-settings.js';
import { createOrganisation } from '../platform/tenancy/org-store.js';
import { createPerson } from '../modules/people/people-store.js';
import { people } from '../modules/people/schema.js';
import { listUnits } from '../modules/units/unit-store.js';
import { recordAudit } from '../platform/audit/audit-store.js';
import { anyAccountHasEmail, createAccount, issueOneTimeToken, normaliseEmail } from '../platform/auth/auth-store.js';
import { INVITE_TTL_MS } from '../platform/auth/reset.js';
import { APP_ROLES, type AppRole } from '../platform/auth/schema.js';
import { HUB_ROLES, ORGANISATION_ROLES, rolesInTenant, type TenantKind, tenantKindOf } from '../platform/tenancy/tenant-kind.js';
import type { Database, Queryable } from '../platform/db/client.js';
import { type CliCommand, CliError, type Out, oneOf, optionalString, requiredString } from './command.js';
import { orgBySlug, requireOrg, SLUG_PATTERN } from './find-org.js';

export interface AddUserOptions {
  orgSlug: string;
  /** When given, the organisation is created with this name (and the slug from --org). */
  createOrgName?: string | undefined;
  /** The kind of tenant to create with createOrgName: an organisation unless said (create-hub says hub). */
  createKind?: TenantKind | undefined;
  email: string;
  name: string;
  roles: AppRole[];
  unitName?: string | undefined;
  kind: (typeof PERSON_KINDS)[number];
  /** Base of the invitation link: TEND_PUBLIC_URL, else http://localhost:PORT. */
  publicUrl: string;
}

const ZEmail = z.email();

async function unitIdByName(q: Queryable, orgId: string, name: string): Promise<string> {
  // through the units module's store: the CLI reads no module's tables itself
  const found = (await listUnits(q, orgId)).filter((u) => u.name.toLowerCase() === name.toLowerCase());
  if (found.length === 0) throw new CliError(`--unit: the organisation has no unit named "${name}"`);
  if (found.length > 1) throw new CliError(`--unit: the organisation has ${found.length} units named "${name}"; rename one in the admin pages first`);
  return found[0]!.id;
}

/**
 * Adds a person with an account to an organisation (creating the organisation first with
 * `createOrgName`), all in one transaction with its audit events, and prints the one-time
 * invitation link with which they choose their password. Roles must mean something in the
 * tenant's kind (an organisation's: worker, supervisor, org_admin; a hub's: hub_admin,
 * hub_analyst): a role that would grant nothing there is refused rather than stored.
 */
export async function addUser(database: Database, options: AddUserOptions, out: Out): Promise<void> {
  const { orgName, link } = await database.db.transaction(async (tx) => {
    let org: { id: string; name: string; kind: TenantKind };
    if (options.createOrgName) {
      if (await orgBySlug(tx, options.orgSlug)) throw new CliError(`--create-org: an organisation with the slug "${options.orgSlug}" already exists`);
      const kind = options.createKind ?? 'organisation';
      org = { id: await createOrganisation(tx, { name: options.createOrgName, slug: options.orgSlug, kind }, ZOrgSettings), name: options.createOrgName, kind };
      if (kind === 'hub') await recordAudit(tx, null, { orgId: org.id, type: 'hub.created', data: { via: 'operator' } });
    } else {
      const found = await requireOrg(tx, options.orgSlug);
      org = { ...found, kind: tenantKindOf(found.kind) };
    }
    const meaningless = options.roles.filter((role) => !rolesInTenant(org.kind, [role]).length);
    if (meaningless.length > 0) {
      const allowed = org.kind === 'hub' ? HUB_ROLES : ORGANISATION_ROLES;
      throw new CliError(`--roles: ${meaningless.join(', ')} means nothing in ${org.kind === 'hub' ? 'a regional hub' : 'an organisation'}; its roles are ${allowed.join(', ')}`);
    }
    // the operator keeps one account per address (sign-in allows more: decision 004)
    if (await anyAccountHasEmail(tx, options.email)) throw new CliError(`--email: an account with the email ${options.email} already exists`);
    const [person] = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.orgId, org.id), sql`lower(${people.email}) = ${options.email}`));
    if (person) {
      throw new CliError(`--email: ${org.name} already has a person with the email ${options.email}; invite them from the admin pages`);
    }
    const unitId = options.unitName ? await unitIdByName(tx, org.id, options.unitName) : null;
    const personId = await createPerson(tx, org.id, { name: options.name, email: options.email, kind: options.kind, unitId });
    const accountId = await createAccount(tx, { orgId: org.id, personId, email: options.email, roles: options.roles });
    // actor null: the operator acts outside any organisation's accounts
    await recordAudit(tx, null, { orgId: org.id, type: 'person.created', subjectPersonId: personId, data: { via: 'operator' } });
    await recordAudit(tx, null, { orgId: org.id, type: 'account.invited', subjectPersonId: personId, data: { roles: options.roles, via: 'operator' } });
    const token = await issueOneTimeToken(tx, { orgId: org.id, accountId, purpose: 'invite', ttlMs: INVITE_TTL_MS, email: options.email });
    return { orgName: org.name, link: `${options.publicUrl}/accept-invitation#${token}` };
  });
  if (options.createOrgName) out(`Created the ${options.createKind === 'hub' ? 'regional hub' : 'organisation'} ${orgName} (slug "${options.orgSlug}").`);
  out(`Added ${options.name} <${options.email}> to ${orgName} with the roles ${options.roles.join(', ')}.`);
  out('Give them this invitation link (it works once, for 7 days) to choose their password:');
  out(`  ${link}`);
}

/** Reads --roles: a comma-separated list of app roles, at least one, each known. */
export function parseRoles(text: string): AppRole[] {
  const roles = [...new Set(text.split(',').map((r) => r.trim()).filter((r) => r !== ''))];
  if (roles.length === 0) throw new CliError(`--roles must name at least one of ${APP_ROLES.join(', ')}`);
  const unknown = roles.filter((r) => !(APP_ROLES as readonly string[]).includes(r));
  if (unknown.length > 0) throw new CliError(`--roles: unknown role ${unknown.map((r) => `"${r}"`).join(', ')}; the roles are ${APP_ROLES.join(', ')}`);
  return roles as AppRole[];
}

export const addUserCommand: CliCommand<AddUserOptions> = {
  name: 'add-user',
  summary: 'add a person with an account; prints a one-time link to set the password',
  usage: 'add-user --org <slug> --email <email> --name <name> --roles <role,role> [--unit <unit name>] [--kind <kind>] [--create-org <Name>]',
  details: [
    `--roles      comma-separated: ${ORGANISATION_ROLES.join(', ')} in an organisation; ${HUB_ROLES.join(', ')} in a hub (create one with create-hub)`,
    `--kind       ${PERSON_KINDS.join(', ')} (default employee)`,
    '--create-org create the organisation first, with this name and the slug from --org',
    'The link starts with TEND_PUBLIC_URL (default http://localhost:PORT).',
  ],
  options: {
    org: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    roles: { type: 'string' },
    unit: { type: 'string' },
    kind: { type: 'string' },
    'create-org': { type: 'string' },
  },
  toOptions(values, config) {
    const orgSlug = requiredString(values, 'org');
    const createOrgName = optionalString(values, 'create-org');
    if (createOrgName && !SLUG_PATTERN.test(orgSlug)) {
      throw new CliError('--org: a new organisation\'s slug is lower-case letters and digits joined by hyphens, like "riverside-care"');
    }
    const email = normaliseEmail(requiredString(values, 'email'));
    if (!ZEmail.safeParse(email).success) throw new CliError(`--email: "${email}" is not an email address like name@example.org`);
    const name = requiredString(values, 'name');
    if (name.length > 200) throw new CliError('--name must be at most 200 characters');
    return {
      orgSlug,
      createOrgName,
      email,
      name,
      roles: parseRoles(requiredString(values, 'roles')),
      unitName: optionalString(values, 'unit'),
      kind: oneOf(values, 'kind', PERSON_KINDS, 'employee'),
      publicUrl: config.publicUrl,
    };
  },
  run: addUser,
};
