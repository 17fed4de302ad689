import { useTranslation } from 'react-i18next';
import { BarChart } from '../../components/charts/BarChart';
import { TableRegion } from '../../components/TableRegion';

export interface CyclePoint {
  cycleId: string;
  title: string;
  green: number;
  amber: number;
  red: number;
  unrated: number;
}

const share = (p: CyclePoint) => {
  const total = p.green + p.amber + p.red + p.unrated;
  return total === 0 ? 0 : Math.round((p.green / total) * 100);
};

/**
 * Criteria in place in each cycle of the same assessment, as bars with a sentence above, and
 * every figure again in a table behind a disclosure for anyone who does not read the picture.
 */
export function ChangeChart({ points }: { points: CyclePoint[] }) {
  const { t } = useTranslation();
  const first = points[0];
  const last = points.at(-1);
  const summary = first && last ? t('assessments.results.changeSummary', { from: first.title, to: last.title, start: `${share(first)}%`, end: `${share(last)}%` }) : '';

  return (
    <BarChart
      id="change-chart"
      title={t('assessments.results.changeTitle')}
      summary={summary}
      max={100}
      rows={points.map((p) => ({
        key: p.cycleId,
        label: p.title,
        parts: [{ key: 'green', label: t('assessments.rag.green'), value: share(p), tone: 1 }],
        valueText: t('assessments.results.changeBarValue', { percent: share(p) }),
      }))}
      table={
      <TableRegion captionId="change-caption">
        <table>
          <caption id="change-caption">{t('assessments.results.changeCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assessments.results.cycle')}</th>
              <th scope="col">{t('assessments.rag.green')}</th>
              <th scope="col">{t('assessments.rag.amber')}</th>
              <th scope="col">{t('assessments.rag.red')}</th>
              <th scope="col">{t('assessments.results.unrated')}</th>
              <th scope="col">{t('assessments.results.inPlaceShare')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.cycleId}>
                <th scope="row">{p.title}</th>
                <td>{p.green}</td>
                <td>{p.amber}</td>
                <td>{p.red}</td>
                <td>{p.unrated}</td>
                <td>{`${share(p)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      }
    />
  );
}
