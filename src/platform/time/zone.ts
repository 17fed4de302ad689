/**
 * IANA time zones: the list a person chooses from, the check on a stored or submitted zone, and
 * the server's own zone (the default for a new organisation).
 */

/** Every IANA zone this Node knows, plus UTC (which `supportedValuesOf` leaves out). */
export function timeZones(): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  return [...zones].sort();
}

/** True for a zone Intl can compute dates in (`Europe/London`, `UTC`); false for anything else. */
export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone a new organisation starts in: `TEND_TIME_ZONE` when set, else the server's own zone,
 * else UTC. A set value that is not a zone throws: the config calls this at start-up, so a typo
 * stops Tend with one line naming the variable instead of putting new organisations in a zone no
 * date can be counted in.
 */
export function serverTimeZone(env: Record<string, string | undefined> = process.env): string {
  const configured = env.TEND_TIME_ZONE?.trim();
  if (configured) {
    if (!isTimeZone(configured)) {
      throw new Error(`TEND_TIME_ZONE must be an IANA time zone name such as Europe/London or America/Los_Angeles, got "${configured}"`);
    }
    return configured;
  }
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return own && isTimeZone(own) ? own : 'UTC';
}
