import { useTranslation } from 'react-i18next';
import type { SurveyFigure } from '../../api/assessments';
import { BarChart } from '../../components/charts/BarChart';
import { lowestOf } from '../../components/charts/chart-geometry';
import { TableRegion } from '../../components/TableRegion';

/**
 * A survey's average answer per section for everyone asked, as bars on the rating scale, with
 * the highest and lowest named above. Every figure is one the privacy gate released; a hidden
 * one is said in words, draws no bar, and is never named as highest or lowest.
 */
export function SectionsChart({ sections, min, max }: { sections: { id: string; name: string; figure: SurveyFigure | undefined }[]; min: number; max: number }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const shown = sections.flatMap((s) => (s.figure && !s.figure.suppressed ? [{ name: s.name, mean: s.figure.mean }] : []));
  const lowest = lowestOf(shown, (s) => s.mean);
  const highest = lowestOf(shown, (s) => -s.mean);
  const summary =
    !lowest || !highest
      ? t('assessments.results.sectionsSummaryNone')
      : shown.length === 1
        ? t('assessments.results.sectionsSummaryOne', { min, max, name: lowest.name, mean: number.format(lowest.mean) })
        : t('assessments.results.sectionsSummary', { min, max, highest: highest.name, high: number.format(highest.mean), lowest: lowest.name, low: number.format(lowest.mean) });
  const figureText = (f: SurveyFigure | undefined) => (!f ? '—' : f.suppressed ? t('assessments.results.hidden') : number.format(f.mean));
  return (
    <BarChart
      id="sections-chart"
      title={t('assessments.results.sectionsChartTitle')}
      summary={summary}
      max={Math.max(max - min, 1)}
      rows={sections.map((s) => ({
        key: s.id,
        label: s.name,
        parts: [{ key: 'mean', label: t('assessments.results.average'), value: s.figure && !s.figure.suppressed ? s.figure.mean - min : 0, tone: 1 }],
        valueText: figureText(s.figure),
      }))}
      table={
        <TableRegion captionId="sections-caption">
          <table>
            <caption id="sections-caption">{t('assessments.results.sectionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assessments.results.section')}</th>
                <th scope="col">{t('assessments.results.average')}</th>
              </tr>
            </thead>
            <tbody>
              {sections.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td className={s.figure?.suppressed ? 'cell-hidden' : undefined}>{figureText(s.figure)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      }
    />
  );
}
