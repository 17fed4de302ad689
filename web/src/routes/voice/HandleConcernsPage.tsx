import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { CONCERN_STATUSES, type ConcernStatus, type HandledConcern, useAnswerConcern, useConcernsToHandle } from '../../api/voice';
import { announce } from '../../components/announcer';
import { SelectField, TextArea } from '../../components/fields';
import { fieldErrorsOf } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle, problemText } from '../../components/problem-text';
import { HandlersSection } from './HandlersSection';
import { formatMonth } from './voice-format';
import './voice.css';

/**
 * For the org admins who handle concerns: every concern, unanswered first, answered in public as
 * "you said, we did". A name shows only on a named concern, and never to the writer's own manager.
 */
export function HandleConcernsPage() {
  const { t } = useTranslation();
  const concerns = useConcernsToHandle();
  const notHandler = concerns.error instanceof ApiError && concerns.error.status === 404;
  const list = concerns.data?.concerns ?? [];
  return (
    <Page title={t('voice.handle.title')} lead={<p>{t('voice.handle.lead')}</p>}>
      {concerns.isPending ? <Loading /> : null}
      {notHandler ? <Notice>{t('voice.handle.notHandler')}</Notice> : null}
      {concerns.error && !notHandler ? <Notice tone="error">{errorTitle(t, concerns.error)}</Notice> : null}
      {concerns.data ? (
        <section className="panel" aria-labelledby="voice-handle-heading">
          <h2 id="voice-handle-heading">{t('voice.handle.listHeading')}</h2>
          <p>{t('voice.handle.names')}</p>
          {list.length === 0 ? <p>{t('voice.handle.none')}</p> : null}
          <ul className="voice-list">
            {list.map((c) => (
              <HandledItem key={c.id} concern={c} />
            ))}
          </ul>
        </section>
      ) : null}
      <HandlersSection />
    </Page>
  );
}

function HandledItem({ concern }: { concern: HandledConcern }) {
  const { t, i18n } = useTranslation();
  const headingId = `concern-${concern.id}-heading`;
  return (
    <li className="voice-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(`voice.kind.${concern.kind}`)} · {t('voice.raisedIn', { month: formatMonth(concern.raisedIn, i18n.language) })}
      </h3>
      <p className="voice-meta">{concern.author ? t('voice.handle.raisedBy', { name: concern.author.name }) : t('voice.handle.noName')}</p>
      <p className="voice-body">{concern.body}</p>
      <AnswerForm concern={concern} />
    </li>
  );
}

function AnswerForm({ concern }: { concern: HandledConcern }) {
  const { t } = useTranslation();
  const answer = useAnswerConcern();
  const [status, setStatus] = useState<ConcernStatus>(concern.status);
  const [text, setText] = useState(concern.publicAnswer ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const id = `answer-${concern.id}`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (status !== 'received' && !text.trim()) {
      setErrors({ publicAnswer: t(status === 'not-doing' ? 'voice.handle.reasonMissing' : 'voice.handle.answerMissing') });
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    setErrors({});
    answer.mutate(
      { id: concern.id, status, publicAnswer: text.trim() || null },
      {
        onSuccess: () => announce(t('voice.handle.saved')),
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
      <SelectField id={`${id}-status`} label={t('voice.handle.statusLabel')} value={status} onChange={(v) => setStatus(v as ConcernStatus)}>
        {CONCERN_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`voice.status.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextArea
        id={`${id}-text`}
        label={t('voice.handle.answerLabel')}
        hint={
          <>
            <p>{t(status === 'not-doing' ? 'voice.handle.reasonHint' : 'voice.handle.answerHint')}</p>
            <p>{t('voice.calm')}</p>
          </>
        }
        rows={4}
        value={text}
        error={errors.publicAnswer}
        onChange={setText}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={answer.isPending}>
          {t('voice.handle.save')}
        </Button>
      </div>
    </form>
  );
}
