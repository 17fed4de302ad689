import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkforceFigures, WORKER_KIND_FILTERS, type WorkforceFigures, type WorkforceIndicators } from '../../api/workforce-figures';
import { SelectField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import { CheckInBands } from './CheckInBands';
import { FigureActions } from './figures/FigureActions';
import { FIGURES, useFigureFormat } from './figures/indicators';
import { RaiseFigureAction } from './figures/RaiseFigureAction';
import { FiguresDownloads } from './figures/FiguresDownloads';
import { FiguresHeatMap } from './figures/FiguresHeatMap';
import { FiguresTrend } from './figures/FiguresTrend';

/** The last `count` quarters that have started by `today`, newest first ('2026-Q4', '2026-Q3', …). */
export function recentQuarters(today: Date, count: number): string[] {
  const index = today.getFullYear() * 4 + Math.floor(today.getMonth() / 3);
  return Array.from({ length: count }, (_, i) => `${Math.floor((index - i) / 4)}-Q${((index - i) % 4) + 1}`);
}

type Unit = WorkforceFigures['units'][number];

/**
 * Turnover, stability and absence by unit, for a quarter and the twelve months ending with it,
 * only as the privacy gate released them: a hidden group says why in words and shows no figure.
 * What each figure means is said on the page (docs/metrics.md has the whole dictionary).
 */
export function WorkforceFiguresPage() {
  const { t } = useTranslation();
  const quarters = recentQuarters(new Date(), 8);
  // the last complete quarter first: the current one is still filling up
  const [quarter, setQuarter] = useState(quarters[1]!);
  const [workerKind, setWorkerKind] = useState('');
  const figures = useWorkforceFigures(quarter, workerKind || null);
  return (
    <Page title={t('figures.title')} lead={<p>{t('figures.lead')}</p>}>
      <SelectField id="figures-quarter" label={t('figures.quarter')} hint={t('figures.quarterHint')} value={quarter} onChange={setQuarter}>
        {quarters.map((q) => (
          <option key={q} value={q}>
            {q}
          </option>
        ))}
      </SelectField>
      <SelectField id="figures-workerKind" label={t('figures.workers')} hint={t('figures.workersHint')} value={workerKind} onChange={setWorkerKind}>
        <option value="">{t('figures.everyone')}</option>
        {WORKER_KIND_FILTERS.map((k) => (
          <option key={k} value={k}>
            {t(`figures.only.${k}`)}
          </option>
        ))}
      </SelectField>
      {figures.isPending ? <Loading /> : null}
      {figures.error ? <Notice tone="error">{errorTitle(t, figures.error)}</Notice> : null}
      {figures.data ? (
        <>
          <p>{t('figures.privacy', { count: figures.data.minGroupSize })}</p>
          {figures.data.workerKind ? <p className="figures-kind">{t('figures.showing', { who: t(`figures.only.${figures.data.workerKind}`) })}</p> : null}
          <FiguresDownloads quarter={figures.data.quarter} workerKind={figures.data.workerKind} />
          <FiguresTable id="quarter" caption={t('figures.quarterCaption', { quarter: figures.data.quarter, from: figures.data.from, to: figures.data.to })} data={figures.data} pick={(u) => (u.quarter.shown ? u.quarter.indicators : u.quarter.reason)} />
          <FiguresTable id="year" caption={t('figures.yearCaption', { quarter: figures.data.quarter })} data={figures.data} pick={(u) => u.twelveMonths ?? 'year-hidden'} />
          <FiguresHeatMap data={figures.data} />
          <FiguresTrend data={figures.data} />
          <CheckInBands data={figures.data} />
          <RaiseFigureAction data={figures.data} />
          <Definitions />
        </>
      ) : null}
      <FigureActions units={figures.data?.units ?? []} />
    </Page>
  );
}

function FiguresTable({ id, caption, data, pick }: { id: string; caption: string; data: WorkforceFigures; pick: (unit: Unit) => WorkforceIndicators | 'small-group' | 'protects-another' | 'year-hidden' }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const captionId = `figures-${id}-caption`;
  return (
    <TableRegion captionId={captionId}>
      <table className="table">
        <caption id={captionId}>{caption}</caption>
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
          {data.units.map((unit) => {
            const value = pick(unit);
            return (
              <tr key={unit.unitId ?? 'organisation'}>
                <th scope="row" style={{ paddingInlineStart: `${unit.depth * 1.25 + 0.5}rem` }}>
                  {unit.name}
                </th>
                {typeof value === 'string' ? (
                  <td colSpan={FIGURES.length}>{t(`figures.hidden.${value}`, { count: data.minGroupSize })}</td>
                ) : (
                  FIGURES.map((f) => {
                    const v = value[f];
                    return <td key={f}>{v === null ? t('figures.notShown') : format(f, v)}</td>;
                  })
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}

function Definitions() {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="figures-definitions">
      <h2 id="figures-definitions">{t('figures.definitionsTitle')}</h2>
      <dl>
        {FIGURES.map((f) => (
          <div key={f}>
            <dt>{t(`figures.names.${f}`)}</dt>
            <dd>{t(`figures.definitions.${f}`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('figures.unitsNow')}</p>
    </section>
  );
}
