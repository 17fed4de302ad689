import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { type CheckInDone, type CheckInForm, type MyOffer, useAnswerCheckIn, useCheckInForm, useMyOffers, useRequestReferral } from '../../api/hard-events';
import type { Schemas } from '../../api/schema';
import { localText } from '../../api/wellbeing';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { TextArea } from '../../components/fields';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';
import { SupportContactList } from '../wellbeing/SupportContactList';
import { WellbeingPage, WhoSees } from '../wellbeing/WellbeingPage';

const SKIP = 'skip';
const fieldId = (itemId: string) => `q-${itemId.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * The check-in of one offer: who sees the answers is said first, every question may be skipped,
 * the note carries the reminder to write about effects, not events; at the end the support
 * contacts, and the choice to ask to be referred (said plainly who would learn that).
 */
export function OfferCheckInPage() {
  const { t } = useTranslation();
  const { offerId = '' } = useParams();
  const offers = useMyOffers();
  const form = useCheckInForm();
  const [done, setDone] = useState<CheckInDone | null>(null);
  const offer = offers.data?.offers.find((o) => o.id === offerId);
  return (
    <WellbeingPage title={t('hardEvents.checkIn.title')}>
      <WhoSees>{t('hardEvents.mine.whoSees')}</WhoSees>
      {offers.isPending || form.isPending ? <Loading /> : null}
      {offers.error || form.error ? <Notice tone="error">{errorTitle(t, offers.error ?? form.error)}</Notice> : null}
      {done && offer ? <Done done={done} offer={offer} /> : null}
      {!done && offers.data && !offer?.due ? <Notice>{t('hardEvents.checkIn.notOpen')}</Notice> : null}
      {!done && offer?.due && form.data ? <Questions form={form.data} offer={offer} onDone={setDone} /> : null}
      <p>
        <Link to="/me/after-hard-events">{t('hardEvents.checkIn.back')}</Link>
      </p>
    </WellbeingPage>
  );
}

function Questions({ form, offer, onDone }: { form: CheckInForm; offer: MyOffer; onDone: (done: CheckInDone) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const answer = useAnswerCheckIn();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const values = Object.fromEntries(form.questions.map((q) => [q.id, answers[q.id] === undefined || answers[q.id] === SKIP ? null : Number(answers[q.id])]));
    answer.mutate(
      { id: offer.id, answers: values, note: note.trim() || null },
      {
        onSuccess: (result) => {
          announce(t('hardEvents.checkIn.saved'));
          onDone(result);
        },
      },
    );
  };
  return (
    <section className="panel" aria-labelledby="he-checkin-heading">
      <h2 id="he-checkin-heading">{localText(form.title, lng)}</h2>
      <p>{localText(form.intro, lng)}</p>
      {form.contentNote ? (
        <div className="wb-content-note">
          <p>
            <strong>{t('hardEvents.checkIn.contentNote')}</strong> {localText(form.contentNote, lng)}
          </p>
        </div>
      ) : null}
      <p>{t('hardEvents.checkIn.skippable')}</p>
      {answer.error ? <Notice tone="error">{errorTitle(t, answer.error)}</Notice> : null}
      <form className="form" onSubmit={onSubmit} noValidate>
        {form.questions.map((q, index) => (
          <div key={q.id} className="wb-question">
            <ChoiceGroup
              type="radio"
              id={fieldId(q.id)}
              legend={t('hardEvents.checkIn.question', { number: index + 1, total: form.questions.length, text: localText(q.text, lng) })}
              value={answers[q.id] ?? null}
              onChange={(value) => setAnswers((a) => ({ ...a, [q.id]: value }))}
              options={[...q.options.map((o) => ({ value: String(o.value), label: localText(o.text, lng) })), { value: SKIP, label: t('hardEvents.checkIn.skip') }]}
            />
          </div>
        ))}
        <TextArea
          id="he-note"
          label={t('hardEvents.checkIn.noteLabel')}
          hint={
            <>
              <p>{t('hardEvents.checkIn.noteReminder')}</p>
              <p>{t('hardEvents.checkIn.noteHint')}</p>
            </>
          }
          rows={4}
          maxLength={4000}
          value={note}
          onChange={setNote}
        />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={answer.isPending}>
            {t('hardEvents.checkIn.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function Done({ done, offer }: { done: CheckInDone; offer: MyOffer }) {
  const { t, i18n } = useTranslation();
  const referral = useRequestReferral();
  const [asked, setAsked] = useState(offer.referralRequested);
  const skipped = Object.values(done.checkIn.answers).filter((v) => v === null).length;
  return (
    <section className="panel" aria-labelledby="he-support-heading">
      <Notice tone="success" focusOnMount title={t('hardEvents.checkIn.saved')}>
        <p>{skipped > 0 ? t('hardEvents.checkIn.savedSkipped', { count: skipped }) : t('hardEvents.checkIn.savedAll')}</p>
      </Notice>
      <h2 id="he-support-heading">{t('hardEvents.checkIn.supportHeading')}</h2>
      <p>{t('hardEvents.checkIn.supportLead')}</p>
      {done.supportContacts.length > 0 ? <SupportContactList contacts={done.supportContacts} /> : <p>{t('hardEvents.checkIn.noContacts')}</p>}
      <p className="hint">{t('hardEvents.checkIn.emergency')}</p>
      {asked ? (
        <Notice tone="success">{t('hardEvents.mine.referralAsked')}</Notice>
      ) : (
        <div className="he-referral">
          <p>{t('hardEvents.mine.referralWho')}</p>
          {referral.error ? <Notice tone="error">{errorTitle(t, referral.error)}</Notice> : null}
          <Button
            className="button button-secondary"
            aria-label={t('hardEvents.mine.referralNamed', { date: formatDate(offer.occurredOn, i18n.language) })}
            isDisabled={referral.isPending}
            onPress={() =>
              referral.mutate(offer.id, {
                onSuccess: () => {
                  setAsked(true);
                  announce(t('hardEvents.mine.referralAsked'));
                },
              })
            }
          >
            {t('hardEvents.mine.referral')}
          </Button>
        </div>
      )}
    </section>
  );
}

/** One of my check-ins, read back: the questions with my answers in words. */
export function MyCheckInPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { checkInId = '' } = useParams();
  const checkIn = useQuery({ queryKey: ['hard-events', 'check-in', checkInId], queryFn: () => api<Schemas['MyHardEventCheckIn']>(`/api/v1/me/hard-event-check-ins/${checkInId}`) });
  const form = useCheckInForm();
  return (
    <WellbeingPage title={t('hardEvents.checkIn.yourAnswers')}>
      <WhoSees>{t('hardEvents.mine.whoSees')}</WhoSees>
      {checkIn.isPending || form.isPending ? <Loading /> : null}
      {checkIn.error ? <Notice tone="error">{errorTitle(t, checkIn.error)}</Notice> : null}
      {checkIn.data && form.data ? (
        <section className="panel" aria-labelledby="he-answers-heading">
          <h2 id="he-answers-heading">{localText(form.data.title, lng)}</h2>
          <dl className="he-answers">
            {form.data.questions.map((q) => {
              const value = checkIn.data.answers[q.id];
              const option = q.options.find((o) => o.value === value);
              return (
                <div key={q.id}>
                  <dt>{localText(q.text, lng)}</dt>
                  <dd>{option ? localText(option.text, lng) : t('hardEvents.checkIn.skipped')}</dd>
                </div>
              );
            })}
            {checkIn.data.note ? (
              <div>
                <dt>{t('hardEvents.checkIn.note')}</dt>
                <dd>{checkIn.data.note}</dd>
              </div>
            ) : null}
          </dl>
        </section>
      ) : null}
      <p>
        <Link to="/me/after-hard-events">{t('hardEvents.checkIn.back')}</Link>
      </p>
    </WellbeingPage>
  );
}
