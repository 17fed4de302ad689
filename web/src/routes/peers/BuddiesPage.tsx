import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type OpenBuddy, type Pairing, useAskBuddy, useBuddySuggestion, useMovePairing, useMyBuddies, useOpenBuddies, useSetOpenness } from '../../api/peers';
import { announce } from '../../components/announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextInput } from '../../components/fields';
import { focusIfLost } from '../../components/focus-if-lost';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { PeersNav, WhoSees } from './common';

/** Peer buddies: saying one is open, one's own pairings, a suggestion from another team, and everyone else who is open. */
export function BuddiesPage() {
  const { t } = useTranslation();
  const mine = useMyBuddies();
  const open = useOpenBuddies();
  const suggestion = useBuddySuggestion();
  const people = open.data?.people ?? [];
  const suggested = suggestion.data?.suggestion ?? null;

  return (
    <Page title={t('peers.buddies.title')} lead={<p>{t('peers.buddies.lead')}</p>}>
      <PeersNav />
      <WhoSees>{t('peers.buddies.whoSees')}</WhoSees>
      <section className="panel" aria-labelledby="openness-heading">
        <h2 id="openness-heading">{t('peers.buddies.opennessHeading')}</h2>
        {mine.data ? <OpennessForm open={mine.data.openness.open} note={mine.data.openness.note ?? ''} /> : <Loading />}
      </section>
      <section className="panel" aria-labelledby="pairings-heading">
        <h2 id="pairings-heading">{t('peers.buddies.mineHeading')}</h2>
        {mine.isPending ? <Loading /> : null}
        {mine.error ? <Notice tone="error">{errorTitle(t, mine.error)}</Notice> : null}
        {mine.data && mine.data.pairings.length === 0 ? <p>{t('peers.buddies.noneMine')}</p> : null}
        <ul className="peers-list">
          {mine.data?.pairings.map((p) => (
            <li key={p.id}>
              <PairingView pairing={p} />
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="suggestion-heading">
        <h2 id="suggestion-heading">{t('peers.buddies.suggestionHeading')}</h2>
        {suggestion.data && !suggested ? <p>{t('peers.buddies.noSuggestion')}</p> : null}
        {suggested ? <OpenPersonView person={suggested} idPrefix="suggested" /> : null}
      </section>
      <section className="panel" aria-labelledby="open-heading">
        <h2 id="open-heading">{t('peers.buddies.openHeading')}</h2>
        {open.isPending ? <Loading /> : null}
        {open.data && people.length === 0 ? <p>{t('peers.buddies.noneOpen')}</p> : null}
        <ul className="peers-list">
          {people.map((p) => (
            <li key={p.id}>
              <OpenPersonView person={p} idPrefix={`open-${p.id}`} />
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}

function OpennessForm(props: { open: boolean; note: string }) {
  const { t } = useTranslation();
  const save = useSetOpenness();
  const [open, setOpen] = useState(props.open);
  const [note, setNote] = useState(props.note);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setOpen(props.open);
    setNote(props.note);
  }, [props.open, props.note]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.mutate(
      { open, note: note.trim() || null },
      {
        onSuccess: () => {
          setSaved(true);
          announce(t('peers.buddies.opennessSaved'));
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {saved ? <Notice tone="success">{t('peers.buddies.opennessSaved')}</Notice> : null}
      {save.error ? <Notice tone="error">{errorTitle(t, save.error)}</Notice> : null}
      <div className="choice">
        <input id="buddy-open" type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} />
        <div className="choice-text">
          <label htmlFor="buddy-open">{t('peers.buddies.open')}</label>
        </div>
      </div>
      <TextInput id="buddy-note" label={t('peers.buddies.note')} hint={t('peers.buddies.noteHint')} value={note} onChange={setNote} maxLength={500} />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
          {t('peers.buddies.saveOpenness')}
        </Button>
      </div>
    </form>
  );
}

function PairingView({ pairing }: { pairing: Pairing }) {
  const { t, i18n } = useTranslation();
  const move = useMovePairing();
  const [ending, setEnding] = useState(false);
  const name = pairing.buddy.name;
  const live = pairing.status === 'asked' || pairing.status === 'active';
  const answer = (m: 'agree' | 'decline') => move.mutate({ id: pairing.id, move: m }, { onSuccess: () => announce(t('peers.buddies.moved')) });

  return (
    <>
      <h3 id={`pairing-${pairing.id}`}>
        {pairing.iAsked ? t('peers.buddies.youAsked', { name }) : t('peers.buddies.theyAsked', { name })}
        <span className="peers-tag">{t(`peers.buddies.status.${pairing.status}`)}</span>
      </h3>
      <p className="peers-meta">{formatDate(pairing.createdAt.slice(0, 10), i18n.language)}</p>
      {pairing.message ? <p className="peers-post-body">{pairing.message}</p> : null}
      {move.error ? <Notice tone="error">{errorTitle(t, move.error)}</Notice> : null}
      <div className="button-row">
        {pairing.status === 'asked' && !pairing.iAsked ? (
          <>
            <Button className="button button-primary" aria-label={t('peers.buddies.agreeNamed', { name })} isDisabled={move.isPending} onPress={() => answer('agree')}>
              {t('peers.buddies.agree')}
            </Button>
            <Button className="button button-secondary" aria-label={t('peers.buddies.declineNamed', { name })} isDisabled={move.isPending} onPress={() => answer('decline')}>
              {t('peers.buddies.decline')}
            </Button>
          </>
        ) : null}
        {live && (pairing.status === 'active' || pairing.iAsked) ? (
          <Button
            className="button button-secondary"
            aria-label={pairing.status === 'active' ? t('peers.buddies.endNamed', { name }) : t('peers.buddies.withdrawNamed', { name })}
            onPress={() => setEnding(true)}
          >
            {pairing.status === 'active' ? t('peers.buddies.end') : t('peers.buddies.withdraw')}
          </Button>
        ) : null}
      </div>
      <ConfirmDialog
        isOpen={ending}
        onClose={() => {
          focusIfLost('pairings-heading');
          setEnding(false);
        }}
        title={t('peers.buddies.endTitle')}
        confirmLabel={pairing.status === 'active' ? t('peers.buddies.end') : t('peers.buddies.withdraw')}
        destructive
        onConfirm={async () => {
          await move.mutateAsync({ id: pairing.id, move: 'end' });
          announce(t('peers.buddies.moved'));
        }}
      >
        <p>{t('peers.buddies.endExplain', { name })}</p>
      </ConfirmDialog>
    </>
  );
}

function OpenPersonView({ person, idPrefix }: { person: OpenBuddy; idPrefix: string }) {
  const { t } = useTranslation();
  const ask = useAskBuddy();
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate(
      { partnerId: person.id, message: message.trim() || null },
      {
        onSuccess: () => {
          setSent(true);
          announce(t('peers.buddies.asked', { name: person.name }));
        },
      },
    );
  };

  return (
    <>
      <h3>{[person.name, person.jobTitle, person.unitName].filter(Boolean).join(', ')}</h3>
      {person.note ? <p className="peers-post-body">{person.note}</p> : null}
      {sent ? <Notice tone="success">{t('peers.buddies.asked', { name: person.name })}</Notice> : null}
      {ask.error ? <Notice tone="error">{errorTitle(t, ask.error)}</Notice> : null}
      {person.alreadyAsked || sent ? (
        sent ? null : <p>{t('peers.buddies.alreadyAsked')}</p>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <TextInput id={`${idPrefix}-message`} label={t('peers.buddies.message')} value={message} onChange={setMessage} maxLength={500} />
          <div className="button-row">
            <Button type="submit" className="button button-primary" aria-label={t('peers.buddies.askNamed', { name: person.name })} isDisabled={ask.isPending}>
              {t('peers.buddies.ask')}
            </Button>
          </div>
        </form>
      )}
    </>
  );
}
