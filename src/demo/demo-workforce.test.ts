import { describe, expect, it } from 'vitest';
import { buildDemoPeople } from './demo-data.js';
import { demoAbsences } from './demo-workforce.js';

describe('the demo organisation’s absence', () => {
  const people = buildDemoPeople().map((p) => ({ email: p.email, signsIn: p.roles !== undefined }));
  const today = '2026-12-06';
  const absences = demoAbsences(people, today);

  it('falls only on people who do not sign in, within the last year, each spell ended before today', () => {
    const quiet = new Set(people.filter((p) => !p.signsIn).map((p) => p.email));
    expect(absences.length).toBeGreaterThan(quiet.size);
    for (const a of absences) {
      expect(quiet.has(a.email)).toBe(true);
      expect(a.firstDay >= '2025-12-06' && a.lastDay < today && a.lastDay >= a.firstDay).toBe(true);
      expect(a.workingDaysLost).toBeGreaterThan(0);
    }
  });

  it('never overlaps one person’s spells, and some are stress-related', () => {
    for (const email of new Set(absences.map((a) => a.email))) {
      const mine = absences.filter((a) => a.email === email).sort((x, y) => x.firstDay.localeCompare(y.firstDay));
      for (let i = 1; i < mine.length; i++) expect(mine[i]!.firstDay > mine[i - 1]!.lastDay).toBe(true);
    }
    expect(absences.some((a) => a.reason === 'stress-related')).toBe(true);
  });
});
