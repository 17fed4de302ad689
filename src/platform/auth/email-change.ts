import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Actor } from '../access/policy.js';
import { recordAudit } from '../audit/audit-store.js';
import type { Queryable } from '../db/client.js';
import type { AppDeps } from '../deps.js';
import { AppError, conflict, invalid } from '../http/errors.js';
import { countAttempt, waitForCounters } from '../throttle/attempt-store.js';
import { LIMITS } from '../throttle/limits.js';
import { people } from '../../modules/people/schema.js';
import { consumeOneTimeToken, endAllSessions, issueOneTimeToken, listInDirectory, normaliseEmail } from './auth-store.js';
import { verifyPassword } from './password-hash.js';
import { accounts, oneTimeTokens } from './schema.js';
import { splitTenantToken } from './tokens.js';

/*
 * Who may change how a person signs in (docs/decisions/004-identity-and-email.md).
 * An address someone else sets for a person who already signs in is only *pending*: a one-time
 * link goes to the new address, and following it needs the person's current password too. The
 * link proves the address, the password proves the person, so an admin who owns the new address
 * still cannot finish the change. The old address is told when it is asked and when it happens.
 */

export const EMAIL_CHANGE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

type By = Pick<Actor, 'orgId' | 'accountId' | 'personId'> | null;

export interface AccountForChange {
  orgId: string;
  personId: string;
  accountId: string;
  email: string;
  pendingEmail: string | null;
  hasPassword: boolean;
}

/** What the caller sends after its transaction commits (mail never goes out for a change rolled back). */
export type EmailChangeOutcome =
  | { kind: 'pending'; account: AccountForChange; newEmail: string; token: string }
  | { kind: 'cancelled'; account: AccountForChange }
  | { kind: 'replaced'; account: AccountForChange; newEmail: string };

/**
 * Ends every link of the account not used yet: invitations, resets, earlier confirmations — or
 * only those of the purposes named (a completed reset ends the other reset and invitation links,
 * and leaves an email change waiting for its owner).
 */
export async function endOutstandingLinks(q: Queryable, orgId: string, accountId: string, purposes?: ReadonlyArray<'invite' | 'reset' | 'email-change'>) {
  await q
    .update(oneTimeTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(oneTimeTokens.orgId, orgId),
        eq(oneTimeTokens.accountId, accountId),
        isNull(oneTimeTokens.usedAt),
        purposes ? inArray(oneTimeTokens.purpose, [...purposes]) : undefined,
      ),
    );
}

/**
 * What a new address set by someone other than the person means for their account (pure):
 *  - `none`: nothing about sign-in changes (the same address, or the one already waiting);
 *  - `withdraw`: the sign-in address again, so a pending change is withdrawn;
 *  - `replace`: no password yet (invitation not accepted), nobody signs in with it, so the address
 *    is replaced at once and a new invitation goes to it;
 *  - `pend`: the change waits for confirmation by link and password.
 */
export function emailChangeKind(account: Pick<AccountForChange, 'email' | 'pendingEmail' | 'hasPassword'>, requested: string) {
  const newEmail = normaliseEmail(requested);
  if (newEmail === normaliseEmail(account.email)) return account.pendingEmail === null ? 'none' : 'withdraw';
  if (!account.hasPassword) return 'replace';
  return account.pendingEmail === newEmail ? 'none' : 'pend';
}

/**
 * Someone other than the person (an admin, the operator) sets a new address for a person with an
 * account, inside the caller's transaction (see emailChangeKind). Returns what to send after the
 * commit, or null when nothing about sign-in changes. The person's record keeps the address they
 * sign in with until the change is confirmed.
 */
export async function requestEmailChange(q: Queryable, by: By, account: AccountForChange, requested: string): Promise<EmailChangeOutcome | null> {
  const newEmail = normaliseEmail(requested);
  const where = and(eq(accounts.orgId, account.orgId), eq(accounts.id, account.accountId));
  const audit = (type: 'account.email-change-requested' | 'account.email-change-cancelled') =>
    recordAudit(q, by, { orgId: account.orgId, type, subjectPersonId: account.personId, data: { via: by ? 'admin' : 'operator' } });
  switch (emailChangeKind(account, newEmail)) {
    case 'none':
      return null;
    case 'withdraw':
      await q.update(accounts).set({ pendingEmail: null }).where(where);
      await endOutstandingLinks(q, account.orgId, account.accountId);
      await audit('account.email-change-cancelled');
      return { kind: 'cancelled', account };
    case 'replace':
      await q.update(accounts).set({ email: newEmail, pendingEmail: null }).where(where);
      await endOutstandingLinks(q, account.orgId, account.accountId);
      return { kind: 'replaced', account, newEmail };
    case 'pend': {
      await q.update(accounts).set({ pendingEmail: newEmail }).where(where);
      // an earlier confirmation link must not confirm this address (nor a reset outlive the request)
      await endOutstandingLinks(q, account.orgId, account.accountId);
      const token = await issueOneTimeToken(q, { orgId: account.orgId, accountId: account.accountId, purpose: 'email-change', ttlMs: EMAIL_CHANGE_TTL_MS, email: newEmail });
      await audit('account.email-change-requested');
      return { kind: 'pending', account, newEmail, token };
    }
  }
}

/** The mails of a requested change: a link to the new address, a note to the old one. */
export async function mailEmailChange(deps: AppDeps, outcome: EmailChangeOutcome, byName: string) {
  if (outcome.kind !== 'pending') return;
  const link = `${deps.config.publicUrl}/confirm-email#${outcome.token}`;
  await deps.mailer.send({
    to: outcome.newEmail,
    subject: 'Confirm your new email for Tend',
    text: `${byName} asked to make this the email you sign in to Tend with.\nIf that is you, open this link within 7 days and enter your current Tend password:\n${link}\nUntil then you sign in with your old email. If you did not expect this, ignore this message: nothing changes.`,
  });
  await deps.mailer.send({
    to: outcome.account.email,
    subject: 'A change of your Tend email was asked for',
    text: `${byName} asked to change the email you sign in to Tend with to ${outcome.newEmail}.\nNothing changes unless that address confirms it with your password. You still sign in with this email.\nIf you did not expect this, tell someone you trust in your organisation, and change your password.`,
  });
}

/**
 * The person follows the link sent to the new address and gives their current password. A wrong
 * password spends the link (so it cannot be used to guess) and withdraws the change. On success
 * the new address is how they sign in, and every session and outstanding link of the account ends.
 */
export async function confirmEmailChange(deps: AppDeps, link: string, password: string): Promise<{ email: string }> {
  const db = deps.database.db;
  const parsed = splitTenantToken(link);
  if (!parsed) throw invalid('token', 'this link is not valid');
  const { orgId } = parsed;
  const accountId = await consumeOneTimeToken(db, orgId, parsed.token, 'email-change');
  if (!accountId) throw invalid('token', 'this link has expired, was already used, or a newer change replaced it');
  const [account] = await db
    .select({ email: accounts.email, pendingEmail: accounts.pendingEmail, passwordHash: accounts.passwordHash, personId: accounts.personId })
    .from(accounts)
    .where(and(eq(accounts.orgId, orgId), eq(accounts.id, accountId)));
  if (!account?.pendingEmail) throw invalid('token', 'this link has expired, was already used, or a newer change replaced it');
  const newEmail = account.pendingEmail;
  const cancel = () =>
    db.transaction(async (tx) => {
      await tx.update(accounts).set({ pendingEmail: null }).where(and(eq(accounts.orgId, orgId), eq(accounts.id, accountId)));
      await recordAudit(tx, null, { orgId, type: 'account.email-change-cancelled', subjectPersonId: account.personId, data: { via: 'link' } });
    });
  // A wrong password here is a guess at the account's password like a failed sign-in: it feeds
  // the same counter, so asking for change after change cannot guess faster than sign-in can.
  const counters = [{ limit: LIMITS.signInAccount, parts: [normaliseEmail(account.email)] }];
  const wait = await waitForCounters(db, counters);
  if (wait > 0) {
    await cancel();
    throw new AppError(429, 'too-many-attempts', 'Too many attempts with this account’s password. Wait a few minutes, then ask for the change again.');
  }
  if (!(await verifyPassword(account.passwordHash, password))) {
    await countAttempt(db, counters);
    await cancel();
    throw invalid('password', 'this is not the password of the account; the link no longer works, so ask for the change again');
  }
  await db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.orgId, orgId), ne(people.id, account.personId), sql`lower(${people.email}) = ${newEmail}`));
    if (taken) throw conflict('email: another person in your organisation has this email now', [{ field: 'email', problem: 'another person in your organisation has this email now' }]);
    await tx.update(accounts).set({ email: newEmail, pendingEmail: null }).where(and(eq(accounts.orgId, orgId), eq(accounts.id, accountId)));
    await tx.update(people).set({ email: newEmail, updatedAt: new Date() }).where(and(eq(people.orgId, orgId), eq(people.id, account.personId)));
    await listInDirectory(tx, orgId, accountId);
    await endOutstandingLinks(tx, orgId, accountId);
    await endAllSessions(tx, orgId, accountId);
    await recordAudit(tx, null, { orgId, type: 'account.email-changed', subjectPersonId: account.personId, data: { via: 'link' } });
  });
  await deps.mailer.send({
    to: account.email,
    subject: 'Your Tend email has changed',
    text: `You now sign in to Tend with ${newEmail}, confirmed with your password. Every open session was signed out and every earlier link stopped working.\nIf this was not you, tell someone you trust in your organisation.`,
  });
  return { email: newEmail };
}
