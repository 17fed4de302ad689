import { useTranslation } from 'react-i18next';
import { TableRegion } from '../../components/TableRegion';

export type HeatFigure = { suppressed: false; mean: number; ratings: number } | { suppressed: true; reason: string };

/**
 * Sections × teams for an anonymous survey. A hidden cell says so in words ("hidden to protect
 * anonymity") and carries a hatched pattern; a shown one has its average and how many answered.
 * The tint only repeats the number.
 */
export function HeatMap({
  columns,
  rows,
  min,
  max,
}: {
  columns: { key: string; name: string }[];
  rows: { key: string; name: string; cells: Record<string, HeatFigure | undefined> }[];
  min: number;
  max: number;
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const band = (mean: number) => Math.min(5, Math.max(1, Math.round(1 + ((mean - min) / Math.max(max - min, 1)) * 4)));
  return (
    <TableRegion captionId="heat-caption">
      <table className="heat-map">
        <caption id="heat-caption">{t('assessments.results.heatCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessments.results.section')}</th>
            {columns.map((c) => (
              <th scope="col" key={c.key}>
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              {columns.map((c) => {
                const cell = r.cells[c.key];
                if (!cell) return <td key={c.key}>—</td>;
                if (cell.suppressed)
                  return (
                    <td key={c.key} className="cell-hidden">
                      {t('assessments.results.hidden')}
                    </td>
                  );
                return (
                  <td key={c.key} className={`heat-${band(cell.mean)}`}>
                    {t('assessments.results.heatValue', { mean: number.format(cell.mean), count: cell.ratings })}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
