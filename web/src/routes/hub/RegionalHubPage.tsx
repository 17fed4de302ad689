import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type MyHub, useAnswerHub, useMyHubs } from '../../api/hub';
import { announce } from '../../components/announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { MyHubRecognitions } from '../standards/HubStandardsLinks';

/**
 * The organisation's side of a regional hub, for its admins: each hub's invitation with the
 * consent statement in plain words, the signature (who, when, which version), and revoking,
 * which first says what it does and does not undo.
 */
export function RegionalHubPage() {
  const { t } = useTranslation();
  const hubs = useMyHubs();
  const [revoking, setRevoking] = useState<MyHub | null>(null);
  const answer = useAnswerHub();
  const list = hubs.data?.memberships ?? [];
  return (
    <Page title={t('hub.org.title')} lead={<p>{t('hub.org.lead')}</p>}>
      {hubs.isPending ? <Loading /> : null}
      {hubs.error ? <Notice tone="error">{errorTitle(t, hubs.error)}</Notice> : null}
      {hubs.data && list.length === 0 ? <p>{t('hub.org.none')}</p> : null}
      {list.map((m) => (
        <Membership key={m.hubId} membership={m} version={hubs.data!.currentStatementVersion} onRevoke={() => setRevoking(m)} />
      ))}
      <ConfirmDialog
        destructive
        isOpen={revoking !== null}
        onClose={() => setRevoking(null)}
        title={revoking ? t('hub.org.revokeTitle', { hub: revoking.hubName }) : ''}
        confirmLabel={t('hub.org.revokeConfirm')}
        onConfirm={async () => {
          if (!revoking) return;
          await answer.mutateAsync({ hubId: revoking.hubId, step: 'revoke' });
          announce(t('hub.org.revoked', { hub: revoking.hubName }));
        }}
      >
        <p>{t('hub.org.revokeNoNew')}</p>
        <p>{t('hub.org.revokePublishedStays')}</p>
        <p>{t('hub.org.revokeAgain')}</p>
      </ConfirmDialog>
    </Page>
  );
}

function Membership({ membership: m, version, onRevoke }: { membership: MyHub; version: number; onRevoke: () => void }) {
  const { t, i18n } = useTranslation();
  const answer = useAnswerHub();
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = `hub-${m.hubId}-heading`;
  const respond = async (step: 'consent' | 'decline') => {
    setProblem(null);
    try {
      await answer.mutateAsync({ hubId: m.hubId, step, statementVersion: version });
      announce(t(step === 'consent' ? 'hub.org.consented' : 'hub.org.declined', { hub: m.hubName }));
    } catch (error) {
      setProblem(errorTitle(t, error));
    }
  };
  const people = m.hubPeople.map((p) => `${p.name} (${p.roles.map((r) => t(`hub.roles.${r}`)).join(', ')})`).join('; ');
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.hubName}</h2>
      <p>
        <strong>{t('hub.org.standing')}</strong> {t(`hub.status.${m.status}`)} · {t('hub.org.invitedOn', { when: formatDateTime(m.invitedAt, i18n.language) })}
      </p>
      {m.status === 'consented' && m.decidedAt ? <p>{t('hub.org.signedBy', { name: m.decidedBy ?? '—', when: formatDateTime(m.decidedAt, i18n.language), version: m.statementVersion ?? version })}</p> : null}
      {m.status === 'consented' ? <MyHubRecognitions hubId={m.hubId} /> : null}
      {m.status === 'revoked' && m.revokedAt ? <p>{t('hub.org.revokedBy', { name: m.revokedBy ?? '—', when: formatDateTime(m.revokedAt, i18n.language) })}</p> : null}
      {m.status === 'declined' && m.decidedAt ? <p>{t('hub.org.declinedBy', { name: m.decidedBy ?? '—', when: formatDateTime(m.decidedAt, i18n.language) })}</p> : null}
      {m.status === 'invited' || m.status === 'consented' ? (
        <div className="consent-statement">
          <h3>{t('hub.consent.v1.title', { version })}</h3>
          <p>{t('hub.consent.v1.receives')}</p>
          <p>{t('hub.consent.v1.never')}</p>
          <p>{t('hub.consent.v1.whoSees', { people: people || '—' })}</p>
          <p>{t('hub.consent.v1.published')}</p>
          <p>{t('hub.consent.v1.revoke')}</p>
        </div>
      ) : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <div className="button-row">
        {m.status === 'invited' ? (
          <>
            <Button className="button button-primary" isDisabled={answer.isPending} onPress={() => respond('consent')}>
              {t('hub.org.consent')}
            </Button>
            <Button className="button button-secondary" isDisabled={answer.isPending} onPress={() => respond('decline')}>
              {t('hub.org.decline')}
            </Button>
          </>
        ) : null}
        {m.status === 'consented' ? (
          <Button className="button button-danger" onPress={onRevoke}>
            {t('hub.org.revoke')}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
