import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTeamPlans } from '../../api/development';
import { hasRole, useSession } from '../../api/session';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import { PlanStatusText, ReviewStatusText } from './ReviewStatusText';

/** A supervisor's people with where their plan stands and when it is next reviewed, reviews due first. */
export function TeamPlansPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const plans = useTeamPlans();
  const order = { overdue: 0, due: 1, scheduled: 2, none: 3 } as const;
  const rows = [...(plans.data?.plans ?? [])].sort((a, b) => order[a.reviewStatus] - order[b.reviewStatus] || a.name.localeCompare(b.name));
  const needing = rows.filter((r) => r.reviewStatus === 'due' || r.reviewStatus === 'overdue').length;
  return (
    <Page title={t('development.team.title')} lead={<p>{t(hasRole(me, 'org_admin') ? 'development.team.leadAdmin' : 'development.team.lead')}</p>}>
      {plans.isPending ? <Loading /> : null}
      {plans.error ? <Notice tone="error">{errorTitle(t, plans.error)}</Notice> : null}
      {plans.data && rows.length === 0 ? <Notice>{t('development.team.empty')}</Notice> : null}
      {rows.length > 0 ? (
        <>
          <p>{t('development.team.reviewsToPlan', { count: needing })}</p>
          <TableRegion captionId="team-plans-caption">
            <table>
              <caption id="team-plans-caption">{t('development.team.caption', { count: rows.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('development.team.person')}</th>
                  <th scope="col">{t('development.team.status')}</th>
                  <th scope="col">{t('development.team.review')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.personId}>
                    <th scope="row">
                      <Link to={`/team/plans/${r.personId}`}>{r.name}</Link>
                      {r.jobTitle ? <div className="hint">{r.jobTitle}</div> : null}
                    </th>
                    <td>
                      <PlanStatusText status={r.status} />
                      {r.version ? <div className="hint">{t('development.team.version', { version: r.version })}</div> : null}
                    </td>
                    <td>
                      <ReviewStatusText status={r.reviewStatus} date={r.reviewDate} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      ) : null}
    </Page>
  );
}
