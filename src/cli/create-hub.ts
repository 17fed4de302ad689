import { z } from 'zod';
import { normaliseEmail } from '../platform/auth/auth-store.js';
import { type AddUserOptions, addUser } from './add-user.js';
import { type CliCommand, CliError, requiredString } from './command.js';
import { SLUG_PATTERN } from './find-org.js';

const ZEmail = z.email();

/**
 * Creates a regional hub (a tenant of kind hub) with its first hub admin, in one transaction
 * with its audit events, and prints the admin's one-time invitation link. The admin then adds
 * the hub's other people and invites organisations from the hub's pages.
 */
export const createHubCommand: CliCommand<AddUserOptions> = {
  name: 'create-hub',
  summary: 'create a regional hub with its first hub admin; prints a one-time link to set the password',
  usage: 'create-hub --slug <slug> --name <Hub name> --admin-email <email> --admin-name <name>',
  details: ['The hub admin invites organisations and adds analysts from the Region pages.', 'The link starts with TEND_PUBLIC_URL (default http://localhost:PORT).'],
  options: {
    slug: { type: 'string' },
    name: { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-name': { type: 'string' },
  },
  toOptions(values, config) {
    const slug = requiredString(values, 'slug');
    if (!SLUG_PATTERN.test(slug)) throw new CliError('--slug: lower-case letters and digits joined by hyphens, like "north-region"');
    const hubName = requiredString(values, 'name');
    if (hubName.length > 200) throw new CliError('--name must be at most 200 characters');
    const email = normaliseEmail(requiredString(values, 'admin-email'));
    if (!ZEmail.safeParse(email).success) throw new CliError(`--admin-email: "${email}" is not an email address like name@example.org`);
    const name = requiredString(values, 'admin-name');
    if (name.length > 200) throw new CliError('--admin-name must be at most 200 characters');
    return { orgSlug: slug, createOrgName: hubName, createKind: 'hub', email, name, roles: ['hub_admin'], kind: 'employee', publicUrl: config.publicUrl };
  },
  run: addUser,
};
