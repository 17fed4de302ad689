import { describe, expect, it } from 'vitest';
import { buildDemoPeople } from './demo-data.js';
import { demoAbsences, demoMovers } from './demo-workforce.js';

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

describe('the demo organisation’s starts and leaves', () => {
  const today = '2026-12-06';
  const movers = demoMovers(today);
  const left = movers.filter((m) => m.endDate !== null);
  const joined = movers.filter((m) => m.endDate === null);

  it('has people leaving across the last two years, each with a reason, after they started', () => {
    expect(left.length).toBeGreaterThanOrEqual(8);
    for (const m of left) {
      expect(m.endDate! < today && m.endDate! >= '2024-12-06' && m.startDate < m.endDate!).toBe(true);
      expect(m.leaveReason).not.toBeNull();
    }
    // about one a quarter: no quarter of the last two years without a leaver
    const quarters = new Set(left.map((m) => `${m.endDate!.slice(0, 4)}-${Math.floor((Number(m.endDate!.slice(5, 7)) - 1) / 3)}`));
    expect(quarters.size).toBeGreaterThanOrEqual(7);
  });

  it('has people who joined in the last eighteen months and are still here, with no reason to leave', () => {
    expect(joined.length).toBeGreaterThanOrEqual(4);
    for (const m of joined) expect(m.startDate < today && m.startDate >= '2025-06-06' && m.leaveReason === null).toBe(true);
  });

  it('adds nobody the demo already has, and nobody to the team kept under the minimum', () => {
    const emails = new Set(buildDemoPeople().map((p) => p.email));
    expect(movers.some((m) => emails.has(m.email))).toBe(false);
    expect(new Set(movers.map((m) => m.email)).size).toBe(movers.length);
    expect(movers.some((m) => m.unit === 'nightsupport')).toBe(false);
  });
});
