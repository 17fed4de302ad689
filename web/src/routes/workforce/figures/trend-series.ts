import type { WorkforceFigures } from '../../../api/workforce-figures';
import type { FigureKey } from './indicators';

/**
 * One figure of one unit and of the whole organisation across quarters, as the trend chart and
 * its table need it, and the y axis's gridlines. Pure: the quarters are fetched by the caller.
 */

/** Why a quarter has no value: the gate hid the group, too few people stood behind the figure, or there were no figures for it. */
export type Missing = 'small-group' | 'protects-another' | 'not-shown' | 'no-figures';
export type PointValue = { value: number } | { missing: Missing };
export interface TrendPoint {
  quarter: string;
  unit: PointValue;
  organisation: PointValue;
}

export type Indicator = FigureKey;

/** The `count` quarters ending with `last`, oldest first: ('2026-Q3', 3) → 2026-Q1, 2026-Q2, 2026-Q3. */
export function quartersEndingWith(last: string, count: number): string[] {
  const match = /^(\d{4})-Q([1-4])$/.exec(last);
  if (!match) return [];
  const index = Number(match[1]) * 4 + Number(match[2]) - 1;
  return Array.from({ length: count }, (_, i) => {
    const at = index - (count - 1) + i;
    return `${Math.floor(at / 4)}-Q${(at % 4) + 1}`;
  });
}

function pointOf(figures: WorkforceFigures | undefined, unitId: string | null, indicator: Indicator): PointValue {
  const unit = figures?.units.find((u) => u.unitId === unitId);
  if (!unit) return { missing: 'no-figures' };
  if (!unit.quarter.shown) return { missing: unit.quarter.reason };
  const value = unit.quarter.indicators[indicator];
  return value === null ? { missing: 'not-shown' } : { value };
}

/** Each quarter's value for the unit and for the organisation; `byQuarter` lacks a quarter that could not be fetched. */
export function trendPoints(quarters: readonly string[], byQuarter: ReadonlyMap<string, WorkforceFigures>, unitId: string, indicator: Indicator): TrendPoint[] {
  return quarters.map((quarter) => ({ quarter, unit: pointOf(byQuarter.get(quarter), unitId, indicator), organisation: pointOf(byQuarter.get(quarter), null, indicator) }));
}

export const shownValue = (point: PointValue): number | null => ('value' in point ? point.value : null);

/**
 * About `target` evenly spaced round gridline values covering [low, high], from 0 where every
 * value is at least 0 (a rate or a count drawn from 0 does not make a small change look large).
 */
export function gridValues(low: number, high: number, target = 4): number[] {
  const from = Math.min(0, low);
  const to = high > from ? high : from + 1;
  const rough = (to - from) / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const first = Math.floor(from / step) * step;
  const values: number[] = [];
  // rounding keeps 0.30000000000000004 from becoming a label
  for (let v = first; v < to + step - 1e-9; v += step) values.push(Number(v.toPrecision(12)));
  return values;
}
