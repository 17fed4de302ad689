import { useTranslation } from 'react-i18next';
import { localText, type Trend } from '../../api/wellbeing';
import { dateLocale, formatDate } from '../../components/format';
import { TableRegion } from '../../components/TableRegion';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 44, right: 16, top: 14, bottom: 36 };

/**
 * One scale over time as a line of points on the scale's whole possible range, in one calm colour (a person's own results never get
 * alarm colours), with the same points, and each band in words, in a table below for anyone who
 * does not read the picture. A check-in with too few answers has no score and leaves a gap.
 */
export function TrendChart({ trend, id, title }: { trend: Trend; id: string; title: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const scored = trend.points.filter((p): p is typeof p & { score: number } => p.score !== null);
  // the axis is the scale's whole possible range, so a line's height means the same on every visit
  const low = trend.lowest;
  const high = trend.highest > trend.lowest ? trend.highest : trend.lowest + 1;
  const number = new Intl.NumberFormat(lng, { maximumFractionDigits: 2 });
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(trend.points.length, 1);
  const xOf = (i: number) => PAD.left + slot * i + slot / 2;
  const yOf = (score: number) => PAD.top + plotH - ((Math.min(Math.max(score, low), high) - low) / (high - low)) * plotH;
  const first = scored[0];
  const last = scored.at(-1);
  const band = (p: Trend['points'][number]) => (p.bandLabel ? localText(p.bandLabel, lng) : t('wellbeing.results.noBand'));
  const summary =
    first && last && first !== last
      ? t('wellbeing.results.chartSummary', {
          points: trend.points.length,
          from: formatDate(first.on, lng),
          to: formatDate(last.on, lng),
          start: first.score,
          end: last.score,
          band: band(last),
        })
      : last
        ? t('wellbeing.results.chartSummaryOne', { date: formatDate(last.on, lng), score: last.score, band: band(last) })
        : t('wellbeing.results.chartSummaryNone');
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
    <figure className="wb-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} width="100%" style={{ maxWidth: WIDTH }}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {[low, (low + high) / 2, high].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={yOf(v)} y2={yOf(v)} stroke="currentColor" strokeOpacity={0.2} />
            <text x={PAD.left - 6} y={yOf(v) + 4} textAnchor="end" fontSize="12" fill="currentColor">
              {number.format(v)}
            </text>
          </g>
        ))}
        {segments.map((points) => (
          <polyline key={points} points={points} fill="none" stroke="#4f7a8c" strokeWidth={2.5} />
        ))}
        {trend.points.map((p, i) => (
          <g key={p.checkInId}>
            {p.score !== null ? <circle cx={xOf(i)} cy={yOf(p.score)} r={5} fill="#4f7a8c" /> : null}
            <text x={xOf(i)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle" fontSize="11" fill="currentColor">
              {new Intl.DateTimeFormat(dateLocale(lng), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${p.on}T00:00:00Z`))}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{summary}</figcaption>
      <TableRegion captionId={`${id}-caption`}>
        <table>
          <caption id={`${id}-caption`}>{t('wellbeing.results.tableCaption', { scale: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('wellbeing.results.date')}</th>
              <th scope="col">{t('wellbeing.results.score')}</th>
              <th scope="col">{t('wellbeing.results.band')}</th>
            </tr>
          </thead>
          <tbody>
            {trend.points.map((p) => (
              <tr key={p.checkInId}>
                <th scope="row">{formatDate(p.on, lng)}</th>
                <td>{p.score ?? t('wellbeing.results.noScore')}</td>
                <td>{band(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </figure>
  );
}
