import type { Context } from 'hono';
import type { AppDeps } from '../deps.js';
import { AppError } from '../http/errors.js';
import { clearCounters, countAttempt, type CounterRef, waitForCounters } from '../throttle/attempt-store.js';
import { deviceToken, isKnownDevice, rememberDevice } from '../throttle/known-devices.js';
import { LIMITS } from '../throttle/limits.js';
import { clientAddress } from './client-address.js';
import { normaliseEmail } from './auth-store.js';

// Looked up when no account has the email, so a device cookie costs the same query either way.
const NO_ACCOUNT = { orgId: '00000000-0000-0000-0000-000000000000', accountId: '00000000-0000-0000-0000-000000000000' };

/**
 * Throttles sign-in without letting a stranger lock the owner out (OWASP "device cookies"):
 * - a browser this account signed in from before has its own counter (account, device);
 * - any other browser counts against the email and against its client address.
 * A stranger's failures fill the email's and their own address's counters, never the owner's
 * device counter, so the owner still signs in from their usual browser.
 */
export async function signInGate(c: Context, deps: AppDeps, email: string, accounts: ReadonlyArray<{ orgId: string; accountId: string }>) {
  const db = deps.database.db;
  const device = deviceToken(c);
  // One address may be confirmed in several organisations: a browser known to any of them has
  // that account's counter. With no account, one lookup all the same, so the cost is alike.
  let target: { orgId: string; accountId: string } = NO_ACCOUNT;
  let known = false;
  for (const candidate of accounts.length > 0 ? accounts : [NO_ACCOUNT]) {
    if (await isKnownDevice(db, candidate.orgId, candidate.accountId, device)) {
      target = candidate;
      known = accounts.length > 0;
      break;
    }
  }
  const counters: CounterRef[] = known
    ? [{ limit: LIMITS.signInDevice, parts: [target.orgId, target.accountId, device!] }]
    : [
        { limit: LIMITS.signInAccount, parts: [normaliseEmail(email)] },
        { limit: LIMITS.signInClient, parts: [clientAddress(c, deps.config.trustProxy ?? false)] },
      ];
  const wait = await waitForCounters(db, counters);
  if (wait > 0) {
    c.header('retry-after', String(Math.ceil(wait / 1000)));
    throw new AppError(429, 'too-many-attempts', 'Too many sign-in attempts. Wait a few minutes and try again.');
  }
  return {
    failed: () => countAttempt(db, counters),
    /** Clears this browser's counters and remembers it for the account. */
    succeeded: async (signedIn: { orgId: string; accountId: string }) => {
      await clearCounters(db, known ? counters : counters.slice(0, 1));
      await rememberDevice(c, db, { ...signedIn, token: device, secure: deps.config.secureCookies });
    },
  };
}
