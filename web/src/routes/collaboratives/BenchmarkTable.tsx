import { useTranslation } from 'react-i18next';
import type { BenchmarkFigure, BenchmarkRow } from '../../api/collaboratives';
import { TableRegion } from '../../components/TableRegion';

/**
 * Pooled figures per timepoint and measure, as the cross-organisation gate released them: a
 * shown figure with how many organisations and people it pools and its change since baseline, a
 * hidden one with its reason in words. With `own`, the organisation's own figure comes first.
 */
export function BenchmarkTable({ rows, captionId, caption, own = false }: { rows: readonly BenchmarkRow[]; captionId: string; caption: string; own?: boolean }) {
  const { t, i18n } = useTranslation();
  const figure = (f: BenchmarkFigure | undefined, pooled: boolean) => {
    if (!f) return '';
    if (!f.shown) return t(`collaboratives.hidden.${f.reason}`);
    const change = f.changeSinceBaseline === null ? '' : ` ${t('collaboratives.benchmarks.change', { change: f.changeSinceBaseline > 0 ? `+${f.changeSinceBaseline}` : String(f.changeSinceBaseline) })}`;
    const value = pooled ? t('collaboratives.benchmarks.figure', { mean: f.mean, organisations: f.organisations, n: f.n }) : String(f.mean);
    return `${value}${change}`;
  };
  return (
    <TableRegion captionId={captionId}>
      <table>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('collaboratives.benchmarks.timepoint')}</th>
            <th scope="col">{t('collaboratives.benchmarks.measure')}</th>
            {own ? <th scope="col">{t('collaboratives.mine.own')}</th> : null}
            <th scope="col">{t('collaboratives.benchmarks.collaborative')}</th>
            <th scope="col">{t('collaboratives.benchmarks.hub')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.slot}-${r.measure}`}>
              <th scope="row">{r.label}</th>
              <td>{r.measureTitle[i18n.language.slice(0, 2)] ?? r.measureTitle.en ?? r.measure}</td>
              {own ? <td>{figure(r.own, false)}</td> : null}
              <td>{figure(r.collaborative, true)}</td>
              <td>{figure(r.hub, true)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
