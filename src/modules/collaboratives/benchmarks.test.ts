import { describe, expect, it } from 'vitest';
import { releaseCrossOrg } from '../../platform/privacy/cross-org-release.js';
import { benchmarkRequests, benchmarkRows, collaborativeFigureId, completionCounts, emptyFigureIds, HIDDEN_REASON_WORDS, hubFigureId } from './benchmarks.js';
import { defaultTimepoints } from './model.js';

const slots = [
  { slot: 'baseline', label: 'Baseline' },
  { slot: 'endline', label: 'Endline' },
];

describe('benchmarkRequests', () => {
  it('asks for the collaborative pool and the hub pool per timepoint and measure, whole organisation only', () => {
    const req = benchmarkRequests({ slots, measures: ['s1'], collaborativeOrgIds: ['a', 'b'], hubOrgIds: ['a', 'b', 'c'] });
    expect(req).toEqual([
      { id: collaborativeFigureId('baseline', 's1'), timepoint: 'baseline', measure: 's1', cell: 'all', orgIds: ['a', 'b'] },
      { id: hubFigureId('baseline', 's1'), timepoint: 'baseline', measure: 's1', cell: 'all', orgIds: ['a', 'b', 'c'] },
      { id: collaborativeFigureId('endline', 's1'), timepoint: 'endline', measure: 's1', cell: 'all', orgIds: ['a', 'b'] },
      { id: hubFigureId('endline', 's1'), timepoint: 'endline', measure: 's1', cell: 'all', orgIds: ['a', 'b', 'c'] },
    ]);
  });
});

describe('benchmarkRows', () => {
  const contributions = ['a', 'b', 'c'].flatMap((orgId, i) => [
    { orgId, timepoint: 'baseline', measure: 's1', cell: 'all', n: 10, sum: 20 + i * 10 },
    { orgId, timepoint: 'endline', measure: 's1', cell: 'all', n: 10, sum: 30 + i * 10 },
  ]);

  it('shows pooled means with their change since baseline and the organisation’s own figure beside them', () => {
    const figures = benchmarkRequests({ slots, measures: ['s1'], collaborativeOrgIds: ['a', 'b', 'c'], hubOrgIds: ['a', 'b', 'c'] });
    const verdicts = releaseCrossOrg({ thresholds: { minGroupSize: 5, minOrganisations: 3 }, contributions, figures, earlier: [] });
    const own = new Map([
      ['baseline\u0000s1', { n: 10, sum: 20 }],
      ['endline\u0000s1', { n: 10, sum: 35 }],
    ]);
    const rows = benchmarkRows({ slots, measures: ['s1'], verdicts, own });
    expect(rows[0]).toEqual({
      slot: 'baseline',
      label: 'Baseline',
      measure: 's1',
      own: { shown: true, mean: 2, n: 10, organisations: 1, changeSinceBaseline: null },
      collaborative: { shown: true, mean: 3, n: 30, organisations: 3, changeSinceBaseline: null },
      hub: { shown: true, mean: 3, n: 30, organisations: 3, changeSinceBaseline: null },
    });
    expect(rows[1]!.own).toEqual({ shown: true, mean: 3.5, n: 10, organisations: 1, changeSinceBaseline: 1.5 });
    expect(rows[1]!.collaborative).toMatchObject({ shown: true, mean: 4, changeSinceBaseline: 1 });
  });

  it('hides a two-organisation pool with its reason, and has no own figure on the hub’s view', () => {
    const figures = benchmarkRequests({ slots, measures: ['s1'], collaborativeOrgIds: ['a', 'b'], hubOrgIds: ['a', 'b'] });
    const verdicts = releaseCrossOrg({ thresholds: { minGroupSize: 5, minOrganisations: 3 }, contributions, figures, earlier: [] });
    const rows = benchmarkRows({ slots, measures: ['s1'], verdicts });
    expect(rows[0]!.collaborative).toEqual({ shown: false, reason: 'too-few-organisations' });
    expect(rows[0]!.own).toBeUndefined();
    expect(HIDDEN_REASON_WORDS['too-few-organisations']).toMatch(/fewer organisations/);
  });

  it('says a timepoint nobody contributed to yet has no figures yet, and one with too few organisations says so', () => {
    const three = [...slots, { slot: 'month-6', label: '6 months after' }];
    // only a and b ran the endline; nobody has reached the 6 months yet
    const some = contributions.filter((c) => c.timepoint === 'baseline' || c.orgId !== 'c');
    const figures = benchmarkRequests({ slots: three, measures: ['s1'], collaborativeOrgIds: ['a', 'b', 'c'], hubOrgIds: ['a', 'b', 'c'] });
    const verdicts = releaseCrossOrg({ thresholds: { minGroupSize: 5, minOrganisations: 3 }, contributions: some, figures, earlier: [] });
    const empty = emptyFigureIds(figures, some);
    expect([...empty].sort()).toEqual([collaborativeFigureId('month-6', 's1'), hubFigureId('month-6', 's1')].sort());
    const rows = benchmarkRows({ slots: three, measures: ['s1'], verdicts, empty });
    expect(rows.map((r) => [r.slot, r.collaborative.shown ? 'shown' : r.collaborative.reason])).toEqual([
      ['baseline', 'shown'],
      ['endline', 'too-few-organisations'],
      ['month-6', 'nothing-yet'],
    ]);
    expect(rows[2]!.hub).toEqual({ shown: false, reason: 'nothing-yet' });
    // a pool whose organisations contributed only elsewhere (another measure) is empty too
    expect(emptyFigureIds([{ id: 'x', timepoint: 'baseline', measure: 's2', cell: 'all', orgIds: ['a'] }], some)).toEqual(new Set(['x']));
    expect(HIDDEN_REASON_WORDS['nothing-yet']).toMatch(/No figures yet/);
  });

  it('says a timepoint without any figure has no contribution', () => {
    const rows = benchmarkRows({ slots, measures: ['s1'], verdicts: [], own: new Map() });
    expect(rows[0]!.hub).toEqual({ shown: false, reason: 'no-contribution' });
    expect(rows[0]!.own).toEqual({ shown: false, reason: 'no-contribution' });
  });
});

describe('completionCounts', () => {
  it('shows both counts at or over the minimum', () => {
    expect(completionCounts(12, 5, 5)).toEqual({ asked: { shown: true, value: 12 }, answered: { shown: true, value: 5 } });
  });
  it('hides an answered count under the minimum, and both when the asked count is under it', () => {
    expect(completionCounts(12, 4, 5).answered).toEqual({ shown: false, reason: 'under-minimum' });
    expect(completionCounts(4, 4, 5)).toEqual({ asked: { shown: false, reason: 'under-minimum' }, answered: { shown: false, reason: 'under-minimum' } });
  });
});

describe('defaultTimepoints', () => {
  it('starts with baseline on the start day, then endline, 6 and 12 months after it', () => {
    expect(defaultTimepoints('2026-01-01')).toEqual([
      { slot: 'baseline', label: 'Baseline', dueOn: '2026-01-01' },
      { slot: 'endline', label: 'Endline', dueOn: '2027-01-01' },
      { slot: 'month-6', label: '6 months after', dueOn: '2027-07-03' },
      { slot: 'month-12', label: '12 months after', dueOn: '2028-01-01' },
    ]);
  });
});
