import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('the configuration', () => {
  it('takes TEND_TIME_ZONE as the zone new organisations start in', () => {
    expect(loadConfig({ TEND_TIME_ZONE: 'Pacific/Auckland' }).timeZone).toBe('Pacific/Auckland');
  });

  it('refuses to load with a TEND_TIME_ZONE that is not a zone, so start-up stops with that one line', () => {
    expect(() => loadConfig({ TEND_TIME_ZONE: 'Mars/Olympus' })).toThrow(/^TEND_TIME_ZONE must be an IANA time zone name .*, got "Mars\/Olympus"$/);
  });
});
