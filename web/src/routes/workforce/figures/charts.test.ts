import { describe, expect, it } from 'vitest';
import type { WorkforceFigures } from '../../../api/workforce-figures';
import { columnRange, contrast, SHADES, shadeOf } from './heat-scale';
import { gridValues, quartersEndingWith, trendPoints } from './trend-series';

describe('heat map shading', () => {
  it('keeps every shade’s text at 4.5:1 or more', () => {
    for (const shade of SHADES) expect(contrast(shade.background, shade.text)).toBeGreaterThanOrEqual(4.5);
  });

  it('places a value between its column’s lowest and highest, ignoring figures not shown', () => {
    const range = columnRange([0.2, null, 0.05, undefined, 0.1])!;
    expect(range).toEqual({ low: 0.05, high: 0.2 });
    expect(shadeOf(0.05, range).step).toBe(0);
    expect(shadeOf(0.2, range).step).toBe(SHADES.length - 1);
    expect(shadeOf(0.14, range).step).toBe(3);
    expect(columnRange([null])).toBeNull();
    // one value, or all alike: the middle, neither end
    expect(shadeOf(4, { low: 4, high: 4 }).step).toBe(2);
  });
});

const figures = (quarter: string, units: WorkforceFigures['units']): WorkforceFigures => ({ quarter, from: '', to: '', minGroupSize: 5, workerKind: null, units, checkInBands: [] });
const indicators = (turnover: number | null) => ({ headcount: 10, averageHeadcount: 10, starters: 0, leavers: 1, turnover, stability: null, absenceRate: null, stressShare: null, trainingCoverage: null, planCoverage: null, reviewsOnTime: null });

describe('trend series', () => {
  it('lists the quarters ending with one, across a year', () => {
    expect(quartersEndingWith('2026-Q2', 4)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(quartersEndingWith('nonsense', 4)).toEqual([]);
  });

  it('gives the unit and the organisation per quarter, saying why a value is missing', () => {
    const byQuarter = new Map([
      ['2026-Q1', figures('2026-Q1', [{ unitId: null, name: 'Org', depth: 0, quarter: { shown: true, indicators: indicators(0.1) }, twelveMonths: null }, { unitId: 'u', name: 'U', depth: 1, quarter: { shown: false, reason: 'small-group' }, twelveMonths: null }])],
      ['2026-Q2', figures('2026-Q2', [{ unitId: null, name: 'Org', depth: 0, quarter: { shown: true, indicators: indicators(0.2) }, twelveMonths: null }, { unitId: 'u', name: 'U', depth: 1, quarter: { shown: true, indicators: indicators(null) }, twelveMonths: null }])],
      ['2026-Q3', figures('2026-Q3', [{ unitId: null, name: 'Org', depth: 0, quarter: { shown: true, indicators: indicators(0.3) }, twelveMonths: null }, { unitId: 'u', name: 'U', depth: 1, quarter: { shown: true, indicators: indicators(0.25) }, twelveMonths: null }])],
    ]);
    expect(trendPoints(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'], byQuarter, 'u', 'turnover')).toEqual([
      { quarter: '2025-Q4', unit: { missing: 'no-figures' }, organisation: { missing: 'no-figures' } },
      { quarter: '2026-Q1', unit: { missing: 'small-group' }, organisation: { value: 0.1 } },
      { quarter: '2026-Q2', unit: { missing: 'not-shown' }, organisation: { value: 0.2 } },
      { quarter: '2026-Q3', unit: { value: 0.25 }, organisation: { value: 0.3 } },
    ]);
  });

  it('draws gridlines at round values from 0 up past the highest', () => {
    expect(gridValues(0.031, 0.118)).toEqual([0, 0.05, 0.1, 0.15]);
    expect(gridValues(12, 48)).toEqual([0, 20, 40, 60]);
    expect(gridValues(0, 0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
