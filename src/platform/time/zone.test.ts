import { describe, expect, it } from 'vitest';
import { isTimeZone, serverTimeZone, timeZones } from './zone.js';

describe('time zones', () => {
  it('knows real IANA zones and UTC, and refuses anything else', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    for (const bad of ['', 'Mars/Olympus', 'GMT+25', 'x'.repeat(65)]) expect(isTimeZone(bad)).toBe(false);
  });

  it('lists zones sorted, UTC included', () => {
    const zones = timeZones();
    expect(zones).toContain('UTC');
    expect(zones).toContain('Pacific/Auckland');
    expect([...zones].sort()).toEqual(zones);
  });

  it('starts organisations in TEND_TIME_ZONE when set, else the server zone', () => {
    expect(serverTimeZone({ TEND_TIME_ZONE: 'Pacific/Auckland' })).toBe('Pacific/Auckland');
    expect(isTimeZone(serverTimeZone({}))).toBe(true);
    // blank is unset, not a zone
    expect(isTimeZone(serverTimeZone({ TEND_TIME_ZONE: '  ' }))).toBe(true);
  });

  it('refuses a TEND_TIME_ZONE that is not a zone, in one line naming the variable and the value', () => {
    for (const bad of ['Mars/Olympus', 'GMT+25', 'Europe/Londn']) {
      expect(() => serverTimeZone({ TEND_TIME_ZONE: bad })).toThrow(
        `TEND_TIME_ZONE must be an IANA time zone name such as Europe/London or America/Los_Angeles, got "${bad}"`,
      );
    }
  });
});
