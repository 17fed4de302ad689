/** Idle timeout: a session unused this long is over (NIST 800-63B AAL2 asks for at most 30 min). */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** Absolute lifetime: sign in again at least this often, however active. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, to spare a write per request. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

/** Is a session with these times still alive at `now`? */
export function sessionIsAlive(session: { createdAt: Date; lastSeenAt: Date }, now: Date): boolean {
  const t = now.getTime();
  return t - session.lastSeenAt.getTime() < IDLE_TIMEOUT_MS && t - session.createdAt.getTime() < ABSOLUTE_TIMEOUT_MS;
}
