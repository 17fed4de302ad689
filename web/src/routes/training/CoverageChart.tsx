import { useTranslation } from 'react-i18next';
import type { OrgCoverage } from '../../api/training';
import { dateLocale } from '../../components/format';
import { PercentBars } from '../../components/PercentBars';
import { TableRegion } from '../../components/TableRegion';

const percentOf = (met: number, placed: number) => (placed === 0 ? 0 : Math.round((met / placed) * 100));

/**
 * Coverage at each month end as bars (share of placed people who have completed their level),
 * with the same figures in a table below for anyone who does not read the picture.
 */
export function CoverageChart({ series }: { series: OrgCoverage['series'] }) {
  const { t, i18n } = useTranslation();
  const month = (iso: string) => new Intl.DateTimeFormat(dateLocale(i18n.language), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const first = series[0];
  const last = series.at(-1);
  const summary =
    first && last
      ? t('training.org.chartSummary', { from: month(first.date), to: month(last.date), start: percentOf(first.met, first.placed), end: percentOf(last.met, last.placed) })
      : '';

  return (
    <figure className="coverage-chart">
      <PercentBars
        id="coverage-chart"
        title={t('training.org.chartTitle')}
        summary={summary}
        colour="#2f6f8f"
        bars={series.map((s) => ({ key: s.month, label: month(s.date), percent: percentOf(s.met, s.placed) }))}
      />
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
