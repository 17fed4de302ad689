import { describe, expect, it } from 'vitest';
import {
  completedLevel,
  coverageTable,
  needsGap,
  ongoingDevelopment,
  planIsAgreed,
  reviewStatus,
  type TrainingRecordFacts,
  validity,
} from './development-rules.js';

const record = (over: Partial<TrainingRecordFacts>): TrainingRecordFacts => ({
  completedOn: '2026-03-01',
  expiresOn: null,
  hours: 3,
  levels: [],
  ...over,
});

describe('needs assessment gap', () => {
  it('lists the levels between current and required practice, with the kind of need', () => {
    expect(needsGap('informed', 'enhanced', 'skills')).toEqual({ levels: ['skilled', 'enhanced'], hasGap: true, need: 'skills' });
  });
  it('finds no gap when practice already meets the requirement, whatever need was ticked', () => {
    expect(needsGap('specialist', 'skilled', 'both')).toEqual({ levels: [], hasGap: false, need: null });
  });
  it('with no current level, the gap starts at informed', () => {
    expect(needsGap(null, 'informed', 'knowledge').levels).toEqual(['informed']);
  });
});

describe('plan review dates', () => {
  it.each([
    [null, 'none'],
    ['2027-01-31', 'scheduled'],
    ['2026-12-07', 'due'],
    ['2026-11-23', 'due'],
    ['2026-11-22', 'overdue'],
  ] as const)('review on %s is %s on 2026-11-23', (date, status) => {
    expect(reviewStatus(date, '2026-11-23')).toBe(status);
  });

  it('a plan is agreed only when both have confirmed', () => {
    const at = new Date();
    expect(planIsAgreed({ workerConfirmedAt: at, managerConfirmedAt: null })).toBe(false);
    expect(planIsAgreed({ workerConfirmedAt: null, managerConfirmedAt: at })).toBe(false);
    expect(planIsAgreed({ workerConfirmedAt: at, managerConfirmedAt: at })).toBe(true);
  });
});

describe('training records', () => {
  it('validity: current, expiring within sixty days, expired after the date', () => {
    expect(validity({ expiresOn: null }, '2026-11-23')).toBe('current');
    expect(validity({ expiresOn: '2027-06-01' }, '2026-11-23')).toBe('current');
    expect(validity({ expiresOn: '2027-01-10' }, '2026-11-23')).toBe('expiring');
    expect(validity({ expiresOn: '2026-11-22' }, '2026-11-23')).toBe('expired');
  });

  it('completes levels only in an unbroken run from informed', () => {
    expect(completedLevel([record({ levels: ['enhanced'] })], '2026-11-23')).toBeNull();
    expect(completedLevel([record({ levels: ['informed'] }), record({ levels: ['skilled', 'enhanced'] })], '2026-11-23')).toBe('enhanced');
    expect(completedLevel([record({ levels: ['informed', 'enhanced'] })], '2026-11-23')).toBe('informed');
  });

  it('an expired record, or one dated in the future, completes nothing', () => {
    expect(completedLevel([record({ levels: ['informed'], expiresOn: '2026-01-01' })], '2026-11-23')).toBeNull();
    expect(completedLevel([record({ levels: ['informed'], completedOn: '2027-01-01' })], '2026-11-23')).toBeNull();
  });

  it('ongoing development counts hours in the last twelve months against the requirement', () => {
    const records = [record({ completedOn: '2026-10-01', hours: 4 }), record({ completedOn: '2025-12-01', hours: 2.5 }), record({ completedOn: '2025-11-01', hours: 10 })];
    expect(ongoingDevelopment(records, '2026-11-23', 6)).toEqual({ hours: 6.5, requiredHours: 6, met: true });
    expect(ongoingDevelopment(records, '2026-11-23', 7).met).toBe(false);
  });
});

describe('coverage', () => {
  it('counts people by required level, met where completed reaches required; unplaced apart', () => {
    const table = coverageTable([
      { required: 'skilled', completed: 'skilled' },
      { required: 'skilled', completed: 'informed' },
      { required: 'skilled', completed: 'enhanced' },
      { required: 'informed', completed: null },
      { required: null, completed: 'informed' },
    ]);
    expect(table.rows).toEqual([
      { level: 'informed', people: 1, met: 0 },
      { level: 'skilled', people: 3, met: 2 },
      { level: 'enhanced', people: 0, met: 0 },
      { level: 'specialist', people: 0, met: 0 },
    ]);
    expect(table).toMatchObject({ notPlaced: 1, placed: 4, met: 2, gaps: 2 });
  });
});
