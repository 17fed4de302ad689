import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import {
  type CycleDetail,
  type HistoryCycle,
  RAGS,
  type Rag,
  type SurveyFigure,
  surveyResultsCsvUrl,
  useCycle,
  useCycleResults,
  useHistory,
  useSurveyResults,
} from '../../api/assessments';
import { useSession } from '../../api/session';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { BarChart } from '../../components/charts/BarChart';
import { TableRegion } from '../../components/TableRegion';
import { usePackText } from '../framework/pack-text';
import { ChangeChart } from './ChangeChart';
import { CloseSurvey } from './CloseSurvey';
import { CycleLinks, criteriaById, useScopeName } from './common';
import { type HeatFigure, HeatMap } from './HeatMap';
import { RagBadge, RagIcon } from './Rag';
import { ReportsPanel } from './ReportsPanel';
import { SectionsChart } from './SectionsChart';
import { fewestInPlace, totalOf } from './results-words';
import { SurveyRaiseAction } from './raise/SurveyRaiseAction';

/** A cycle's results: a team review's confirmed ratings, or a staff survey's figures through the privacy gate. */
export function ResultsPage() {
  const { t } = useTranslation();
  const { cycleId } = useParams();
  const { me } = useSession();
  const cycle = useCycle(cycleId, me?.personId);

  if (cycle.isPending) return <Loading />;
  if (cycle.error || !cycle.data) return <Page title={t('assessments.list.title')}>{<Notice tone="error">{errorTitle(t, cycle.error)}</Notice>}</Page>;
  return (
    <Page title={t('assessments.results.title', { title: cycle.data.title })} lead={<p>{t(cycle.data.mode === 'team-review' ? 'assessments.results.lead' : 'assessments.results.surveyLead')}</p>}>
      <CycleLinks cycle={cycle.data} current="results" />
      {cycle.data.mode === 'team-review' ? <TeamResultsView cycle={cycle.data} /> : <SurveyResultsView cycle={cycle.data} />}
    </Page>
  );
}

function useRagWords(cycle: CycleDetail) {
  const { t } = useTranslation();
  const text = usePackText();
  return (rag: Rag) => {
    const found = cycle.pack.body.ratings.rag.find((r) => r.id === rag);
    return found ? text(found.text) : t(`assessments.rag.${rag}`);
  };
}

function TeamResultsView({ cycle }: { cycle: CycleDetail }) {
  const { t } = useTranslation();
  const text = usePackText();
  const results = useCycleResults(cycle.id);
  const history = useHistory(cycle.packId, cycle.unitId);
  const words = useRagWords(cycle);
  const byId = criteriaById(cycle.pack);
  const sectionTitle = (id: string) => text(cycle.pack.body.sections.find((s) => s.id === id)?.title) || id;
  const criterionText = (id: string) => {
    const found = byId.get(id);
    return found ? text(found.criterion.text) : id;
  };

  if (results.isPending) return <Loading />;
  if (results.error || !results.data) return <Notice tone="error">{errorTitle(t, results.error)}</Notice>;
  const r = results.data;
  const previousTitle = r.previousCycle?.title;
  const counts = t('assessments.results.distributionSummary', { green: r.totals.green, amber: r.totals.amber, red: r.totals.red });
  const fewest = r.sections.length > 1 ? fewestInPlace(r.sections.map((s) => ({ name: sectionTitle(s.id), ...s.counts }))) : undefined;
  // the sentence above the chart: the counts in words, and the section with the fewest in place
  const ratingsSummary = fewest ? t('assessments.results.ratingsSummary', { counts, section: fewest.name, percent: fewest.percent }) : `${counts}.`;

  return (
    <>
      <section className="panel" aria-labelledby="distribution-heading">
        <h2 id="distribution-heading">{t('assessments.results.distributionHeading')}</h2>
        <BarChart
          id="ratings-chart"
          title={t('assessments.results.ratingsChartTitle')}
          summary={ratingsSummary}
          max={100}
          rows={r.sections.map((s) => {
            const total = totalOf(s.counts);
            const share = (n: number) => (total === 0 ? 0 : (n / total) * 100);
            return {
              key: s.id,
              label: sectionTitle(s.id),
              parts: [
                { key: 'green', label: words('green'), value: share(s.counts.green), tone: 1 as const },
                { key: 'amber', label: words('amber'), value: share(s.counts.amber), tone: 2 as const },
                { key: 'red', label: words('red'), value: share(s.counts.red), tone: 3 as const },
                { key: 'unrated', label: t('assessments.results.unrated'), value: share(s.counts.unrated), tone: 4 as const },
              ],
              valueText: t('assessments.results.ratingsBarValue', { green: s.counts.green, total }),
            };
          })}
          table={
            <TableRegion captionId="distribution-caption">
              <table>
                <caption id="distribution-caption">{t('assessments.results.distributionCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('assessments.results.section')}</th>
                    {[...RAGS].reverse().map((rag) => (
                      <th scope="col" key={rag}>
                        <span className="rag-badge">
                          <RagIcon rating={rag} /> {t('assessments.rag.withColour', { words: words(rag), colour: t(`assessments.rag.colour.${rag}`) })}
                        </span>
                      </th>
                    ))}
                    <th scope="col">{t('assessments.results.unrated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.sections.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">{sectionTitle(s.id)}</th>
                      <td>{s.counts.green}</td>
                      <td>{s.counts.amber}</td>
                      <td>{s.counts.red}</td>
                      <td>{s.counts.unrated}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          }
        />
      </section>

      <section className="panel" aria-labelledby="criteria-heading">
        <h2 id="criteria-heading">{t('assessments.results.criteriaHeading')}</h2>
        <p>{previousTitle ? t('assessments.results.previous', { title: previousTitle }) : t('assessments.results.noPrevious')}</p>
        {r.sections.map((s) => (
          <TableRegion key={s.id} captionId={`criteria-caption-${s.id}`}>
            <table>
              <caption id={`criteria-caption-${s.id}`}>{sectionTitle(s.id)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('assessments.results.criterion')}</th>
                  <th scope="col">{t('assessments.results.confirmedRating')}</th>
                  <th scope="col">{t('assessments.results.evidenceCount')}</th>
                  <th scope="col">{t('assessments.results.previousRating')}</th>
                </tr>
              </thead>
              <tbody>
                {s.criteria.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <span className="criterion-id">{c.id}</span> {criterionText(c.id)}
                    </th>
                    <td>
                      <RagBadge rating={c.rating} words={c.rating ? words(c.rating) : undefined} />
                    </td>
                    <td>{c.evidenceCount}</td>
                    <td>
                      {r.previousCycle ? <RagBadge rating={c.previousRating} words={c.previousRating ? words(c.previousRating) : undefined} /> : '—'}
                      {c.change ? <span className="meta"> · {t(`assessments.results.change.${c.change}`)}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ))}
      </section>

      <div>
        <section className="panel" aria-labelledby="strengths-heading">
          <h2 id="strengths-heading">{t('assessments.results.strengths')}</h2>
          {r.strengths.length === 0 ? <p>{t('assessments.results.noStrengths')}</p> : null}
          <ul>
            {r.strengths.map((id) => (
              <li key={id}>
                <span className="criterion-id">{id}</span> {criterionText(id)}
              </li>
            ))}
          </ul>
        </section>
        <section className="panel" aria-labelledby="gaps-heading">
          <h2 id="gaps-heading">{t('assessments.results.gaps')}</h2>
          {r.gaps.length === 0 ? <p>{t('assessments.results.noGaps')}</p> : null}
          <ul>
            {r.gaps.map((id) => {
              const rating = r.sections.flatMap((s) => s.criteria).find((c) => c.id === id)?.rating ?? null;
              return (
                <li key={id}>
                  <span className="criterion-id">{id}</span> {criterionText(id)} <RagBadge rating={rating} words={rating ? words(rating) : undefined} />
                </li>
              );
            })}
          </ul>
        </section>
      </div>

      <section className="panel" aria-labelledby="change-heading">
        <h2 id="change-heading">{t('assessments.results.changeHeading')}</h2>
        {history.isPending ? <Loading /> : null}
        {history.error ? <Notice tone="error">{errorTitle(t, history.error)}</Notice> : null}
        {history.data ? <Change cycles={history.data.cycles} /> : null}
      </section>

      <ReportsPanel cycle={cycle} />
    </>
  );
}

function Change({ cycles }: { cycles: HistoryCycle[] }) {
  const { t } = useTranslation();
  if (cycles.length < 2) return <p>{t('assessments.results.changeOne')}</p>;
  return <ChangeChart points={cycles.map((c) => ({ cycleId: c.id, title: c.title, ...c.counts }))} />;
}

const figure = (cell: SurveyFigure | undefined): HeatFigure | undefined =>
  !cell ? undefined : cell.suppressed ? { suppressed: true, reason: cell.reason } : { suppressed: false, mean: cell.mean, ratings: cell.ratings };

function SurveyResultsView({ cycle }: { cycle: CycleDetail }) {
  const { t, i18n } = useTranslation();
  const text = usePackText();
  const scope = useScopeName();
  const results = useSurveyResults(cycle.id);
  const byId = criteriaById(cycle.pack);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const sectionTitle = (id: string) => text(cycle.pack.body.sections.find((s) => s.id === id)?.title) || id;
  const { min, max } = cycle.pack.body.ratings.scale;

  if (results.isPending) return <Loading />;
  if (results.error instanceof ApiError && results.error.status === 422) {
    return (
      <Notice tone="info" title={t('assessments.results.refusedTitle')}>
        <p>{t('assessments.results.refusedBody')}</p>
      </Notice>
    );
  }
  if (results.error || !results.data) return <Notice tone="error">{errorTitle(t, results.error)}</Notice>;
  const r = results.data;
  if (r.state === 'collecting') {
    return (
      <>
        <Notice tone="info">{t('assessments.results.collecting', { date: formatDate(r.closesOn, i18n.language) })}</Notice>
        <CloseSurvey cycle={cycle} />
      </>
    );
  }

  const unitName = (id: string | null) => (id === null ? `${t('assessments.results.wholeScope')} (${scope(cycle)})` : (r.units.find((u) => u.id === id)?.name ?? id));
  const columns = r.heatMap.units.map((u) => ({ key: u ?? 'scope', name: unitName(u) }));
  const rows = r.heatMap.rows.map((row) => ({
    key: row.sectionId,
    name: sectionTitle(row.sectionId),
    cells: Object.fromEntries(row.cells.map((c) => [c.unitId ?? 'scope', figure(c)])),
  }));
  const meanText = (cell: SurveyFigure | undefined) =>
    !cell ? '—' : cell.suppressed ? t('assessments.results.hidden') : t('assessments.results.heatValue', { mean: number.format(cell.mean), count: cell.ratings });

  return (
    <>
      <section className="panel" aria-labelledby="heat-heading">
        <h2 id="heat-heading">{t('assessments.results.heatHeading')}</h2>
        <p>{t('assessments.results.heatLead', { min, max, minGroup: r.thresholds.minGroupSize })}</p>
        <SectionsChart
          min={min}
          max={max}
          sections={r.heatMap.rows.map((row) => ({ id: row.sectionId, name: sectionTitle(row.sectionId), figure: row.cells.find((c) => c.unitId === null) }))}
        />
        <HeatMap columns={columns} rows={rows} min={min} max={max} />
      </section>
      <section className="panel" aria-labelledby="means-heading">
        <h2 id="means-heading">{t('assessments.results.criteriaMeans')}</h2>
        <TableRegion captionId="means-caption">
          <table>
            <caption id="means-caption">{t('assessments.results.criteriaMeansCaption', { scope: unitName(null) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assessments.results.criterion')}</th>
                <th scope="col">{t('assessments.results.average')}</th>
              </tr>
            </thead>
            <tbody>
              {r.sections.flatMap((s) =>
                s.criteria.map((c) => {
                  const cell = c.cells.find((x) => x.unitId === null);
                  const found = byId.get(c.id);
                  return (
                    <tr key={c.id}>
                      <th scope="row">
                        <span className="criterion-id">{c.id}</span> {found ? text(found.criterion.text) : c.id}
                      </th>
                      <td className={cell?.suppressed ? 'cell-hidden' : undefined}>{meanText(cell)}</td>
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
        </TableRegion>
      </section>
      <SurveyRaiseAction cycle={cycle} results={r} unitName={unitName} />
      <section className="panel" aria-labelledby="comments-heading">
        <h2 id="comments-heading">{t('assessments.results.comments')}</h2>
        <p>{t('assessments.results.commentsLead')}</p>
        {r.sections.map((s) => (
          <section key={s.id} aria-labelledby={`comments-${s.id}`}>
            <h3 id={`comments-${s.id}`}>{sectionTitle(s.id)}</h3>
            {s.comments.status === 'withheld' ? <p className="meta">{t('assessments.results.commentsWithheld', { count: r.thresholds.minFreeTextGroupSize })}</p> : null}
            {s.comments.status === 'released' && s.comments.texts.length === 0 ? <p className="meta">{t('assessments.results.noComments')}</p> : null}
            {s.comments.status === 'released' ? (
              <ul className="comment-list">
                {s.comments.texts.map((body, i) => (
                  // the server shuffles and keeps nothing else: position is the only key there is
                  // biome-ignore lint/suspicious/noArrayIndexKey: comments carry no id by design
                  <li key={i}>{body}</li>
                ))}
              </ul>
            ) : null}
          </section>
        ))}
      </section>
      <section className="panel" aria-labelledby="survey-csv-heading">
        <h2 id="survey-csv-heading">{t('assessments.reports.heading')}</h2>
        <p>
          <a href={`${surveyResultsCsvUrl(cycle.id)}?locale=${i18n.language === 'es' ? 'es' : 'en'}`} download>
            {t('assessments.results.surveyCsv')}
          </a>
        </p>
      </section>
    </>
  );
}
