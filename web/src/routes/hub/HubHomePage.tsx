import { useTranslation } from 'react-i18next';
import { type HubMember, useHub, useHubMembers } from '../../api/hub';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import { MemberRecognitions } from '../standards/HubStandardsLinks';

const when = (iso: string | null, lng: string) => (iso ? formatDateTime(iso, lng) : '—');

/** The hub's home: its member organisations, each with where it stands and when each step happened. */
export function HubHomePage() {
  const { t, i18n } = useTranslation();
  const hub = useHub();
  const members = useHubMembers();
  const list: HubMember[] = members.data?.members ?? [];
  return (
    <Page title={hub.data?.name ?? t('hub.home.title')} lead={<p>{t('hub.home.lead')}</p>}>
      <section className="panel" aria-labelledby="hub-members-heading">
        <h2 id="hub-members-heading">{t('hub.home.membersHeading')}</h2>
        {members.isPending ? <Loading /> : null}
        {members.error ? <Notice tone="error">{errorTitle(t, members.error)}</Notice> : null}
        {members.data && list.length === 0 ? <p>{t('hub.home.none')}</p> : null}
        {list.length > 0 ? (
          <TableRegion captionId="hub-members-caption">
            <table>
              <caption id="hub-members-caption">{t('hub.home.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('hub.home.organisation')}</th>
                  <th scope="col">{t('hub.home.status')}</th>
                  <th scope="col">{t('hub.home.invited')}</th>
                  <th scope="col">{t('hub.home.answered')}</th>
                  <th scope="col">{t('hub.home.revoked')}</th>
                  <th scope="col">{t('standards.hub.recognisedColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((m) => (
                  <tr key={m.orgId}>
                    <th scope="row">{m.name}</th>
                    <td>{t(`hub.status.${m.status}`)}</td>
                    <td>{when(m.invitedAt, i18n.language)}</td>
                    <td>{when(m.decidedAt, i18n.language)}</td>
                    <td>{when(m.revokedAt, i18n.language)}</td>
                    <td>
                      <MemberRecognitions orgId={m.orgId} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : null}
      </section>
    </Page>
  );
}
