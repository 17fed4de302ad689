import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type HubMember, useHub, useHubMembers, useWithdrawInvitation } from '../../api/hub';
import { useSession } from '../../api/session';
import { announce } from '../../components/announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusIfLost } from '../../components/focus-if-lost';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import { MemberRecognitions } from '../standards/HubStandardsLinks';

const when = (iso: string | null, lng: string) => (iso ? formatDateTime(iso, lng) : '—');

/** The hub's home: its member organisations, each with where it stands and when each step happened; an admin withdraws an unanswered invitation. */
export function HubHomePage() {
  const { t, i18n } = useTranslation();
  const hub = useHub();
  const members = useHubMembers();
  const list: HubMember[] = members.data?.members ?? [];
  const { me } = useSession();
  const canWithdraw = me?.roles.includes('hub_admin') ?? false;
  const withdraw = useWithdrawInvitation();
  const [withdrawing, setWithdrawing] = useState<HubMember | null>(null);
  return (
    <Page title={hub.data?.name ?? t('hub.home.title')} lead={<p>{t('hub.home.lead')}</p>}>
      <section className="panel" aria-labelledby="hub-members-heading">
        <h2 id="hub-members-heading" tabIndex={-1}>
          {t('hub.home.membersHeading')}
        </h2>
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
                  {canWithdraw ? <th scope="col">{t('common.actions')}</th> : null}
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
                    {canWithdraw ? (
                      <td>
                        {m.status === 'invited' ? (
                          <Button className="button button-secondary" aria-label={t('hub.home.withdrawNamed', { name: m.name })} onPress={() => setWithdrawing(m)}>
                            {t('hub.home.withdraw')}
                          </Button>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : null}
      </section>
      <ConfirmDialog
        destructive
        isOpen={withdrawing !== null}
        onClose={() => {
          focusIfLost('hub-members-heading');
          setWithdrawing(null);
        }}
        title={t('hub.home.withdrawTitle', { name: withdrawing?.name ?? '' })}
        confirmLabel={t('hub.home.withdraw')}
        onConfirm={async () => {
          if (!withdrawing) return;
          await withdraw.mutateAsync(withdrawing.orgId);
          announce(t('hub.home.withdrawn', { name: withdrawing.name }));
        }}
      >
        <p>{t('hub.home.withdrawExplain')}</p>
      </ConfirmDialog>
    </Page>
  );
}
