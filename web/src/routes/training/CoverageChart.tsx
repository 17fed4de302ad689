import { useTranslation } from 'react-i18next';
import type { OrgCoverage } from '../../api/training';
import { TableRegion } from '../../components/TableRegion';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 36 };

const percentOf = (met: number, placed: number) => (placed === 0 ? 0 : Math.round((met / placed) * 100));

/**
 * Coverage at each month end as bars (share of placed people who have completed their level),
 * with the same figures in a table below for anyone who does not read the picture.
 */
export function CoverageChart({ series }: { series: OrgCoverage['series'] }) {
  const { t, i18n } = useTranslation();
  const month = (iso: string) => new Intl.DateTimeFormat(i18n.language, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(series.length, 1);
  const first = series[0];
  const last = series.at(-1);
  const summary =
    first && last
      ? t('training.org.chartSummary', { from: month(first.date), to: month(last.date), start: percentOf(first.met, first.placed), end: percentOf(last.met, last.placed) })
      : '';

  return (
    <figure className="coverage-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="coverage-chart-title coverage-chart-desc" width="100%" style={{ maxWidth: WIDTH }}>
        <title id="coverage-chart-title">{t('training.org.chartTitle')}</title>
        <desc id="coverage-chart-desc">{summary}</desc>
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
        {series.map((s, i) => {
          const pct = percentOf(s.met, s.placed);
          const h = (pct / 100) * plotH;
          const x = PAD.left + i * slot + slot * 0.2;
          return (
            <g key={s.month}>
              <rect x={x} y={PAD.top + plotH - h} width={slot * 0.6} height={h} fill="#2f6f8f" />
              <text x={x + slot * 0.3} y={HEIGHT - PAD.bottom + 16} textAnchor="middle" fontSize="11" fill="currentColor">
                {month(s.date)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{summary}</figcaption>
      <TableRegion captionId="coverage-series-caption">
        <table>
          <caption id="coverage-series-caption">{t('training.org.seriesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('training.org.month')}</th>
              <th scope="col">{t('training.coverage.people')}</th>
              <th scope="col">{t('training.coverage.met')}</th>
              <th scope="col">{t('training.org.share')}</th>
              <th scope="col">{t('training.org.notPlaced')}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.month}>
                <th scope="row">{month(s.date)}</th>
                <td>{s.placed}</td>
                <td>{s.met}</td>
                <td>{`${percentOf(s.met, s.placed)}%`}</td>
                <td>{s.notPlaced}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </figure>
  );
}
