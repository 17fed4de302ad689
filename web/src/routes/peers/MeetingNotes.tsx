import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNotes, useWriteNote } from '../../api/peers';
import { announce } from '../../components/announcer';
import { TextArea, TextInput } from '../../components/fields';
import { fieldErrorsOf } from '../../components/form-errors';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';
import { CalmReminder } from './common';

/** The community's meeting notes, members only, latest meeting first, and writing new ones. */
export function MeetingNotes({ communityId }: { communityId: string }) {
  const { t, i18n } = useTranslation();
  const notes = useNotes(communityId, true);
  const write = useWriteNote();
  const [metOn, setMetOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const list = notes.data?.notes ?? [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!body.trim()) {
      setErrors({ body: t('peers.notes.empty') });
      return;
    }
    setErrors({});
    write.mutate(
      { id: communityId, metOn, body },
      {
        onSuccess: () => {
          setBody('');
          announce(t('peers.notes.saved'));
        },
        onError: (e) => {
          const fields = fieldErrorsOf(e, (p) => problemText(t, p));
          setErrors(fields);
          if (Object.keys(fields).length === 0) setProblem(errorTitle(t, e));
        },
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('peers.notes.heading')}</h2>
      {notes.isPending ? <Loading /> : null}
      {notes.data && list.length === 0 ? <p>{t('peers.notes.none')}</p> : null}
      <ul className="peers-list">
        {list.map((n) => (
          <li key={n.id}>
            <h3>{formatDate(n.metOn, i18n.language)}</h3>
            <p className="peers-meta">{t('peers.notes.by', { name: n.mine ? t('peers.board.you') : n.author.name })}</p>
            <p className="peers-post-body">{n.body}</p>
          </li>
        ))}
      </ul>
      <form className="form" onSubmit={onSubmit} noValidate>
        {problem ? <Notice tone="error">{problem}</Notice> : null}
        <TextInput id="note-metOn" type="date" label={t('peers.notes.metOn')} value={metOn} onChange={setMetOn} error={errors.metOn} />
        <CalmReminder id="note-calm" />
        <TextArea id="note-body" label={t('peers.notes.body')} rows={5} value={body} onChange={setBody} error={errors.body} />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={write.isPending}>
            {t('peers.notes.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
