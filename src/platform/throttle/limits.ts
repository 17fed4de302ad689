/**
 * How many attempts each kind of key gets, and for how long. Pure data: the routes pick the keys,
 * `attempt-store.ts` counts them in PostgreSQL.
 */
export interface Limit {
  /** What is counted, in the key's prefix (`sign-in:account`). */
  name: string;
  max: number;
  windowMs: number;
}

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

export const LIMITS = {
  /** Wrong passwords for an email from browsers that have not signed in to it before. */
  signInAccount: { name: 'sign-in:account', max: 5, windowMs: 15 * MINUTE },
  /** Wrong passwords from one client address, whatever the email. */
  signInClient: { name: 'sign-in:client', max: 30, windowMs: 15 * MINUTE },
  /** Wrong passwords from a browser the account has signed in from (a stolen device cookie gets no more). */
  signInDevice: { name: 'sign-in:device', max: 5, windowMs: 15 * MINUTE },
  /** Wrong current passwords when changing one's password while signed in. */
  passwordChange: { name: 'password-change:account', max: 5, windowMs: 15 * MINUTE },
  /** Reset requests for one address, whether or not it has an account. */
  resetAddress: { name: 'reset:address', max: 3, windowMs: HOUR },
  /** Reset requests from one client address. */
  resetClient: { name: 'reset:client', max: 10, windowMs: HOUR },
} as const satisfies Record<string, Limit>;

/** The key of one counter: the limit's name and what it counts (emails already normalised), joined so that parts cannot collide. */
export const counterKey = (limit: Limit, ...parts: string[]) => JSON.stringify([limit.name, ...parts]);

/** Milliseconds to wait, from a counter's state at `now`: 0 while under the limit or once the window ended. */
export function waitFor(limit: Limit, counter: { count: number; windowEndsAt: Date } | undefined, now: Date): number {
  if (!counter) return 0;
  const left = counter.windowEndsAt.getTime() - now.getTime();
  if (left <= 0) return 0;
  return counter.count >= limit.max ? left : 0;
}
