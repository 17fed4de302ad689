import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Actor } from '../access/policy.js';
import type { Queryable } from '../db/client.js';
import { people } from '../../modules/people/schema.js';
import { accountDirectory, accounts, type AppRole, oneTimeTokens, sessions } from './schema.js';
import { organisations } from '../tenancy/schema.js';
import { rolesInTenant, tenantKindOf } from '../tenancy/tenant-kind.js';
import { hashToken, newToken } from './tokens.js';
import { sessionIsAlive, TOUCH_INTERVAL_MS } from './session-rules.js';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Every account whose owner confirmed this address, one per organisation at most, oldest first.
 * Unconfirmed addresses (an invitation not accepted, a change not confirmed) are not listed.
 */
export async function findAccountsByEmail(q: Queryable, email: string) {
  return q
    .select({
      orgId: accounts.orgId,
      accountId: accounts.id,
      personId: accounts.personId,
      passwordHash: accounts.passwordHash,
      disabled: accounts.disabled,
      email: accounts.email,
    })
    .from(accountDirectory)
    .innerJoin(accounts, and(eq(accounts.orgId, accountDirectory.orgId), eq(accounts.id, accountDirectory.accountId)))
    .where(eq(accountDirectory.email, normaliseEmail(email)))
    .orderBy(asc(accounts.createdAt), asc(accounts.id));
}

/** The first account confirmed for an email (the operator's tools name one), or undefined. */
export async function findAccountByEmail(q: Queryable, email: string) {
  return (await findAccountsByEmail(q, email))[0];
}

/**
 * The first account in any organisation with this address, confirmed or not (an invitation not
 * accepted yet): for the operator's tools only, never for anything an organisation can see.
 */
export async function findAnyAccountByEmail(q: Queryable, email: string) {
  const [row] = await q
    .select({ orgId: accounts.orgId, accountId: accounts.id, disabled: accounts.disabled, email: accounts.email })
    .from(accounts)
    .where(eq(accounts.email, normaliseEmail(email)))
    .orderBy(asc(accounts.createdAt), asc(accounts.id))
    .limit(1);
  return row;
}

export const anyAccountHasEmail = async (q: Queryable, email: string) => (await findAnyAccountByEmail(q, email)) !== undefined;

/** Lists a confirmed address for sign-in (invitation accepted, email change confirmed). */
export async function listInDirectory(q: Queryable, orgId: string, accountId: string) {
  await q.delete(accountDirectory).where(and(eq(accountDirectory.orgId, orgId), eq(accountDirectory.accountId, accountId)));
  await q.execute(sql`INSERT INTO account_directory (email, org_id, account_id)
    SELECT email, org_id, id FROM accounts WHERE org_id = ${orgId} AND id = ${accountId}
    ON CONFLICT DO NOTHING`);
}

/** The email of an account, or undefined if there is no such account. */
export async function findAccountEmail(q: Queryable, orgId: string, accountId: string) {
  const [row] = await q
    .select({ email: accounts.email })
    .from(accounts)
    .where(and(eq(accounts.orgId, orgId), eq(accounts.id, accountId)));
  return row?.email;
}

/**
 * Creates an account for a person. With a password (set by the operator or the demo) the address
 * counts as confirmed and is listed for sign-in; an invited account is listed when she accepts.
 */
export async function createAccount(
  q: Queryable,
  input: { orgId: string; personId: string; email: string; roles: AppRole[]; passwordHash?: string | null; locale?: string },
): Promise<string> {
  const id = uuidv7();
  const email = normaliseEmail(input.email);
  await q.insert(accounts).values({
    orgId: input.orgId,
    id,
    personId: input.personId,
    email,
    roles: input.roles,
    passwordHash: input.passwordHash ?? null,
    locale: input.locale ?? 'en',
  });
  if (input.passwordHash) await q.insert(accountDirectory).values({ email, orgId: input.orgId, accountId: id });
  return id;
}

/** Starts a session: a fresh 128-bit token every sign-in (no fixation). Returns the cookie value. */
export async function createSession(q: Queryable, orgId: string, accountId: string) {
  const token = newToken();
  const csrfToken = newToken();
  await q.insert(sessions).values({ orgId, tokenHash: hashToken(token), accountId, csrfToken });
  return { cookieValue: `${orgId}.${token}`, token, csrfToken };
}

/**
 * The actor behind a session token, or undefined when the session is unknown, expired
 * (idle or absolute), or its account is disabled. Expired sessions are deleted on sight.
 */
export async function actorForSession(q: Queryable, orgId: string, token: string, now = new Date()) {
  const tokenHash = hashToken(token);
  const [row] = await q
    .select({
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      csrfToken: sessions.csrfToken,
      accountId: accounts.id,
      personId: accounts.personId,
      roles: accounts.roles,
      email: accounts.email,
      locale: accounts.locale,
      disabled: accounts.disabled,
      name: people.name,
      // an organisation stored before time zones kept its dates in UTC
      timeZone: sql<string>`coalesce(${organisations.settings}->>'timeZone', 'UTC')`,
      tenantKind: organisations.kind,
    })
    .from(sessions)
    .innerJoin(accounts, and(eq(accounts.orgId, sessions.orgId), eq(accounts.id, sessions.accountId)))
    .innerJoin(people, and(eq(people.orgId, accounts.orgId), eq(people.id, accounts.personId)))
    .innerJoin(organisations, eq(organisations.id, sessions.orgId))
    .where(and(eq(sessions.orgId, orgId), eq(sessions.tokenHash, tokenHash)));
  if (!row) return undefined;
  if (row.disabled || !sessionIsAlive(row, now)) {
    await q.delete(sessions).where(and(eq(sessions.orgId, orgId), eq(sessions.tokenHash, tokenHash)));
    return undefined;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await q
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.orgId, orgId), eq(sessions.tokenHash, tokenHash)));
  }
  const tenantKind = tenantKindOf(row.tenantKind);
  const actor: Actor = {
    orgId,
    tenantKind,
    accountId: row.accountId,
    personId: row.personId,
    roles: rolesInTenant(tenantKind, row.roles),
    email: row.email,
    name: row.name,
    locale: row.locale,
    timeZone: row.timeZone,
  };
  return { actor, csrfToken: row.csrfToken, tokenHash };
}

export async function endSession(q: Queryable, orgId: string, tokenHash: string) {
  await q.delete(sessions).where(and(eq(sessions.orgId, orgId), eq(sessions.tokenHash, tokenHash)));
}

/** Ends every session of an account: on disable, on password change. */
export async function endAllSessions(q: Queryable, orgId: string, accountId: string) {
  await q.delete(sessions).where(and(eq(sessions.orgId, orgId), eq(sessions.accountId, accountId)));
}

export type LinkPurpose = 'invite' | 'reset' | 'email-change';

/**
 * Issues a one-time link token bound to the address it is sent to; returns `<orgId>.<token>`
 * for the link.
 */
export async function issueOneTimeToken(
  q: Queryable,
  input: { orgId: string; accountId: string; purpose: LinkPurpose; ttlMs: number; email: string },
) {
  const token = newToken();
  await q.insert(oneTimeTokens).values({
    orgId: input.orgId,
    tokenHash: hashToken(token),
    accountId: input.accountId,
    purpose: input.purpose,
    email: normaliseEmail(input.email),
    expiresAt: new Date(Date.now() + input.ttlMs),
  });
  return `${input.orgId}.${token}`;
}

/**
 * Marks a one-time token used and returns its account id, or undefined if unusable. A link works
 * only while the address it was sent to is still the account's (for an email change: still the
 * address awaiting confirmation), so changing an address ends every link sent before.
 */
export async function consumeOneTimeToken(q: Queryable, orgId: string, token: string, purpose: LinkPurpose) {
  const boundAddress = purpose === 'email-change' ? accounts.pendingEmail : accounts.email;
  const [row] = await q
    .update(oneTimeTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(oneTimeTokens.orgId, orgId),
        eq(oneTimeTokens.tokenHash, hashToken(token)),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        sql`${oneTimeTokens.expiresAt} > now()`,
        sql`${oneTimeTokens.email} = (SELECT ${boundAddress} FROM ${accounts} WHERE ${accounts.orgId} = ${oneTimeTokens.orgId} AND ${accounts.id} = ${oneTimeTokens.accountId})`,
      ),
    )
    .returning({ accountId: oneTimeTokens.accountId });
  return row?.accountId;
}

export async function setPasswordHash(q: Queryable, orgId: string, accountId: string, passwordHash: string) {
  await q.update(accounts).set({ passwordHash }).where(and(eq(accounts.orgId, orgId), eq(accounts.id, accountId)));
}

export async function setLocale(q: Queryable, orgId: string, accountId: string, locale: string) {
  await q.update(accounts).set({ locale }).where(and(eq(accounts.orgId, orgId), eq(accounts.id, accountId)));
}
