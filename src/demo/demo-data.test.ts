import { describe, expect, it } from 'vitest';
import { buildDemoPeople, DEMO_UNITS } from './demo-data.js';

describe('the demo organisation', () => {
  const people = buildDemoPeople();

  it('has one team under the minimum group size of 5, whose people do not sign in', () => {
    expect(DEMO_UNITS.find((u) => u.key === 'nightsupport')).toMatchObject({ name: 'Night Support', parent: 'housing' });
    const night = people.filter((p) => p.unit === 'nightsupport');
    expect(night).toHaveLength(2);
    expect(night.every((p) => p.roles === undefined)).toBe(true);
  });

  it("keeps the three printed sign-ins first and every email unique, and no hub role in the organisation", () => {
    expect(people.slice(0, 3).map((p) => p.email)).toEqual(['admin@riverside.example', 'supervisor@riverside.example', 'worker@riverside.example']);
    expect(people.filter((p) => p.roles?.some((r) => r.startsWith('hub_')))).toEqual([]);
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
  });
});
