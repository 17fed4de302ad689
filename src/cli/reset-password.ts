import { findAnyAccountByEmail, issueOneTimeToken } from '../platform/auth/auth-store.js';
import { RESET_TTL_MS } from '../platform/auth/reset.js';
import type { Database } from '../platform/db/client.js';
import { type CliCommand, CliError, type Out, requiredString } from './command.js';

export interface ResetPasswordOptions {
  email: string;
  /** Base of the reset link: TEND_PUBLIC_URL, else http://localhost:PORT. */
  publicUrl: string;
}

/**
 * Prints a one-time password reset link (valid for an hour) for the account with this email.
 * Unlike the web form, it says plainly when no account has the email: the operator already
 * has the whole database, so there is nothing to enumerate.
 */
export async function resetPassword(database: Database, options: ResetPasswordOptions, out: Out): Promise<void> {
  const account = await findAnyAccountByEmail(database.db, options.email);
  if (!account) throw new CliError(`No account has that email (--email ${options.email})`);
  const token = await issueOneTimeToken(database.db, { orgId: account.orgId, accountId: account.accountId, purpose: 'reset', ttlMs: RESET_TTL_MS, email: account.email });
  if (account.disabled) out('Note: this account is disabled; it cannot sign in until an admin enables it again.');
  out(`Password reset link for ${account.email} (it works once, for 1 hour):`);
  out(`  ${options.publicUrl}/reset-password#${token}`);
}

export const resetPasswordCommand: CliCommand<ResetPasswordOptions> = {
  name: 'reset-password',
  summary: 'print a one-time password reset link for an account',
  usage: 'reset-password --email <email>',
  details: ['The link starts with TEND_PUBLIC_URL (default http://localhost:PORT).'],
  options: { email: { type: 'string' } },
  toOptions: (values, config) => ({ email: requiredString(values, 'email'), publicUrl: config.publicUrl }),
  run: resetPassword,
};
