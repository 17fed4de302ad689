import type { Queryable } from '../db/client.js';
import { endSession } from './auth-store.js';
import { hashToken, splitTenantToken } from './tokens.js';

/**
 * Ends the session named by the cookie a sign-in request arrived with: a new sign-in in a
 * browser replaces the session that browser had, rather than leaving it alive beside the new one.
 */
export async function endBrowserSession(q: Queryable, cookieValue: string | undefined): Promise<void> {
  const parsed = splitTenantToken(cookieValue);
  if (parsed) await endSession(q, parsed.orgId, hashToken(parsed.token));
}
