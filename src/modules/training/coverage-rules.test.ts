import { describe, expect, it } from 'vitest';
import { type CoverageWorld, coverageByService, coverageSeries, monthEnds, placementAt, standingAt } from './coverage-rules.js';
import type { Level } from '../framework/levels.js';

const at = (day: string) => new Date(`${day}T12:00:00Z`);
const record = (completedOn: string, levels: Level[], expiresOn: string | null = null) => ({ completedOn, expiresOn, hours: 3, levels });

const world = (over: Partial<CoverageWorld> = {}): CoverageWorld => ({
  people: [],
  unitPlacements: new Map([['team', [{ level: 'skilled', decidedAt: at('2026-03-10') }]]]),
  personPlacements: new Map(),
  parentOf: new Map([
    ['team', 'service'],
    ['service', null],
    ['other', null],
  ]),
  timeZone: 'UTC',
  ...over,
});

describe('placementAt', () => {
  const history = [
    { level: 'informed' as const, decidedAt: at('2026-01-05') },
    { level: 'enhanced' as const, decidedAt: at('2026-04-01') },
  ];
  it.each([
    ['2025-12-31', null],
    ['2026-01-05', 'informed'],
    ['2026-03-31', 'informed'],
    ['2026-04-01', 'enhanced'],
  ])('on %s the decision in force is %s', (day, level) => {
    expect(placementAt(history, day, 'UTC')?.level ?? null).toBe(level);
  });

  it("ends a day at midnight in the organisation's zone, not in UTC", () => {
    // 20:00 on 30 November in California is already 1 December in UTC
    const evening = [{ level: 'skilled' as const, decidedAt: new Date('2026-12-01T04:00:00Z') }];
    expect(placementAt(evening, '2026-11-30', 'America/Los_Angeles')?.level).toBe('skilled');
    expect(placementAt(evening, '2026-11-30', 'UTC')).toBeNull();
    // 09:00 on 1 December in Auckland is still 30 November in UTC
    const morning = [{ level: 'skilled' as const, decidedAt: new Date('2026-11-30T20:00:00Z') }];
    expect(placementAt(morning, '2026-11-30', 'Pacific/Auckland')).toBeNull();
    expect(placementAt(morning, '2026-11-30', 'UTC')?.level).toBe('skilled');
  });
});

describe('standingAt', () => {
  it('inherits the unit placement decided by that day, and counts only records completed by then', () => {
    const person = { id: 'p', unitId: 'team', startDate: null, endDate: null, records: [record('2026-05-01', ['informed', 'skilled'])] };
    expect(standingAt(person, world(), '2026-02-28')).toEqual({ required: null, completed: null, status: 'not-placed' });
    expect(standingAt(person, world(), '2026-04-30')).toEqual({ required: 'skilled', completed: null, status: 'gap' });
    expect(standingAt(person, world(), '2026-05-31')).toEqual({ required: 'skilled', completed: 'skilled', status: 'met' });
  });

  it('a lapsed record no longer covers its levels', () => {
    const person = { id: 'p', unitId: 'team', startDate: null, endDate: null, records: [record('2026-04-01', ['informed', 'skilled'], '2026-06-30')] };
    expect(standingAt(person, world(), '2026-06-30').status).toBe('met');
    expect(standingAt(person, world(), '2026-07-31').status).toBe('gap');
  });
});

describe('monthEnds', () => {
  it('gives the last day of each earlier month then today', () => {
    expect(monthEnds('2026-03-15', 3)).toEqual(['2026-01-31', '2026-02-28', '2026-03-15']);
    expect(monthEnds('2026-01-10', 2)).toEqual(['2025-12-31', '2026-01-10']);
    expect(monthEnds('2024-03-01', 2)).toEqual(['2024-02-29', '2024-03-01']);
    expect(monthEnds('2026-11-23')).toHaveLength(12);
  });
});

describe('coverageSeries and coverageByService', () => {
  const people = [
    { id: 'a', unitId: 'team', startDate: null, endDate: null, records: [record('2026-04-15', ['informed', 'skilled'])] },
    { id: 'b', unitId: 'team', startDate: '2026-04-01', endDate: null, records: [] },
    { id: 'c', unitId: 'other', startDate: null, endDate: '2026-02-15', records: [] },
    { id: 'd', unitId: null, startDate: null, endDate: null, records: [] },
  ];

  it('counts people active at each month end against what was in force then', () => {
    const series = coverageSeries(world({ people }), '2026-05-20', 5);
    expect(series.map((s) => [s.month, s.placed, s.met, s.gaps, s.notPlaced])).toEqual([
      ['2026-01', 0, 0, 0, 3],
      ['2026-02', 0, 0, 0, 2],
      ['2026-03', 1, 0, 1, 1],
      ['2026-04', 2, 1, 1, 1],
      ['2026-05', 2, 1, 1, 1],
    ]);
  });

  it('rolls up by top-level unit, with people in no unit apart', () => {
    const groups = coverageByService(world({ people }), '2026-05-20');
    const byId = Object.fromEntries(groups.map((g) => [String(g.serviceId), [g.placed, g.met, g.notPlaced]]));
    expect(byId).toEqual({ service: [2, 1, 0], null: [0, 0, 1] });
  });
});
