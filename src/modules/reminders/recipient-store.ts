import { and, arrayContains, eq, isNotNull } from 'drizzle-orm';
import { accounts } from '../../platform/auth/schema.js';
import type { Queryable } from '../../platform/db/client.js';

/** Where a person's reminder email goes: their own account's address and language. */
export interface Recipient {
  email: string;
  locale: string;
}

/**
 * Every person of the organisation who can sign in (a password they set, not disabled), by
 * person id. Only they get reminders: a reminder links to a page, and someone who cannot sign in
 * could not open it.
 */
export async function recipientsOf(q: Queryable, orgId: string): Promise<Map<string, Recipient>> {
  const rows = await q
    .select({ personId: accounts.personId, email: accounts.email, locale: accounts.locale })
    .from(accounts)
    .where(and(eq(accounts.orgId, orgId), isNotNull(accounts.passwordHash), eq(accounts.disabled, false)));
  return new Map(rows.map((r) => [r.personId, { email: r.email, locale: r.locale }]));
}

/** The organisation's admins who can sign in: a collaborative's reminders are theirs (the consent and the hub's work speak for the organisation). */
export async function orgAdminIds(q: Queryable, orgId: string): Promise<string[]> {
  const rows = await q
    .select({ personId: accounts.personId })
    .from(accounts)
    .where(and(eq(accounts.orgId, orgId), arrayContains(accounts.roles, ['org_admin']), isNotNull(accounts.passwordHash), eq(accounts.disabled, false)));
  return rows.map((r) => r.personId).sort();
}
