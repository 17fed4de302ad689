import { dictionary } from '@zxcvbn-ts/language-common';
import { weakPasswordProblem } from './password-strength.js';
import { DEMO_PASSWORD } from '../tenancy/demo-organisation.js';

/** NIST SP 800-63B: a password used alone is at least 15 characters; we accept up to 128. */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 128;

const commonPasswords = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

export interface PasswordContext {
  /** The account's email: its name part may not be in the password. */
  email?: string;
  /** True only for the demo organisation, where the published demo password is allowed. */
  demoOrganisation?: boolean;
}

/**
 * Checks a new password the way NIST 800-63B asks: length, and not a known common or
 * context-bound value, and strong enough by zxcvbn's estimate
 * (which refuses keyboard runs, repeats and dictionary words on its own). No composition rules (no "one digit, one symbol"): they make passwords
 * harder to remember without making them harder to guess.
 * Returns the problem in plain words, or null when the password is acceptable.
 */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  // count characters as people see them, not UTF-16 code units (NIST: Unicode is allowed)
  const length = [...password.normalize('NFKC')].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) return 'is on a list of commonly used passwords; choose another';
  if (/^(.)\1+$/u.test(password)) return 'repeats a single character; choose something less predictable';
  if (isRepeatOfCommon(lower)) return 'repeats a commonly used password; choose another';
  if (isSequence(lower)) return 'is a simple sequence; choose something less predictable';
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'contains your email address; choose another';
  if (/^(tend|password|welcome)+\d*$/.test(lower)) return 'is too easy to guess; choose another';
  // published in the README and printed at start-up: fine for the demo, nowhere else
  if (password.normalize('NFKC') === DEMO_PASSWORD && !context.demoOrganisation) return 'is the published demo password; choose another';
  return weakPasswordProblem(password, local ? [local, context.email!] : []);
}

function isRepeatOfCommon(lower: string): boolean {
  for (let size = 1; size <= lower.length / 2; size++) {
    if (lower.length % size !== 0) continue;
    const unit = lower.slice(0, size);
    if (unit.repeat(lower.length / size) === lower && (commonPasswords.has(unit) || size <= 3)) return true;
  }
  return false;
}

function isSequence(lower: string): boolean {
  const codes = [...lower].map((ch) => ch.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  if (Math.abs(step) !== 1) return false;
  return codes.every((code, i) => i === 0 || code - (codes[i - 1] ?? 0) === step);
}
