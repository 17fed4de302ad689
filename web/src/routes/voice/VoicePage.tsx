import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type Concern, type ConcernKind, useConcernHandlers, useMyConcerns, usePublicConcerns, useRaiseConcern } from '../../api/voice';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { TextArea } from '../../components/fields';
import { fieldErrorsOf } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle, problemText } from '../../components/problem-text';
import { formatMonth } from './voice-format';
import './voice.css';

/**
 * Speak up (C.1, C.2, C.5): raise a concern or a suggestion, anonymously or by name; follow one's
 * own named ones; read what the organisation said it did about everyone's.
 */
export function VoicePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('voice.page.title')} lead={<p>{t('voice.page.lead')}</p>}>
      <section className="panel" aria-labelledby="voice-raise-heading">
        <h2 id="voice-raise-heading">{t('voice.raise.heading')}</h2>
        <RaiseForm />
      </section>
      <MyConcerns />
      <PublicConcerns />
    </Page>
  );
}

function RaiseForm() {
  const { t } = useTranslation();
  const raise = useRaiseConcern();
  const handlers = useConcernHandlers().data;
  const whoReadsNames = !handlers || handlers.everyAdmin ? t('voice.raise.readByAdmins') : t('voice.raise.readBy', { names: handlers.handlers.map((h) => h.name).join(', ') });
  const [kind, setKind] = useState<ConcernKind | null>(null);
  const [anonymous, setAnonymous] = useState<'anonymous' | 'named' | null>(null);
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<'anonymous' | 'named' | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setDone(null);
    const problems: Record<string, string> = {};
    if (!kind) problems.kind = t('voice.raise.kindMissing');
    if (!anonymous) problems.anonymous = t('voice.raise.whoMissing');
    if (!body.trim()) problems.body = t('voice.raise.bodyMissing');
    setErrors(problems);
    if (!kind || !anonymous || !body.trim()) {
      document.getElementById(problems.kind ? 'voice-kind-concern' : problems.anonymous ? 'voice-who-anonymous' : 'voice-body')?.focus();
      return;
    }
    raise.mutate(
      { kind, body, anonymous: anonymous === 'anonymous' },
      {
        onSuccess: () => {
          setDone(anonymous);
          setBody('');
          setKind(null);
          setAnonymous(null);
          announce(t(anonymous === 'anonymous' ? 'voice.raise.sentAnonymous' : 'voice.raise.sentNamed'));
        },
        onError: (error) => {
          setFailure(errorTitle(t, error));
          setErrors(fieldErrorsOf(error, (p) => problemText(t, p)));
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done ? <Notice tone="success">{t(done === 'anonymous' ? 'voice.raise.sentAnonymous' : 'voice.raise.sentNamed')}</Notice> : null}
      <ChoiceGroup
        id="voice-kind"
        type="radio"
        legend={t('voice.raise.kindLegend')}
        error={errors.kind}
        value={kind}
        onChange={(v) => setKind(v as ConcernKind)}
        options={[
          { value: 'concern', label: t('voice.kind.concern'), description: t('voice.raise.concernHint') },
          { value: 'suggestion', label: t('voice.kind.suggestion'), description: t('voice.raise.suggestionHint') },
        ]}
      />
      <ChoiceGroup
        id="voice-who"
        type="radio"
        legend={t('voice.raise.whoLegend')}
        error={errors.anonymous}
        value={anonymous}
        onChange={(v) => setAnonymous(v as 'anonymous' | 'named')}
        options={[
          { value: 'anonymous', label: t('voice.raise.anonymous'), description: t('voice.raise.anonymousHint') },
          { value: 'named', label: t('voice.raise.named'), description: `${t('voice.raise.namedHint')} ${whoReadsNames}` },
        ]}
      />
      {anonymous === 'anonymous' ? (
        <div className="voice-note" id="voice-tips">
          <p>
            <strong>{t('voice.tips.title')}</strong>
          </p>
          <ul>
            <li>{t('voice.tips.team')}</li>
            <li>{t('voice.tips.dates')}</li>
            <li>{t('voice.tips.details')}</li>
            <li>{t('voice.tips.style')}</li>
          </ul>
        </div>
      ) : null}
      <TextArea
        id="voice-body"
        label={t('voice.raise.bodyLabel')}
        hint={
          <>
            <p>{t('voice.calm')}</p>
            <p>{t('voice.raise.whoSees')}</p>
          </>
        }
        rows={6}
        value={body}
        error={errors.body}
        onChange={setBody}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={raise.isPending}>
          {t('voice.raise.submit')}
        </Button>
      </div>
    </form>
  );
}

/** A concern as everyone may read it: what was said, when (a month), where it stands and what was done. */
export function ConcernItem({ concern, headingLevel = 3 }: { concern: Concern; headingLevel?: 3 | 4 }) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <li className="voice-item">
      <Heading>
        {t(`voice.kind.${concern.kind}`)} · {t('voice.raisedIn', { month: formatMonth(concern.raisedIn, i18n.language) })}
      </Heading>
      <p className="voice-body">{concern.body}</p>
      <p className="voice-meta">
        <span className="voice-status">{t(`voice.status.${concern.status}`)}</span>
      </p>
      {concern.publicAnswer ? (
        <div className="voice-answer">
          <p className="voice-meta">
            <strong>{t('voice.weDid')}</strong> {concern.answeredIn ? t('voice.answeredIn', { month: formatMonth(concern.answeredIn, i18n.language) }) : null}
          </p>
          <p className="voice-body">{concern.publicAnswer}</p>
        </div>
      ) : null}
    </li>
  );
}

function MyConcerns() {
  const { t } = useTranslation();
  const mine = useMyConcerns();
  const list = mine.data?.concerns ?? [];
  return (
    <section className="panel" aria-labelledby="voice-mine-heading">
      <h2 id="voice-mine-heading">{t('voice.mine.heading')}</h2>
      <p>{t('voice.mine.lead')}</p>
      {mine.isPending ? <Loading /> : null}
      {mine.error ? <Notice tone="error">{errorTitle(t, mine.error)}</Notice> : null}
      {mine.data && list.length === 0 ? <p>{t('voice.mine.none')}</p> : null}
      {list.length > 0 ? (
        <ul className="voice-list">
          {list.map((c) => (
            <ConcernItem key={c.id} concern={c} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function PublicConcerns() {
  const { t } = useTranslation();
  const list = usePublicConcerns();
  const concerns = list.data?.concerns ?? [];
  return (
    <section className="panel" aria-labelledby="voice-public-heading">
      <h2 id="voice-public-heading">{t('voice.public.heading')}</h2>
      <p>{t('voice.public.lead')}</p>
      {list.isPending ? <Loading /> : null}
      {list.error ? <Notice tone="error">{errorTitle(t, list.error)}</Notice> : null}
      {list.data && concerns.length === 0 ? <p>{t('voice.public.none')}</p> : null}
      {concerns.length > 0 ? (
        <ul className="voice-list">
          {concerns.map((c) => (
            <ConcernItem key={c.id} concern={c} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
