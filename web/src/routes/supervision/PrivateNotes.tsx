import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAddNote, useDeleteNote, useMyNotes } from '../../api/supervision';
import { announce } from '../../components/announcer';
import { TextArea } from '../../components/fields';
import { fieldErrorsOf } from '../../components/form-errors';
import { formatDateTime } from '../../components/format';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';
import { WhoSees } from './parts';

/** The reader's own private notes on a session: the other person never sees them. */
export function PrivateNotes({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation();
  const notes = useMyNotes(sessionId);
  const add = useAddNote();
  const remove = useDeleteNote();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const list = notes.data?.notes ?? [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    if (!body.trim()) {
      setError(t('supervision.notes.empty'));
      return;
    }
    add.mutate(
      { sessionId, body },
      {
        onSuccess: () => {
          setBody('');
          announce(t('supervision.notes.saved'));
        },
        onError: (e) => setError(fieldErrorsOf(e, (p) => problemText(t, p)).body ?? errorTitle(t, e)),
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('supervision.notes.heading')}</h2>
      <WhoSees>{t('supervision.notes.whoSees')}</WhoSees>
      {notes.error ? <Notice tone="error">{errorTitle(t, notes.error)}</Notice> : null}
      {notes.data && list.length === 0 ? <p>{t('supervision.notes.none')}</p> : null}
      {list.map((n) => (
        <article key={n.id} aria-labelledby={`note-${n.id}-when`}>
          <h3 id={`note-${n.id}-when`}>{formatDateTime(n.createdAt, i18n.language)}</h3>
          <p className="sv-note-body">{n.body}</p>
          <Button
            className="button button-secondary"
            aria-label={t('supervision.notes.deleteNamed', { when: formatDateTime(n.createdAt, i18n.language) })}
            onPress={() => remove.mutate(n.id, { onSuccess: () => announce(t('supervision.notes.deleted')) })}
          >
            {t('supervision.notes.delete')}
          </Button>
        </article>
      ))}
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextArea id="private-note-body" label={t('supervision.notes.label')} hint={t('supervision.effectsReminder')} rows={4} value={body} error={error} onChange={setBody} />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={add.isPending}>
            {t('supervision.notes.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
