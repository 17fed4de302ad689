import { and, eq, lt, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Queryable } from '../db/client.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { knownDevices } from './schema.js';

export const DEVICE_COOKIE = 'tend_device';
/** A browser stays known this long after its last sign-in. */
export const DEVICE_TTL_MS = 180 * 24 * 60 * 60 * 1000;

/** The device token the browser sent, when it has the right shape. */
export function deviceToken(c: Context): string | undefined {
  const value = getCookie(c, DEVICE_COOKIE);
  return value && /^[A-Za-z0-9_-]{20,64}$/.test(value) ? value : undefined;
}

/** True when this account has signed in from this browser within DEVICE_TTL_MS. */
export async function isKnownDevice(q: Queryable, orgId: string, accountId: string, token: string | undefined): Promise<boolean> {
  if (!token) return false;
  const [row] = await q
    .select({ at: knownDevices.lastSignInAt })
    .from(knownDevices)
    .where(and(eq(knownDevices.orgId, orgId), eq(knownDevices.accountId, accountId), eq(knownDevices.deviceHash, hashToken(token))));
  return Boolean(row && Date.now() - row.at.getTime() < DEVICE_TTL_MS);
}

/**
 * After a successful sign-in: remembers the browser for the account (a new random token if it
 * had none) and sets the cookie. The cookie is only ever sent to the sign-in endpoints.
 */
export async function rememberDevice(
  c: Context,
  q: Queryable,
  input: { orgId: string; accountId: string; token: string | undefined; secure: boolean },
): Promise<void> {
  const token = input.token ?? newToken();
  await q
    .insert(knownDevices)
    .values({ orgId: input.orgId, accountId: input.accountId, deviceHash: hashToken(token) })
    .onConflictDoUpdate({ target: [knownDevices.orgId, knownDevices.accountId, knownDevices.deviceHash], set: { lastSignInAt: sql`now()` } });
  setCookie(c, DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: input.secure,
    path: '/api/v1/auth',
    maxAge: DEVICE_TTL_MS / 1000,
  });
}

/** Forgets browsers not used to sign in for DEVICE_TTL_MS. */
export async function pruneKnownDevices(q: Queryable): Promise<void> {
  await q.delete(knownDevices).where(lt(knownDevices.lastSignInAt, new Date(Date.now() - DEVICE_TTL_MS)));
}

/**
 * Forgets every browser of an account: after its password changes or is reset, a browser that
 * signed in with the old password (perhaps someone else's) earns no exemption from the limits.
 */
export async function forgetKnownDevices(q: Queryable, orgId: string, accountId: string): Promise<void> {
  await q.delete(knownDevices).where(and(eq(knownDevices.orgId, orgId), eq(knownDevices.accountId, accountId)));
}
