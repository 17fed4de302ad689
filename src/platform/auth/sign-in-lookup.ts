import type { Queryable } from '../db/client.js';
import { findAccountsByEmail } from './auth-store.js';
import { verifyPassword } from './password-hash.js';

/**
 * The account an email and password open, or undefined. One address may be confirmed in more
 * than one organisation (each organisation's people are its own); the password decides which
 * account opens, trying them oldest first. An unknown address still spends one verification, so
 * it takes as long as a wrong password (docs/decisions/004-identity-and-email.md).
 */
export async function accountForPassword(
  q: Queryable,
  email: string,
  password: string,
  // the caller may have read them already (the sign-in throttle needs them first)
  candidates?: Awaited<ReturnType<typeof findAccountsByEmail>>,
) {
  candidates ??= await findAccountsByEmail(q, email);
  if (candidates.length === 0) {
    await verifyPassword(undefined, password);
    return undefined;
  }
  for (const account of candidates) {
    if (await verifyPassword(account.passwordHash, password)) return account;
  }
  return undefined;
}
