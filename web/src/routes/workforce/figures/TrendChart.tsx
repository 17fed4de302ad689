import { useLayoutEffect, useRef, useState } from 'react';
import { gridValues, shownValue, type TrendPoint } from './trend-series';

const HEIGHT = 240;
const MARGIN = { top: 12, right: 16, bottom: 40, left: 56 };

/**
 * The unit's line (solid, round points) and the organisation's (dashed, square points): told
 * apart by line and point shape as well as colour, so neither colour vision nor a grey printout
 * is needed (WCAG 1.4.1). The drawing is as wide as its box, one unit a CSS pixel, so its labels
 * stay 12px or more on a 390px phone; it is hidden from assistive technology because the table
 * beside it says the same.
 */
export function TrendChart({ points, format }: { points: readonly TrendPoint[]; format: (value: number) => string }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(560);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(280, Math.round(element.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const values = points.flatMap((p) => [shownValue(p.unit), shownValue(p.organisation)]).filter((v): v is number => v !== null);
  const grid = gridValues(values.length ? Math.min(...values) : 0, values.length ? Math.max(...values) : 1);
  const low = grid[0]!;
  const high = grid.at(-1)!;
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (i: number) => MARGIN.left + (points.length === 1 ? plotWidth / 2 : (i * plotWidth) / (points.length - 1));
  const y = (v: number) => MARGIN.top + plotHeight - ((v - low) / (high - low || 1)) * plotHeight;
  const line = (pick: (p: TrendPoint) => number | null) => {
    // a new stroke after each hidden quarter: a gap, never a line drawn across what is not shown
    const strokes: string[] = [];
    let d = '';
    points.forEach((p, i) => {
      const v = pick(p);
      if (v === null) {
        if (d) strokes.push(d);
        d = '';
      } else d += `${d ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)} `;
    });
    if (d) strokes.push(d);
    return strokes;
  };
  const unitLine = line((p) => shownValue(p.unit));
  const orgLine = line((p) => shownValue(p.organisation));

  return (
    <div ref={box} className="trend-chart">
      <svg width="100%" height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} aria-hidden="true" focusable="false">
        {grid.map((v) => (
          <g key={v} className="trend-grid">
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(v)} y2={y(v)} />
            <text x={MARGIN.left - 6} y={y(v)} textAnchor="end" dominantBaseline="middle">
              {format(v)}
            </text>
          </g>
        ))}
        {points.map((p, i) => {
          const [year, q] = p.quarter.split('-');
          return (
            <text key={p.quarter} className="trend-axis" x={x(i)} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle">
              <tspan>{q}</tspan>
              <tspan x={x(i)} dy="14">
                {year}
              </tspan>
            </text>
          );
        })}
        <g className="trend-organisation">
          {orgLine.map((d) => (
            <path key={d} d={d} fill="none" strokeWidth="2.5" strokeDasharray="6 4" />
          ))}
          {points.map((p, i) => {
            const v = shownValue(p.organisation);
            return v === null ? null : <rect key={p.quarter} x={x(i) - 4} y={y(v) - 4} width="8" height="8" />;
          })}
        </g>
        <g className="trend-unit">
          {unitLine.map((d) => (
            <path key={d} d={d} fill="none" strokeWidth="2.5" />
          ))}
          {points.map((p, i) => {
            const v = shownValue(p.unit);
            return v === null ? null : <circle key={p.quarter} cx={x(i)} cy={y(v)} r="4.5" />;
          })}
        </g>
      </svg>
    </div>
  );
}
