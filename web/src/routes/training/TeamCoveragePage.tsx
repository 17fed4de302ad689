import { useTranslation } from 'react-i18next';
import { useTeamCoverage } from '../../api/training';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import { CoverageTableView } from './CoverageTableView';

/** A manager's view of their people: who has completed the level they need, and training to renew. */
export function TeamCoveragePage() {
  const { t, i18n } = useTranslation();
  const coverage = useTeamCoverage(null);
  const d = coverage.data;
  const level = (l: string | null) => (l ? t(`training.levels.${l}`) : t('training.none'));
  const renewals = d?.people.flatMap((p) => p.expiring.map((r) => ({ ...r, person: p.name }))) ?? [];

  return (
    <Page title={t('training.team.title')} lead={<p>{t('training.team.lead')}</p>}>
      {coverage.isPending ? <Loading /> : null}
      {coverage.error ? <Notice tone="error">{errorTitle(t, coverage.error)}</Notice> : null}
      {d && d.people.length === 0 ? <p>{t('training.team.nobody')}</p> : null}
      {d && d.people.length > 0 ? (
        <>
          <section className="panel" aria-labelledby="team-table-heading">
            <h2 id="team-table-heading">{t('training.team.tableTitle')}</h2>
            <p data-testid="team-summary">{t('training.team.summary', { met: d.table.met, placed: d.table.placed })}</p>
            <CoverageTableView id="team-coverage" table={d.table} caption={t('training.team.tableCaption')} />
          </section>

          <section className="panel" aria-labelledby="team-people-heading">
            <h2 id="team-people-heading">{t('training.team.peopleTitle')}</h2>
            <TableRegion captionId="team-people-caption">
              <table>
                <caption id="team-people-caption">{t('training.team.peopleCaption', { count: d.people.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('training.team.name')}</th>
                    <th scope="col">{t('training.team.kind')}</th>
                    <th scope="col">{t('training.team.required')}</th>
                    <th scope="col">{t('training.team.completed')}</th>
                    <th scope="col">{t('training.team.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.people.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">{p.name}</th>
                      <td>{t(`training.kinds.${p.kind}`)}</td>
                      <td>{p.required ? level(p.required) : t('training.team.notPlaced')}</td>
                      <td>{level(p.completed)}</td>
                      <td>{t(`training.team.statuses.${p.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          </section>

          <section className="panel" aria-labelledby="team-renewals-heading">
            <h2 id="team-renewals-heading">{t('training.team.renewalsTitle')}</h2>
            {renewals.length === 0 ? (
              <p>{t('training.team.noRenewals')}</p>
            ) : (
              <ul className="plain-list">
                {renewals.map((r) => (
                  <li key={r.id}>
                    {t(`training.team.renewal.${r.validity}`, { person: r.person, title: r.title, date: r.expiresOn ? formatDate(r.expiresOn, i18n.language) : '' })}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </Page>
  );
}
