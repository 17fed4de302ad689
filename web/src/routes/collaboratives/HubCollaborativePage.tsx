import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type Collaborative, useCollaborative, useCollaborativeBenchmarks } from '../../api/collaboratives';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import { useSession } from '../../api/session';
import { AddMemberForm } from './AddMemberForm';
import { PublishOpenData } from '../open-data/PublishOpenData';
import { BenchmarkTable } from './BenchmarkTable';
import { DescribeCollaborative } from './DescribeCollaborative';
import { RemindOrganisations } from './RemindOrganisations';
import { RemoveMemberForm } from './RemoveMemberForm';
import { TimelineSection } from './TimelineSection';

/**
 * One collaborative as its hub reads it: timepoints, completion counts per organisation (a count
 * under the hub's minimum shows as hidden) and the pooled figures the cross-organisation gate
 * released, each hidden one with its reason; and what of them was published as open data. A hub
 * admin also edits the description and the timeline and reminds organisations that have not contributed.
 */
export function HubCollaborativePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const collaborative = useCollaborative(id);
  const { me } = useSession();
  const isAdmin = me?.roles.includes('hub_admin') ?? false;
  const c = collaborative.data;
  return (
    <Page title={c?.name ?? t('collaboratives.detail.title')} lead={c?.purpose ? <p>{c.purpose}</p> : undefined}>
      {collaborative.isPending ? <Loading /> : null}
      {collaborative.error ? <Notice tone="error">{errorTitle(t, collaborative.error)}</Notice> : null}
      {c && isAdmin ? <DescribeCollaborative collaborative={c} /> : null}
      {c ? <TimelineSection collaborative={c} canEdit={isAdmin} /> : null}
      {c ? (
        <section className="panel" aria-labelledby="practice-entry-heading">
          <h2 id="practice-entry-heading">{t('sharedPractice.entry.heading')}</h2>
          <p>{t('sharedPractice.entry.lead')}</p>
          <p>
            <Link to={`/region/collaboratives/${id}/practice`}>{t('sharedPractice.entry.link', { name: c.name })}</Link>
          </p>
        </section>
      ) : null}
      {c ? <Completion collaborative={c} /> : null}
      {c ? <Benchmarks id={id} /> : null}
      {c ? <PublishOpenData collaborativeId={id} /> : null}
    </Page>
  );
}

function Completion({ collaborative: c }: { collaborative: Collaborative }) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const canAdd = me?.roles.includes('hub_admin') ?? false;
  const count = (n: Collaborative['completion'][number]['asked']) => (n.shown ? String(n.value) : t('collaboratives.completion.hidden'));
  return (
    <section className="panel" aria-labelledby="completion-heading">
      <h2 id="completion-heading">{t('collaboratives.completion.heading')}</h2>
      <p>{t('collaboratives.completion.lead')}</p>
      <TableRegion captionId="completion-caption">
        <table>
          <caption id="completion-caption">{t('collaboratives.completion.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('collaboratives.completion.organisation')}</th>
              {c.timepoints.map((tp) => (
                <th key={tp.id} scope="col">
                  {tp.label} ({formatDate(tp.dueOn, i18n.language)})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.members.map((m) => (
              <tr key={m.orgId}>
                <th scope="row">{m.name}</th>
                {m.status !== 'consented' ? (
                  <td colSpan={Math.max(1, c.timepoints.length)}>{t('collaboratives.completion.noConsent')}</td>
                ) : (
                  c.timepoints.map((tp) => {
                    const here = c.completion.filter((x) => x.orgId === m.orgId && x.timepointId === tp.id);
                    const done = here.find((x) => x.kind === 'staff-survey');
                    // an audit or the check-in bands: how many people stand behind what was sent
                    const others = here.filter((x) => x.kind !== 'staff-survey').map((x) => t(`contributions.completion.${x.kind === 'audit' ? 'audit' : 'bands'}`, { people: count(x.asked) }));
                    const survey = done ? t('collaboratives.completion.counts', { answered: count(done.answered), asked: count(done.asked) }) : t('collaboratives.completion.notLinked');
                    return (
                      <td key={tp.id}>
                        {[survey, ...others].join('; ')}
                        {done && done.teams.length > 0 ? <TeamCompletion organisation={m.name} teams={done.teams} /> : null}
                      </td>
                    );
                  })
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {canAdd ? <AddMemberForm collaborativeId={c.id} memberIds={c.members.map((m) => m.orgId)} elsewhereIds={c.inOtherCollaboratives} /> : null}
      {canAdd ? <RemoveMemberForm collaborativeId={c.id} members={c.members} /> : null}
      {canAdd ? <RemindOrganisations collaborative={c} /> : null}
    </section>
  );
}

/** A survey's completion per team, folded away under the organisation's counts; a hidden team says only why. */
function TeamCompletion({ organisation, teams }: { organisation: string; teams: Collaborative['completion'][number]['teams'] }) {
  const { t } = useTranslation();
  return (
    <details>
      <summary>{t('collaboratives.completion.teams.summary', { count: teams.length })}</summary>
      <table>
        <caption>{t('collaboratives.completion.teams.caption', { organisation })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('collaboratives.completion.teams.team')}</th>
            <th scope="col">{t('collaboratives.completion.teams.answered')}</th>
          </tr>
        </thead>
        <tbody>
          {teams.map((team, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two units may share a name and the hub gets no unit ids; rows hold no state
            <tr key={`${team.unitName ?? ''}-${i}`}>
              <th scope="row">{team.unitName ?? t('collaboratives.completion.teams.noTeam')}</th>
              <td>
                {team.shown
                  ? t('collaboratives.completion.counts', { answered: team.answered, asked: team.asked })
                  : t(team.reason === 'under-minimum' ? 'collaboratives.completion.teams.underMinimum' : 'collaboratives.completion.teams.protectsAnother')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function Benchmarks({ id }: { id: string }) {
  const { t } = useTranslation();
  const benchmarks = useCollaborativeBenchmarks(id);
  const rows = benchmarks.data?.rows ?? [];
  return (
    <section className="panel" aria-labelledby="benchmarks-heading">
      <h2 id="benchmarks-heading">{t('collaboratives.benchmarks.heading')}</h2>
      <p>{t('collaboratives.benchmarks.lead')}</p>
      {benchmarks.isPending ? <Loading /> : null}
      {benchmarks.error ? <Notice tone="error">{errorTitle(t, benchmarks.error)}</Notice> : null}
      {benchmarks.data && rows.length === 0 ? <p>{t('collaboratives.benchmarks.none')}</p> : null}
      {rows.length > 0 ? <BenchmarkTable rows={rows} captionId="benchmarks-caption" caption={t('collaboratives.benchmarks.caption')} /> : null}
    </section>
  );
}
