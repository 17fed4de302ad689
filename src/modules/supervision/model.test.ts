import { describe, expect, it } from 'vitest';
import { recordProblems, rhythmInForce, supervisionDates } from './model.js';

const defaults = { informed: 8, skilled: 6, enhanced: 4, specialist: 4 };

describe('the rhythm in force', () => {
  it('is the organisation default for the level until the pair agrees another', () => {
    expect(rhythmInForce('enhanced', defaults, null)).toEqual({ weeks: 4, source: 'organisation' });
    expect(rhythmInForce('enhanced', defaults, 3)).toEqual({ weeks: 3, source: 'agreed' });
  });
});

describe('supervision dates', () => {
  it('counts the rhythm from the pair’s start when nothing was held yet', () => {
    expect(supervisionDates([], 4, '2026-01-01', '2026-01-20')).toEqual({ lastHeld: null, dueBy: '2026-01-29', nextDate: null, overdue: false });
    expect(supervisionDates([], 4, '2026-01-01', '2026-01-30').overdue).toBe(true);
  });
  it('counts from the latest held session, and takes the earliest planned one as next', () => {
    const sessions = [
      { plannedFor: '2026-02-01', status: 'confirmed' as const, heldOn: '2026-02-02', nextDate: '2026-03-01' },
      { plannedFor: '2026-01-01', status: 'recorded' as const, heldOn: '2026-01-01', nextDate: null },
      { plannedFor: '2026-03-10', status: 'planned' as const, heldOn: null, nextDate: null },
      { plannedFor: '2026-03-05', status: 'planned' as const, heldOn: null, nextDate: null },
    ];
    expect(supervisionDates(sessions, 4, '2025-01-01', '2026-03-03')).toEqual({ lastHeld: '2026-02-02', dueBy: '2026-03-02', nextDate: '2026-03-05', overdue: true });
  });
  it('takes the next date agreed at the latest session when none is planned', () => {
    const sessions = [{ plannedFor: '2026-02-01', status: 'confirmed' as const, heldOn: '2026-02-01', nextDate: '2026-03-01' }];
    expect(supervisionDates(sessions, 6, '2025-01-01', '2026-02-10')).toMatchObject({ nextDate: '2026-03-01', overdue: false });
  });
});

describe('a record’s dates', () => {
  it('refuses a session held in the future and a next date not after it', () => {
    expect(recordProblems({ heldOn: '2026-05-02', nextDate: '2026-05-01' }, '2026-05-01')).toEqual([
      { field: 'heldOn', problem: 'a session is recorded once it has been held: not a future day' },
      { field: 'nextDate', problem: 'must be after the day the session was held' },
    ]);
    expect(recordProblems({ heldOn: '2026-05-01', nextDate: null }, '2026-05-01')).toEqual([]);
  });
});
