import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { accounts } from './schema.js';

/**
 * The organisation's accounts for the operator's JSON export: who signs in with which roles.
 * Never password hashes, sessions or one-time tokens — an export is handed to people who must not
 * be able to sign in as anyone with it. The column list is the presenter.
 */
export async function accountsExport(q: Queryable, orgId: string) {
  return q
    .select({ personId: accounts.personId, email: accounts.email, roles: accounts.roles, disabled: accounts.disabled, locale: accounts.locale })
    .from(accounts)
    .where(eq(accounts.orgId, orgId))
    .orderBy(asc(accounts.id));
}
