import { createHash, randomBytes } from 'node:crypto';

/** 128 bits from the operating system's CSPRNG, URL-safe. */
export const newToken = () => randomBytes(16).toString('base64url');

/** Only this digest is stored: a copy of the table cannot be replayed as cookies or links. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Cookies and links carry `<orgId>.<token>` so a lookup names its tenant (the shard key).
 * Returns null for anything that is not that shape.
 */
export function splitTenantToken(value: string | undefined): { orgId: string; token: string } | null {
  if (!value) return null;
  const match = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{20,64})$/.exec(value);
  return match ? { orgId: match[1]!, token: match[2]! } : null;
}
