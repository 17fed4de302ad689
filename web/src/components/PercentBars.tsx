/** One bar: a share from 0 to 100, named under the bar. */
export interface PercentBar {
  key: string;
  label: string;
  percent: number;
}

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 44, right: 12, top: 16, bottom: 40 };

/**
 * Shares as bars on a 0–100% scale, drawn as an SVG image named by its title and described by a
 * one-line summary. Charts put the same figures in a table beside it for anyone who does not read
 * the picture; this draws only the picture.
 */
export function PercentBars({ id, title, summary, bars, colour }: { id: string; title: string; summary: string; bars: PercentBar[]; colour: string }) {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(bars.length, 1);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} width="100%" style={{ maxWidth: WIDTH }}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {[0, 50, 100].map((p) => {
        const y = PAD.top + plotH - (p / 100) * plotH;
        return (
          <g key={p}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y} y2={y} stroke="currentColor" strokeOpacity={0.25} />
            <text x={PAD.left - 6} y={y + 4} textAnchor="end" fontSize="12" fill="currentColor">
              {`${p}%`}
            </text>
          </g>
        );
      })}
      {bars.map((bar, i) => {
        const h = (bar.percent / 100) * plotH;
        const x = PAD.left + i * slot + slot * 0.2;
        return (
          <g key={bar.key}>
            <rect x={x} y={PAD.top + plotH - h} width={slot * 0.6} height={h} fill={colour} />
            <text x={x + slot * 0.3} y={PAD.top + plotH - h - 4} textAnchor="middle" fontSize="11" fill="currentColor">
              {`${bar.percent}%`}
            </text>
            <text x={x + slot * 0.3} y={HEIGHT - PAD.bottom + 16} textAnchor="middle" fontSize="11" fill="currentColor">
              {bar.label.length > 24 ? `${bar.label.slice(0, 23)}…` : bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
