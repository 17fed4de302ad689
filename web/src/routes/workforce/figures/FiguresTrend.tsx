import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { figuresQueryOptions, type WorkforceFigures } from '../../../api/workforce-figures';
import { SelectField } from '../../../components/fields';
import { TableRegion } from '../../../components/TableRegion';
import { TrendChart } from './TrendChart';
import { FIGURES, figureFormat } from './indicators';
import { type Indicator, type PointValue, quartersEndingWith, trendPoints } from './trend-series';
import './figures-charts.css';

const QUARTERS = 8;

/**
 * One unit's figure over the last eight quarters with the whole organisation's beside it: a
 * line chart (decoration for sighted readers), a sentence with the latest quarter and the same
 * numbers as a table. Each quarter is the same request as the page's, so it goes through the
 * same gate and shares its cache; a hidden quarter is a gap in the line and words in the table.
 */
export function FiguresTrend({ data }: { data: WorkforceFigures }) {
  const { t, i18n } = useTranslation();
  const units = data.units.filter((u) => u.unitId !== null);
  const [chosenUnit, setUnit] = useState<string>('');
  const [indicator, setIndicator] = useState<Indicator>('turnover');
  const unitId = units.some((u) => u.unitId === chosenUnit) ? chosenUnit : (units[0]?.unitId ?? '');
  const quarters = quartersEndingWith(data.quarter, QUARTERS);
  const results = useQueries({
    queries: quarters.map((quarter) => ({
      ...figuresQueryOptions(quarter, data.workerKind),
      // a quarter the gate refuses (422) is an answer: its gap shows at once rather than after retries
      retry: false,
    })),
  });
  if (units.length === 0) {
    return (
      <section className="panel" aria-labelledby="figures-trend-title">
        <h2 id="figures-trend-title">{t('figureCharts.trend.title')}</h2>
        <p>{t('figureCharts.trend.noUnits')}</p>
      </section>
    );
  }
  const loading = results.some((r) => r.isPending);
  const byQuarter = new Map<string, WorkforceFigures>();
  results.forEach((r, i) => {
    if (r.data) byQuarter.set(quarters[i]!, r.data);
  });
  const points = trendPoints(quarters, byQuarter, unitId, indicator);
  const format = figureFormat(indicator, i18n.language);
  const unitName = units.find((u) => u.unitId === unitId)?.name ?? '';
  const indicatorName = t(`figures.names.${indicator}`);
  const say = (point: PointValue) => ('value' in point ? format(point.value) : t(`figureCharts.trend.missing.${point.missing}`, { count: data.minGroupSize }));
  const latest = points.at(-1);
  const captionId = 'figures-trend-caption';
  return (
    <section className="panel" aria-labelledby="figures-trend-title">
      <h2 id="figures-trend-title">{t('figureCharts.trend.title')}</h2>
      <p>{t('figureCharts.trend.lead')}</p>
      <div className="trend-controls">
        <SelectField id="trend-unit" label={t('figureCharts.trend.unit')} value={unitId} onChange={setUnit}>
          {units.map((u) => (
            <option key={u.unitId} value={u.unitId ?? ''}>
              {'\u00a0'.repeat(Math.max(0, u.depth - 1) * 2)}
              {u.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="trend-indicator" label={t('figureCharts.trend.indicator')} value={indicator} onChange={(v) => setIndicator(v as Indicator)}>
          {FIGURES.map((f) => (
            <option key={f} value={f}>
              {t(`figures.names.${f}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {loading ? (
        <p className="loading">{t('figureCharts.trend.loading')}</p>
      ) : (
        <>
          {latest ? <p className="trend-summary">{t('figureCharts.trend.summary', { indicator: indicatorName, quarter: latest.quarter, unit: unitName, unitValue: say(latest.unit), orgValue: say(latest.organisation) })}</p> : null}
          <ul className="trend-legend">
            <li>
              <LegendLine dashed={false} />
              {t('figureCharts.trend.legendUnit', { unit: unitName })}
            </li>
            <li>
              <LegendLine dashed />
              {t('figureCharts.trend.legendOrganisation')}
            </li>
          </ul>
          <TrendChart points={points} format={format} />
          <p className="cell-note">{t('figureCharts.trend.gapNote')}</p>
          <TableRegion captionId={captionId}>
            <table className="table table-compact">
              <caption id={captionId}>{t('figureCharts.trend.caption', { indicator: indicatorName, unit: unitName })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('figureCharts.trend.quarter')}</th>
                  <th scope="col">{unitName}</th>
                  <th scope="col">{t('figureCharts.trend.organisation')}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.quarter}>
                    <th scope="row">{p.quarter}</th>
                    <td>{say(p.unit)}</td>
                    <td>{say(p.organisation)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
    </section>
  );
}

/** A short sample of a series' line and point, beside its name in the legend. */
function LegendLine({ dashed }: { dashed: boolean }) {
  return (
    <svg className={dashed ? 'trend-organisation' : 'trend-unit'} width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
      <line x1="2" y1="7" x2="34" y2="7" strokeWidth="2.5" strokeDasharray={dashed ? '6 4' : undefined} />
      {dashed ? <rect x="14" y="3" width="8" height="8" /> : <circle cx="18" cy="7" r="4" />}
    </svg>
  );
}
