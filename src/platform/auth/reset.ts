import { recordAudit } from '../audit/audit-store.js';
import type { AppDeps } from '../deps.js';
import { findAccountsByEmail, issueOneTimeToken } from './auth-store.js';

export const RESET_TTL_MS = 60 * 60 * 1000;
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Sends a reset link to every account that confirmed this address (one per organisation at most);
 * says nothing either way (no enumeration). Each link is bound to the address: it stops working
 * if the account's address changes. The request shows in the person's "Who has seen my records".
 */
export async function requestPasswordReset(deps: AppDeps, email: string): Promise<void> {
  for (const account of await findAccountsByEmail(deps.database.db, email)) {
    if (account.disabled) continue;
    const token = await deps.database.db.transaction(async (tx) => {
      await recordAudit(tx, null, { orgId: account.orgId, type: 'account.password-reset-requested', subjectPersonId: account.personId, data: { via: 'reset-request' } });
      return issueOneTimeToken(tx, { orgId: account.orgId, accountId: account.accountId, purpose: 'reset', ttlMs: RESET_TTL_MS, email: account.email });
    });
    await deps.mailer.send({
      to: account.email,
      subject: 'Reset your Tend password',
      text: `Someone asked to reset the password for this email on Tend.\nTo choose a new password, open this link within an hour:\n${deps.config.publicUrl}/reset-password#${token}\nIf it was not you, you can ignore this message.`,
    });
  }
}

/** Sends an invitation link to an account that has no password yet. Returns the link. */
export async function sendInvitation(deps: AppDeps, account: { orgId: string; accountId: string; email: string }, inviterName: string) {
  const token = await issueOneTimeToken(deps.database.db, { ...account, purpose: 'invite', ttlMs: INVITE_TTL_MS, email: account.email });
  const link = `${deps.config.publicUrl}/accept-invitation#${token}`;
  await deps.mailer.send({
    to: account.email,
    subject: 'You are invited to Tend',
    text: `${inviterName} invited you to Tend, your organisation's space for trauma-informed practice and well-being.\nTo choose your password, open this link within 7 days:\n${link}`,
  });
  return link;
}
