import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCommunities, useJoinCommunity, useStartCommunity } from '../../api/peers';
import { announce } from '../../components/announcer';
import { TextArea, TextInput } from '../../components/fields';
import { fieldErrorsOf } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle, problemText } from '../../components/problem-text';
import { CalmReminder, PeersNav, WhoSees } from './common';

/** Communities of practice: every community of the organisation, and starting a new one. */
export function CommunitiesPage() {
  const { t } = useTranslation();
  const communities = useCommunities();
  const join = useJoinCommunity();
  const list = communities.data?.communities ?? [];

  return (
    <Page title={t('peers.communities.title')} lead={<p>{t('peers.communities.lead')}</p>}>
      <PeersNav />
      <WhoSees>{t('peers.communities.whoSees')}</WhoSees>
      <p>{t('peers.noScores')}</p>
      <section className="panel" aria-labelledby="communities-heading">
        <h2 id="communities-heading">{t('peers.communities.listHeading')}</h2>
        {communities.isPending ? <Loading /> : null}
        {communities.error ? <Notice tone="error">{errorTitle(t, communities.error)}</Notice> : null}
        {communities.data && list.length === 0 ? <p>{t('peers.communities.none')}</p> : null}
        <ul className="peers-list">
          {list.map((c) => (
            <li key={c.id}>
              <h3>
                <Link to={`/peers/communities/${c.id}`} aria-label={t('peers.communities.open', { name: c.name })}>
                  {c.name}
                </Link>
                {c.myStatus ? <span className="peers-tag">{c.iStarted ? t('peers.communities.starter') : t(`peers.communities.${c.myStatus}`)}</span> : null}
              </h3>
              <p>{c.purpose}</p>
              {c.myStatus !== 'member' ? (
                <Button
                  className="button button-secondary"
                  aria-label={t('peers.communities.joinNamed', { name: c.name })}
                  isDisabled={join.isPending}
                  onPress={() => join.mutate(c.id, { onSuccess: () => announce(t('peers.communities.joined', { name: c.name })) })}
                >
                  {t('peers.communities.join')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="start-heading">
        <h2 id="start-heading">{t('peers.communities.startHeading')}</h2>
        <StartForm />
      </section>
    </Page>
  );
}

function StartForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartCommunity();
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setErrors({});
    start.mutate(
      { name, purpose },
      {
        onSuccess: (community) => {
          announce(t('peers.communities.started'));
          navigate(`/peers/communities/${community.id}`);
        },
        onError: (error) => {
          const fields = fieldErrorsOf(error, (p) => problemText(t, p));
          setErrors(fields);
          if (Object.keys(fields).length === 0) setProblem(errorTitle(t, error));
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <TextInput id="community-name" label={t('form.requiredLabel', { label: t('peers.communities.name') })} required value={name} onChange={setName} error={errors.name} maxLength={120} />
      <CalmReminder id="community-purpose-calm" />
      <TextArea
        id="community-purpose"
        label={t('form.requiredLabel', { label: t('peers.communities.purpose') })}
        hint={t('peers.communities.purposeHint')}
        required
        rows={3}
        value={purpose}
        onChange={setPurpose}
        error={errors.purpose}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={start.isPending}>
          {t('peers.communities.start')}
        </Button>
      </div>
    </form>
  );
}
