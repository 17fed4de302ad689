import { useTranslation } from 'react-i18next';
import { TableRegion } from '../../components/TableRegion';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 40 };

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
 * Criteria in place in each cycle of the same assessment, as bars, with every figure again in a
 * table below for anyone who does not read the picture.
 */
export function ChangeChart({ points }: { points: CyclePoint[] }) {
  const { t } = useTranslation();
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(points.length, 1);
  const first = points[0];
  const last = points.at(-1);
  const summary = first && last ? t('assessments.results.changeSummary', { from: first.title, to: last.title, start: `${share(first)}%`, end: `${share(last)}%` }) : '';

  return (
    <figure className="change-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="change-chart-title change-chart-desc" width="100%" style={{ maxWidth: WIDTH }}>
        <title id="change-chart-title">{t('assessments.results.changeTitle')}</title>
        <desc id="change-chart-desc">{summary}</desc>
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
        {points.map((p, i) => {
          const h = (share(p) / 100) * plotH;
          const x = PAD.left + i * slot + slot * 0.2;
          return (
            <g key={p.cycleId}>
              <rect x={x} y={PAD.top + plotH - h} width={slot * 0.6} height={h} fill="#2d5a4f" />
              <text x={x + slot * 0.3} y={PAD.top + plotH - h - 4} textAnchor="middle" fontSize="11" fill="currentColor">
                {`${share(p)}%`}
              </text>
              <text x={x + slot * 0.3} y={HEIGHT - PAD.bottom + 16} textAnchor="middle" fontSize="11" fill="currentColor">
                {p.title.length > 24 ? `${p.title.slice(0, 23)}…` : p.title}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{summary}</figcaption>
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
    </figure>
  );
}
