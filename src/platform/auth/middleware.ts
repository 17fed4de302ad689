import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError } from '../http/errors.js';
import type { AppEnv } from '../http/route.js';
import type { AppDeps } from '../deps.js';
import { actorForSession } from './auth-store.js';
import { splitTenantToken } from './tokens.js';

export const SESSION_COOKIE = 'tend_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Finds who is calling from the session cookie, and guards against cross-site requests:
 * with a session, a state-changing request must echo the session's CSRF token in
 * `X-CSRF-Token`; without one, it must be JSON from our own origin (a cross-site form
 * cannot send JSON without a CORS preflight, which we never grant).
 */
export function sessionMiddleware(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const parsed = splitTenantToken(getCookie(c, SESSION_COOKIE));
    const found = parsed ? await actorForSession(deps.database.db, parsed.orgId, parsed.token) : undefined;
    c.set('actor', found?.actor);
    c.set('sessionTokenHash', found?.tokenHash);
    c.set('sessionCsrfToken', found?.csrfToken);
    if (UNSAFE.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin && origin !== new URL(c.req.url).origin && origin !== deps.config.publicUrl) {
        throw new AppError(403, 'csrf', 'This request came from another site and was refused.');
      }
      if (found) {
        if (!sameSecret(c.req.header('x-csrf-token'), found.csrfToken)) {
          throw new AppError(403, 'csrf', 'The request is missing its CSRF token: reload the page and try again.');
        }
      } else if (c.req.method !== 'DELETE' && !(c.req.header('content-type') ?? '').startsWith('application/json')) {
        // (a cross-site form can only POST; a DELETE without a session is refused as signed out)
        throw new AppError(415, 'unsupported-media-type', 'Send this request as application/json.');
      }
    }
    await next();
  };
}

/** Compares in constant time, so the token cannot be guessed a character at a time from timings. */
function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
