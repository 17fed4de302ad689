import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { type Community, useCommunity, useJoinCommunity, useLeaveCommunity } from '../../api/peers';
import { announce } from '../../components/announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusIfLost } from '../../components/focus-if-lost';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { Board } from './Board';
import { PeersNav, WhoSees } from './common';
import { InviteForm } from './InviteForm';
import { MeetingNotes } from './MeetingNotes';

/** One community: what it is for; for its members, who belongs, its board and its meeting notes. */
export function CommunityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const community = useCommunity(id);

  if (community.isPending) return <Page title={t('peers.communities.title')}>{<Loading />}</Page>;
  if (community.error || !community.data) {
    const missing = community.error instanceof ApiError && community.error.status === 404;
    return (
      <Page title={t('peers.community.notFound')}>
        {missing ? null : <Notice tone="error">{errorTitle(t, community.error)}</Notice>}
        <p>
          <Link to="/peers">{t('peers.community.back')}</Link>
        </p>
      </Page>
    );
  }
  return <CommunityView community={community.data} />;
}

function CommunityView({ community }: { community: Community }) {
  const { t } = useTranslation();
  const join = useJoinCommunity();
  const leave = useLeaveCommunity();
  const [leaving, setLeaving] = useState(false);
  const member = community.myStatus === 'member';

  return (
    <Page title={community.name}>
      <PeersNav />
      <p>
        <Link to="/peers">{t('peers.community.back')}</Link>
      </p>
      <section className="panel" aria-labelledby="purpose-heading">
        <h2 id="purpose-heading">{t('peers.community.purposeHeading')}</h2>
        <p className="peers-post-body">{community.purpose}</p>
        {member ? null : <p>{community.myStatus === 'invited' ? t('peers.community.invitedExplain') : t('peers.community.joinExplain')}</p>}
        <div className="button-row">
          {member ? (
            <Button className="button button-secondary" onPress={() => setLeaving(true)}>
              {t('peers.community.leave')}
            </Button>
          ) : (
            <>
              <Button
                className="button button-primary"
                isDisabled={join.isPending}
                onPress={() => join.mutate(community.id, { onSuccess: () => announce(t('peers.communities.joined', { name: community.name })) })}
              >
                {community.myStatus === 'invited' ? t('peers.community.accept') : t('peers.communities.join')}
              </Button>
              {community.myStatus === 'invited' ? (
                <Button className="button button-secondary" isDisabled={leave.isPending} onPress={() => leave.mutate(community.id)}>
                  {t('peers.community.decline')}
                </Button>
              ) : null}
            </>
          )}
        </div>
      </section>
      {member && community.members ? (
        <>
          <WhoSees>{t('peers.board.whoSees')}</WhoSees>
          <section className="panel" aria-labelledby="members-heading">
            <h2 id="members-heading">{t('peers.community.membersHeading')}</h2>
            <ul>
              {community.members.map((m) => (
                <li key={m.id}>
                  {m.name}
                  {m.unitName ? `, ${m.unitName}` : ''}
                  {m.isStarter ? <span className="peers-tag">{t('peers.community.starterTag')}</span> : null}
                </li>
              ))}
            </ul>
            {community.iStarted ? <InviteForm communityId={community.id} /> : null}
          </section>
          <Board communityId={community.id} />
          <MeetingNotes communityId={community.id} />
        </>
      ) : null}
      <ConfirmDialog
        isOpen={leaving}
        onClose={() => {
          focusIfLost('purpose-heading');
          setLeaving(false);
        }}
        title={t('peers.community.leaveTitle')}
        confirmLabel={t('peers.community.leave')}
        destructive
        onConfirm={async () => {
          await leave.mutateAsync(community.id);
          announce(t('peers.community.left'));
        }}
      >
        <p>{t('peers.community.leaveExplain')}</p>
      </ConfirmDialog>
    </Page>
  );
}
