import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The address sign-in attempts are counted against. X-Forwarded-For is believed only when Tend is
 * told it runs behind a proxy (TEND_TRUST_PROXY=true); otherwise anyone could send a new value
 * with each guess and never be slowed down. Even then only the last entry is believed: the proxy
 * appends the address it saw, while everything before it is whatever the client wrote.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    // no socket (requests made in-process, as tests do)
    return 'local';
  }
}
