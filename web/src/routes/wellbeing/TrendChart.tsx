import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LocalText, localText, type Trend } from '../../api/wellbeing';
import { bandStretches } from '../../components/charts/chart-geometry';
import { labelIndexes } from '../../components/charts/chart-geometry';
import '../../components/charts/charts.css';
import { formatDateLong } from '../../components/format';
import { TableRegion } from '../../components/TableRegion';
import { trendSummary } from './trend-words';

const HEIGHT = 240;
const PAD = { left: 40, right: 12, top: 12, bottom: 34 };
/** The room one date written in full needs at 13 px ("28 September 2026"). */
const DATE_LABEL_WIDTH = 140;

/** A band of the scale, as the instrument's scoring gives it (GET /me/wellbeing/instruments). */
export interface TrendBand {
  id: string;
  min: number;
  max: number;
  label: LocalText;
}

/** The chart's own width in CSS pixels, followed as the page resizes: the drawing is made at that size, so its text is never scaled down. */
function useOwnWidth(initial: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth(Math.min(w, 720));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * One scale over time: a sentence in words first (the latest band and how it moved), then the
 * line drawn over the scale's bands on its whole possible range, in calm tones only (a person's own
 * results never get alarm colours), and the same points in a table behind a disclosure. The
 * drawing is made at its real width, so every label stays at 12–13 px on a phone; dates are
 * written in full. A check-in with too few answers has no score and leaves a gap.
 */
export function TrendChart({ trend, id, title, bands = [] }: { trend: Trend; id: string; title: string; bands?: readonly TrendBand[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [box, width] = useOwnWidth(640);
  const low = trend.lowest;
  const high = trend.highest > trend.lowest ? trend.highest : trend.lowest + 1;
  const number = new Intl.NumberFormat(lng, { maximumFractionDigits: 2 });
  const plotW = width - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(trend.points.length, 1);
  const xOf = (i: number) => PAD.left + slot * i + slot / 2;
  const yOf = (score: number) => PAD.top + plotH - ((Math.min(Math.max(score, low), high) - low) / (high - low)) * plotH;
  const band = (p: Trend['points'][number]) => (p.bandLabel ? localText(p.bandLabel, lng) : t('wellbeing.results.noBand'));
  const summary = trendSummary(t, trend, lng, band);
  const stretches = bandStretches(bands, low, high);
  const bandName = (bandId: string) => localText(bands.find((b) => b.id === bandId)?.label, lng);
  const shown = new Set(labelIndexes(trend.points.length, plotW, DATE_LABEL_WIDTH));

  // consecutive scored points are joined; a check-in without a score breaks the line
  const segments: string[] = [];
  let current: string[] = [];
  trend.points.forEach((p, i) => {
    if (p.score === null) {
      if (current.length > 1) segments.push(current.join(' '));
      current = [];
    } else current.push(`${xOf(i)},${yOf(p.score)}`);
  });
  if (current.length > 1) segments.push(current.join(' '));

  return (
    <figure className="chart scale-trend" data-testid={id}>
      <p className="chart-summary">{summary}</p>
      <div ref={box}>
        <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={`${title}. ${summary}`}>
          <defs>
            {/* a band's name never runs past the drawing on a narrow screen: the legend below has it whole */}
            <clipPath id={`${id}-plot`}>
              <rect x={PAD.left} y={PAD.top} width={plotW} height={plotH} />
            </clipPath>
          </defs>
          {stretches.map((s, n) => {
            const top = yOf(s.to);
            const h = yOf(s.from) - top;
            return (
              <g key={s.id}>
                <rect x={PAD.left} y={top} width={plotW} height={h} className={`band-${(n % 3) + 1}`} />
                {h >= 18 ? (
                  <text x={PAD.left + 6} y={top + 15} fontSize="12" fill="currentColor" opacity={0.85} clipPath={`url(#${id}-plot)`}>
                    {bandName(s.id)}
                  </text>
                ) : null}
              </g>
            );
          })}
          {[low, high].map((v) => (
            <text key={v} x={PAD.left - 6} y={yOf(v) + 4} textAnchor="end" fontSize="13" fill="currentColor">
              {number.format(v)}
            </text>
          ))}
          <line x1={PAD.left} x2={PAD.left + plotW} y1={yOf(low)} y2={yOf(low)} stroke="currentColor" strokeOpacity={0.4} />
          {segments.map((points) => (
            <polyline key={points} points={points} fill="none" stroke="#2f5f73" strokeWidth={2.5} />
          ))}
          {trend.points.map((p, i) =>
            p.score !== null ? <circle key={p.checkInId} cx={xOf(i)} cy={yOf(p.score)} r={5} fill="#2f5f73" stroke="#ffffff" strokeWidth={1.5} /> : null,
          )}
          {trend.points.map((p, i) => {
            if (!shown.has(i)) return null;
            // the first and last labels lean inwards, so a long date never runs off the drawing
            const anchor = trend.points.length > 1 && i === 0 ? 'start' : trend.points.length > 1 && i === trend.points.length - 1 ? 'end' : 'middle';
            const x = anchor === 'start' ? Math.max(xOf(i) - slot / 2, PAD.left) : anchor === 'end' ? Math.min(xOf(i) + slot / 2, PAD.left + plotW) : xOf(i);
            return (
              <text key={p.checkInId} x={x} y={HEIGHT - PAD.bottom + 20} textAnchor={anchor} fontSize="13" fill="currentColor">
                {formatDateLong(p.on, lng)}
              </text>
            );
          })}
        </svg>
      </div>
      {stretches.length > 0 ? (
        <ul className="scale-trend-bands" aria-label={t('wellbeing.results.bandsLegend')}>
          {[...stretches].reverse().map((s) => {
            const n = stretches.indexOf(s);
            const b = bands.find((x) => x.id === s.id)!;
            return (
              <li key={s.id}>
                <span className={`chart-swatch band-${(n % 3) + 1}`} /> {t('wellbeing.results.bandRange', { name: bandName(s.id), min: number.format(b.min), max: number.format(b.max) })}
              </li>
            );
          })}
        </ul>
      ) : null}
      <details className="chart-table">
        <summary>{t('common.chart.showTable')}</summary>
        <TableRegion captionId={`${id}-caption`}>
          <table>
            <caption id={`${id}-caption`}>{t('wellbeing.results.tableCaption', { scale: title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('wellbeing.results.date')}</th>
                <th scope="col">{t('wellbeing.results.band')}</th>
                <th scope="col">{t('wellbeing.results.score')}</th>
              </tr>
            </thead>
            <tbody>
              {trend.points.map((p) => (
                <tr key={p.checkInId}>
                  <th scope="row">{formatDateLong(p.on, lng)}</th>
                  <td>{band(p)}</td>
                  <td>{p.score === null ? t('wellbeing.results.noScore') : number.format(p.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </details>
    </figure>
  );
}
