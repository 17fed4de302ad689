import { useTranslation } from 'react-i18next';
import type { OrgCoverage } from '../../api/training';
import { BarChart } from '../../components/charts/BarChart';
import { percentOf } from '../../components/charts/chart-geometry';
import { formatMonth } from '../../components/format';
import { TableRegion } from '../../components/TableRegion';
import { coverageExtremes, coverageSummary } from './coverage-words';

/**
 * Coverage at each month end (share of placed people who have completed their level) as bars,
 * each month written in full, with a sentence above and the counts in a table behind a disclosure.
 */
export function CoverageChart({ coverage }: { coverage: Pick<OrgCoverage, 'series' | 'services'> }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const series = coverage.series;
  const summary = coverageSummary(t, lng, coverage, t('training.org.noService'));
  return (
    <BarChart
      id="coverage-chart"
      title={t('training.org.chartTitle')}
      summary={summary}
      max={100}
      rows={series.map((s) => {
        const percent = percentOf(s.met, s.placed);
        return {
          key: s.month,
          label: formatMonth(s.date, lng),
          parts: [{ key: 'met', label: t('training.coverage.met'), value: percent, tone: 1 }],
          valueText: t('training.words.barValue', { percent, met: s.met, placed: s.placed }),
        };
      })}
      table={
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
                  <th scope="row">{formatMonth(s.date, lng)}</th>
                  <td>{s.placed}</td>
                  <td>{s.met}</td>
                  <td>{`${percentOf(s.met, s.placed)}%`}</td>
                  <td>{s.notPlaced}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      }
    />
  );
}

/** Coverage by service as bars, lowest and highest named above, the counts in a table behind a disclosure. */
export function ServiceCoverageChart({ services }: { services: OrgCoverage['services'] }) {
  const { t } = useTranslation();
  const named = services.map((s) => ({ ...s, label: s.name ?? t('training.org.noService') }));
  const extremes = coverageExtremes(named.map((s) => ({ name: s.label, placed: s.placed, met: s.met })));
  const summary = !extremes
    ? t('training.org.nobody')
    : extremes.lowest.name === extremes.highest.name
      ? t('training.words.servicesOne', { name: extremes.lowest.name, percent: extremes.lowest.percent })
      : extremes.lowest.percent === extremes.highest.percent
        ? t('training.words.servicesEqual', { percent: extremes.lowest.percent })
      : t('training.words.services', { lowest: extremes.lowest.name, low: extremes.lowest.percent, highest: extremes.highest.name, high: extremes.highest.percent });
  return (
    <BarChart
      id="services-chart"
      title={t('training.words.servicesChartTitle')}
      summary={summary}
      max={100}
      rows={named.map((s) => {
        const percent = percentOf(s.met, s.placed);
        return {
          key: s.serviceId ?? 'none',
          label: s.label,
          parts: [{ key: 'met', label: t('training.coverage.met'), value: percent, tone: 1 }],
          valueText: t('training.words.barValue', { percent, met: s.met, placed: s.placed }),
        };
      })}
      table={
        <TableRegion captionId="services-caption">
          <table>
            <caption id="services-caption">{t('training.words.servicesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('training.words.service')}</th>
                <th scope="col">{t('training.coverage.people')}</th>
                <th scope="col">{t('training.coverage.met')}</th>
                <th scope="col">{t('training.coverage.gaps')}</th>
                <th scope="col">{t('training.org.share')}</th>
              </tr>
            </thead>
            <tbody>
              {named.map((s) => (
                <tr key={s.serviceId ?? 'none'}>
                  <th scope="row">{s.label}</th>
                  <td>{s.placed}</td>
                  <td>{s.met}</td>
                  <td>{s.gaps}</td>
                  <td>{`${percentOf(s.met, s.placed)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      }
    />
  );
}
