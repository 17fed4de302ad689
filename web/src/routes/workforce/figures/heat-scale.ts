/**
 * The heat map's shading: one neutral hue (blues) from a column's lowest value to its highest.
 * Blue, not red–amber–green, because a higher figure is not better or worse in itself (more
 * turnover may be a team being rebuilt); the shade only says where a value lies in its column.
 * Each step names the text colour that keeps at least 4.5:1 contrast on it (WCAG 1.4.3). Pure.
 */

export interface Shade {
  step: number;
  background: string;
  text: string;
}

const DARK_TEXT = '#1f2a27';
const LIGHT_TEXT = '#ffffff';

/** Lightest to darkest; the text colour of each is checked in heat-scale.test.ts. */
export const SHADES: readonly Shade[] = [
  { step: 0, background: '#eff3ff', text: DARK_TEXT },
  { step: 1, background: '#c6dbef', text: DARK_TEXT },
  { step: 2, background: '#9ecae1', text: DARK_TEXT },
  { step: 3, background: '#6baed6', text: DARK_TEXT },
  { step: 4, background: '#2171b5', text: LIGHT_TEXT },
  { step: 5, background: '#08519c', text: LIGHT_TEXT },
];

/** The lowest and highest of a column's shown values; null when none is shown. */
export function columnRange(values: ReadonlyArray<number | null | undefined>): { low: number; high: number } | null {
  const shown = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return shown.length === 0 ? null : { low: Math.min(...shown), high: Math.max(...shown) };
}

/** The shade of `value` in its column: lightest at the low end, darkest at the high; a column of one value is the middle step. */
export function shadeOf(value: number, range: { low: number; high: number }): Shade {
  if (range.high === range.low) return SHADES[2]!;
  const share = Math.min(1, Math.max(0, (value - range.low) / (range.high - range.low)));
  return SHADES[Math.round(share * (SHADES.length - 1))]!;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
