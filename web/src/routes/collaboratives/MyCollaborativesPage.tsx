import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { type MyHubMembership, useMyBenchmarks, useMyCollaborative, useMyHubMemberships } from '../../api/collaboratives';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import { BenchmarkTable } from './BenchmarkTable';
import { ContributeBandsForm } from './ContributeBandsForm';
import { LinkAuditForm } from './LinkAuditForm';
import { LinkSurveyForm } from './LinkSurveyForm';
import { OpenTimepointSurvey } from './OpenTimepointSurvey';

/**
 * For an organisation's admins: the collaborative it takes part in at each hub whose consent is
 * in force, its timepoints — each with what it asks for (a staff survey, an audit, check-in band
 * counts), each with its own form — and its own released figures beside the collaborative's and
 * the hub's.
 */
export function MyCollaborativesPage() {
  const { t } = useTranslation();
  const hubs = useMyHubMemberships();
  const consented = (hubs.data?.memberships ?? []).filter((m) => m.status === 'consented');
  return (
    <Page title={t('collaboratives.mine.title')} lead={<p>{t('collaboratives.mine.lead')}</p>}>
      {hubs.isPending ? <Loading /> : null}
      {hubs.error ? <Notice tone="error">{errorTitle(t, hubs.error)}</Notice> : null}
      {hubs.data && consented.length === 0 ? <p>{t('collaboratives.mine.noHub')}</p> : null}
      {consented.map((m) => (
        <HubCollaborative key={m.hubId} membership={m} />
      ))}
    </Page>
  );
}

function HubCollaborative({ membership: m }: { membership: MyHubMembership }) {
  const { t, i18n } = useTranslation();
  const collaborative = useMyCollaborative(m.hubId);
  const benchmarks = useMyBenchmarks(m.hubId, collaborative.isSuccess);
  const c = collaborative.data;
  const headingId = `hub-${m.hubId}-heading`;
  const rows = benchmarks.data?.rows ?? [];
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{c ? t('collaboratives.mine.heading', { name: c.name, hub: m.hubName }) : m.hubName}</h2>
      {collaborative.isPending ? <Loading /> : null}
      {collaborative.error instanceof ApiError && collaborative.error.status === 404 ? <p>{t('collaboratives.mine.none')}</p> : null}
      {collaborative.error && !(collaborative.error instanceof ApiError && collaborative.error.status === 404) ? <Notice tone="error">{errorTitle(t, collaborative.error)}</Notice> : null}
      {c ? (
        <>
          {c.purpose ? <p>{c.purpose}</p> : null}
          <p>
            <Link to={`/collaboratives/${m.hubId}/practice`}>{t('sharedPractice.entry.link', { name: c.name })}</Link>
          </p>
          <TableRegion captionId={`${headingId}-timepoints`}>
            <table>
              <caption id={`${headingId}-timepoints`}>{t('contributions.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('collaboratives.benchmarks.timepoint')}</th>
                  <th scope="col">{t('collaboratives.mine.due')}</th>
                  <th scope="col">{t('collaboratives.mine.survey')}</th>
                  <th scope="col">{t('contributions.audit.column')}</th>
                  <th scope="col">{t('contributions.bands.column')}</th>
                </tr>
              </thead>
              <tbody>
                {c.timepoints.map((tp) => (
                  <tr key={tp.id}>
                    <th scope="row">{tp.label}</th>
                    <td>{formatDate(tp.dueOn, i18n.language)}</td>
                    <td>
                      {tp.contributed ? (
                        t('collaboratives.mine.shared')
                      ) : tp.cycleId ? (
                        t('collaboratives.mine.linked')
                      ) : tp.kinds.includes('staff-survey') ? (
                        <>
                          <LinkSurveyForm hubId={m.hubId} timepointId={tp.id} timepointLabel={tp.label} packId={tp.packId} />
                          {/* one step, with the timepoint's own questions: only when it names them */}
                          {tp.packId ? <OpenTimepointSurvey hubId={m.hubId} collaborativeName={c.name} timepoint={tp} /> : null}
                        </>
                      ) : (
                        t('contributions.notAsked')
                      )}
                    </td>
                    <td>
                      {tp.auditContributed ? (
                        t('contributions.audit.shared')
                      ) : tp.kinds.includes('audit') ? (
                        <LinkAuditForm hubId={m.hubId} timepointId={tp.id} timepointLabel={tp.label} />
                      ) : (
                        t('contributions.notAsked')
                      )}
                    </td>
                    <td>
                      {tp.bandsContributed ? (
                        t('contributions.bands.shared')
                      ) : tp.kinds.includes('check-in-bands') ? (
                        <ContributeBandsForm hubId={m.hubId} timepointId={tp.id} dueOn={tp.dueOn} />
                      ) : (
                        t('contributions.notAsked')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      ) : null}
      {benchmarks.error ? <Notice tone="error">{errorTitle(t, benchmarks.error)}</Notice> : null}
      {benchmarks.data && rows.length === 0 ? <p>{t('collaboratives.benchmarks.none')}</p> : null}
      {rows.length > 0 ? <BenchmarkTable rows={rows} captionId={`${headingId}-figures`} caption={t('collaboratives.mine.figuresCaption')} own /> : null}
    </section>
  );
}
