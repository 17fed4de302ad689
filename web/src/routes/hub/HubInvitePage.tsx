import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useInviteOrganisation, useOrganisationSearch } from '../../api/hub';
import { announce } from '../../components/announcer';
import { TextInput } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';

/** A hub admin finds an organisation of this installation by name and invites it; its admins then see the consent statement. */
export function HubInvitePage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const found = useOrganisationSearch(text);
  const invite = useInviteOrganisation();
  const [problem, setProblem] = useState<string | null>(null);
  const results = found.data?.organisations ?? [];
  return (
    <Page title={t('hub.invite.title')} lead={<p>{t('hub.invite.lead')}</p>}>
      <section className="panel" aria-labelledby="hub-invite-heading">
        <h2 id="hub-invite-heading">{t('hub.invite.searchHeading')}</h2>
        <TextInput id="hub-invite-search" type="search" label={t('hub.invite.searchLabel')} hint={t('hub.invite.searchHint')} value={text} onChange={setText} autoComplete="off" />
        {problem ? <Notice tone="error">{problem}</Notice> : null}
        {found.isFetching ? <Loading /> : null}
        {found.data && results.length === 0 ? <p>{t('hub.invite.noMatch')}</p> : null}
        {results.length > 0 ? (
          <ul className="plain-list" aria-label={t('hub.invite.resultsLabel')}>
            {results.map((o) => {
              const open = o.status === null || o.status === 'declined' || o.status === 'revoked' || o.status === 'withdrawn';
              return (
                <li key={o.id} className="row-item">
                  <span>{o.name}</span> {o.status ? <span className="hint">({t(`hub.status.${o.status}`)})</span> : null}{' '}
                  {open ? (
                    <Button
                      className="button button-secondary"
                      aria-label={t('hub.invite.inviteNamed', { name: o.name })}
                      isDisabled={invite.isPending}
                      onPress={async () => {
                        setProblem(null);
                        try {
                          await invite.mutateAsync(o.id);
                          announce(t('hub.invite.invited', { name: o.name }));
                        } catch (error) {
                          setProblem(errorTitle(t, error));
                        }
                      }}
                    >
                      {t('hub.invite.invite')}
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
      </section>
    </Page>
  );
}
