import type { Context } from 'hono';
import { runAfterResponse } from '../background/after-response.js';
import type { AppDeps } from '../deps.js';
import { countAttempt, waitForCounters } from '../throttle/attempt-store.js';
import { LIMITS } from '../throttle/limits.js';
import { normaliseEmail } from './auth-store.js';
import { clientAddress } from './client-address.js';
import { requestPasswordReset } from './reset.js';

/**
 * A reset request, answered the same way whatever happens: the work done before the answer
 * (two counter reads and writes) does not depend on whether the address has an account; the
 * account lookup, the link and the mail happen after the answer. Over the limit per address
 * (3 an hour) or per client (10 an hour), nothing is sent, and the answer is still the same,
 * so the limit tells nothing either.
 */
export async function acceptResetRequest(c: Context, deps: AppDeps, email: string): Promise<void> {
  const db = deps.database.db;
  const counters = [
    { limit: LIMITS.resetAddress, parts: [normaliseEmail(email)] },
    { limit: LIMITS.resetClient, parts: [clientAddress(c, deps.config.trustProxy ?? false)] },
  ];
  const allowed = (await waitForCounters(db, counters)) === 0;
  await countAttempt(db, counters);
  if (allowed) runAfterResponse('sending a password reset link', () => requestPasswordReset(deps, email), deps.log);
}
