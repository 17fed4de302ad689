import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMySupporterEntry, useSetSupporterEntry, useSupporters } from '../../api/peers';
import { announce } from '../../components/announcer';
import { TextInput } from '../../components/fields';
import { fieldErrorsOf } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle, problemText } from '../../components/problem-text';
import { PeersNav, WhoSees } from './common';

/** The organisation's peer supporters and how to reach them; and one's own entry. */
export function SupportersPage() {
  const { t } = useTranslation();
  const supporters = useSupporters();
  const mine = useMySupporterEntry();
  const list = supporters.data?.supporters ?? [];

  return (
    <Page title={t('peers.supporters.title')} lead={<p>{t('peers.supporters.lead')}</p>}>
      <PeersNav />
      <WhoSees>{t('peers.supporters.whoSees')}</WhoSees>
      <section className="panel" aria-labelledby="supporters-heading">
        <h2 id="supporters-heading">{t('peers.supporters.title')}</h2>
        {supporters.isPending ? <Loading /> : null}
        {supporters.error ? <Notice tone="error">{errorTitle(t, supporters.error)}</Notice> : null}
        {supporters.data && list.length === 0 ? <p>{t('peers.supporters.none')}</p> : null}
        <ul className="peers-list">
          {list.map((s) => (
            <li key={s.id}>
              <h3>
                {s.name}
                {s.peerWorker ? <span className="peers-tag">{t('peers.supporters.peerWorker')}</span> : null}
              </h3>
              {s.jobTitle || s.unitName ? <p className="peers-meta">{[s.jobTitle, s.unitName].filter(Boolean).join(', ')}</p> : null}
              <p className="peers-post-body">{s.contactNote ?? t('peers.supporters.noContact')}</p>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="my-entry-heading">
        <h2 id="my-entry-heading">{t('peers.supporters.mineHeading')}</h2>
        {mine.data ? <EntryForm listed={mine.data.listed} contactNote={mine.data.contactNote ?? ''} peerWorker={mine.data.peerWorker} /> : <Loading />}
      </section>
    </Page>
  );
}

function EntryForm(props: { listed: boolean; contactNote: string; peerWorker: boolean }) {
  const { t } = useTranslation();
  const save = useSetSupporterEntry();
  const [listed, setListed] = useState(props.listed);
  const [contactNote, setContactNote] = useState(props.contactNote);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setListed(props.listed);
    setContactNote(props.contactNote);
  }, [props.listed, props.contactNote]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setError(undefined);
    save.mutate(
      { listed, contactNote: contactNote.trim() || null },
      {
        onSuccess: () => {
          setSaved(true);
          announce(t('peers.supporters.saved'));
        },
        onError: (e) => setError(fieldErrorsOf(e, (p) => problemText(t, p)).contactNote ?? errorTitle(t, e)),
      },
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {saved ? <Notice tone="success">{t('peers.supporters.saved')}</Notice> : null}
      <div className="choice">
        <input id="supporter-listed" type="checkbox" checked={listed} onChange={(e) => setListed(e.target.checked)} aria-describedby={props.peerWorker ? 'supporter-listed-hint' : undefined} />
        <div className="choice-text">
          <label htmlFor="supporter-listed">{t('peers.supporters.listed')}</label>
          {props.peerWorker ? (
            <p className="choice-description" id="supporter-listed-hint">
              {t('peers.supporters.peerWorkerHint')}
            </p>
          ) : null}
        </div>
      </div>
      <TextInput id="supporter-contactNote" label={t('peers.supporters.contactNote')} hint={t('peers.supporters.contactNoteHint')} value={contactNote} onChange={setContactNote} error={error} maxLength={500} />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
          {t('peers.supporters.save')}
        </Button>
      </div>
    </form>
  );
}
