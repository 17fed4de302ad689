import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit-store.js';
import type { Queryable } from '../db/client.js';
import { listInDirectory } from './auth-store.js';
import { accounts } from './schema.js';

/**
 * What setting a password through a one-time link means beyond the password (inside the caller's
 * transaction): the link reached its address, which confirms it, so it is listed for sign-in; a
 * reset also leaves a notice the person sees at their next sign-in. Both are written to the person's own
 * "Who has seen my records", done through a link sent by email.
 */
export async function afterPasswordSetByLink(q: Queryable, orgId: string, accountId: string, purpose: 'invite' | 'reset') {
  const where = and(eq(accounts.orgId, orgId), eq(accounts.id, accountId));
  const [account] = await q.select({ personId: accounts.personId }).from(accounts).where(where);
  // the link reached the address it was bound to, so its owner has confirmed it
  await listInDirectory(q, orgId, accountId);
  if (purpose === 'reset') await q.update(accounts).set({ resetNoticeAt: new Date() }).where(where);
  await recordAudit(q, null, { orgId, type: 'account.password-reset', subjectPersonId: account?.personId ?? null, data: { accountId, via: purpose === 'invite' ? 'invitation' : 'link' } });
}

/**
 * The notice for a sign-in answer after a reset: told once, at the first sign-in after it, then
 * cleared (docs/decisions/004-identity-and-email.md).
 */
export async function takeResetNotice(q: Queryable, orgId: string, accountId: string): Promise<{ kind: 'password-reset'; at: string } | null> {
  const result = await q.execute(sql`
    WITH old AS (SELECT reset_notice_at FROM accounts WHERE org_id = ${orgId} AND id = ${accountId} AND reset_notice_at IS NOT NULL FOR UPDATE)
    UPDATE accounts SET reset_notice_at = NULL FROM old WHERE org_id = ${orgId} AND id = ${accountId}
    RETURNING old.reset_notice_at AS at`);
  const at = (result.rows[0] as { at: Date | string } | undefined)?.at;
  return at ? { kind: 'password-reset', at: new Date(at).toISOString() } : null;
}
