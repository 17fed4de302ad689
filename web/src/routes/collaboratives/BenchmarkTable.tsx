import { useTranslation } from 'react-i18next';
import type { BenchmarkFigure, BenchmarkRow } from '../../api/collaboratives';
import { TableRegion } from '../../components/TableRegion';

/**
 * Pooled figures per timepoint and measure, as the cross-organisation gate released them: a
 * shown figure with how many organisations and people it pools and its change since baseline, a
 * hidden one with its reason in words. With `own`, the organisation's own figure comes first.
 * A staff survey's, an audit's and the check-in bands' rows each read in their own terms.
 */
export function BenchmarkTable({ rows, captionId, caption, own = false }: { rows: readonly BenchmarkRow[]; captionId: string; caption: string; own?: boolean }) {
  const { t, i18n } = useTranslation();
  const percent = (share: number) => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
  // a survey section's mean rating reads as it is; an audit section's as points out of 2; a band's
  // mean is the share of contributors in it, so it and its change read as percentages
  const figure = (f: BenchmarkFigure | undefined, pooled: boolean, kind: BenchmarkRow['kind']) => {
    if (!f) return '';
    if (!f.shown) return t(`collaboratives.hidden.${f.reason}`);
    const delta = (d: number) => (kind === 'check-in-bands' ? t('contributions.figure.points', { points: `${d > 0 ? '+' : ''}${Math.round(d * 100)}` }) : `${d > 0 ? '+' : ''}${d}`);
    const change = f.changeSinceBaseline === null ? '' : ` ${t('collaboratives.benchmarks.change', { change: delta(f.changeSinceBaseline) })}`;
    if (kind === 'staff-survey') {
      const value = pooled ? t('collaboratives.benchmarks.figure', { mean: f.mean, organisations: f.organisations, n: f.n }) : String(f.mean);
      return `${value}${change}`;
    }
    const mean = kind === 'audit' ? t('contributions.figure.auditMean', { mean: f.mean }) : percent(f.mean);
    const value = pooled ? t(kind === 'audit' ? 'contributions.figure.auditPooled' : 'contributions.figure.bandsPooled', { mean, organisations: f.organisations, n: f.n }) : mean;
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
              {own ? <td>{figure(r.own, false, r.kind)}</td> : null}
              <td>{figure(r.collaborative, true, r.kind)}</td>
              <td>{figure(r.hub, true, r.kind)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
