import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkforceFigures } from '../../../api/workforce-figures';
import { TableRegion } from '../../../components/TableRegion';
import { columnRange, SHADES, shadeOf } from './heat-scale';
import { FIGURES, figureFormat } from './indicators';
import './figures-charts.css';

/**
 * The quarter's figures as a heat map: a real table of units × figures, each shown value printed
 * and its cell shaded by where it lies between its column's lowest and highest. The shade adds
 * nothing the number does not say (WCAG 1.4.1); a hidden group has a striped row that says why in
 * words, and no number, exactly as the privacy gate released it.
 */
export function FiguresHeatMap({ data }: { data: WorkforceFigures }) {
  const { t, i18n } = useTranslation();
  // the organisation is the sum of its units: among them its headcount would always be darkest
  const units = data.units.filter((u) => u.unitId !== null);
  const ranges = new Map(FIGURES.map((f) => [f, columnRange(units.map((u) => (u.quarter.shown ? u.quarter.indicators[f] : null)))]));
  const hidden = data.units.filter((u) => !u.quarter.shown).length;
  const captionId = 'figures-heat-caption';
  return (
    <section className="panel" aria-labelledby="figures-heat-title">
      <h2 id="figures-heat-title">{t('figureCharts.heat.title')}</h2>
      <p>{t('figureCharts.heat.summary', { quarter: data.quarter, shown: data.units.length - hidden, total: data.units.length, hidden })}</p>
      <HeatLegend />
      <TableRegion captionId={captionId}>
        <table className="table table-compact heat-map">
          <caption id={captionId}>{t('figureCharts.heat.caption', { quarter: data.quarter })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('figures.unit')}</th>
              {FIGURES.map((f) => (
                <th key={f} scope="col">
                  {t(`figures.names.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.units.map((unit) => (
              <tr key={unit.unitId ?? 'organisation'}>
                <th scope="row" style={{ paddingInlineStart: `${unit.depth * 1.25 + 0.5}rem` }}>
                  {unit.name}
                </th>
                {unit.quarter.shown ? (
                  FIGURES.map((f) => {
                    const value = unit.quarter.shown ? unit.quarter.indicators[f] : null;
                    const range = unit.unitId === null ? null : ranges.get(f);
                    if (value === null) {
                      return (
                        <td key={f} className="heat-not-shown">
                          {t('figures.notShown')}
                        </td>
                      );
                    }
                    if (!range) {
                      return (
                        <td key={f} className="heat-total">
                          {figureFormat(f, i18n.language)(value)}
                        </td>
                      );
                    }
                    const shade = shadeOf(value, range);
                    const style: CSSProperties = { background: shade.background, color: shade.text };
                    return (
                      <td key={f} className="heat-cell" style={style}>
                        {figureFormat(f, i18n.language)(value)}
                      </td>
                    );
                  })
                ) : (
                  <td colSpan={FIGURES.length} className="heat-hidden">
                    {t(`figures.hidden.${unit.quarter.reason}`, { count: data.minGroupSize })}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}

/** What the shades mean, in words; the swatches are decoration beside the words. */
function HeatLegend() {
  const { t } = useTranslation();
  return (
    <div className="heat-legend">
      <h3>{t('figureCharts.heat.legendTitle')}</h3>
      <p>{t('figureCharts.heat.legendRelative')}</p>
      <p>{t('figureCharts.heat.legendNeutral')}</p>
      <p>{t('figureCharts.heat.legendOrganisation')}</p>
      <ul className="heat-legend-scale">
        <li>{t('figureCharts.heat.lowest')}</li>
        <li aria-hidden="true" className="heat-legend-ramp">
          {SHADES.map((s) => (
            <span key={s.step} style={{ background: s.background }} />
          ))}
        </li>
        <li>{t('figureCharts.heat.highest')}</li>
        <li className="heat-legend-hidden">
          <span aria-hidden="true" className="heat-hidden heat-legend-swatch" />
          {t('figureCharts.heat.hiddenSwatch')}
        </li>
      </ul>
    </div>
  );
}
