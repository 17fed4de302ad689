import { useTranslation } from 'react-i18next';
import { usePeople } from '../../api/people';
import { hasRole, useSession } from '../../api/session';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';

/** A supervisor's direct reports. */
export function MyTeamPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const people = usePeople({ limit: 500 });
  // for org admins the API lists everyone: keep only the people who report to me
  const team = (people.data?.people ?? []).filter((p) => !hasRole(me, 'org_admin') || p.managerId === me?.personId);
  return (
    <Page title={t('team.title')} lead={<p>{t('team.lead')}</p>}>
      {people.isPending ? <Loading /> : null}
      {people.error ? <Notice tone="error">{errorTitle(t, people.error)}</Notice> : null}
      {people.data && team.length === 0 ? <Notice>{t('team.empty')}</Notice> : null}
      {team.length > 0 ? (
        <TableRegion captionId="team-caption">
          <table>
            <caption id="team-caption">{t('team.caption', { count: team.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('person.name')}</th>
                <th scope="col">{t('person.jobTitle')}</th>
                <th scope="col">{t('person.unit')}</th>
                <th scope="col">{t('person.kind')}</th>
              </tr>
            </thead>
            <tbody>
              {team.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>{p.jobTitle}</td>
                  <td>{p.unitName}</td>
                  <td>{t(`kinds.${p.kind}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
    </Page>
  );
}
