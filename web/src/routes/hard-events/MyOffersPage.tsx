import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type MyOffer, useDeclineOffer, useMyOffers, usePostponeOffer, useRequestReferral } from '../../api/hard-events';
import { announce } from '../../components/announcer';
import { TextInput } from '../../components/fields';
import { fieldErrorsOf } from '../../components/form-errors';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';
import { WellbeingPage, WhoSees } from '../wellbeing/WellbeingPage';

/**
 * The person's own offers after hard events: who sees what is said first; each offer can be
 * taken, put off to a day they choose, or let go; and they can ask to be referred.
 */
export function MyOffersPage() {
  const { t } = useTranslation();
  const offers = useMyOffers();
  const list = offers.data?.offers ?? [];
  return (
    <WellbeingPage title={t('hardEvents.mine.title')} lead={<p>{t('hardEvents.mine.lead')}</p>}>
      <WhoSees>{t('hardEvents.mine.whoSees')}</WhoSees>
      {offers.isPending ? <Loading label={t('hardEvents.mine.loading')} /> : null}
      {offers.error ? <Notice tone="error">{errorTitle(t, offers.error)}</Notice> : null}
      {offers.data && list.length === 0 ? <p>{t('hardEvents.mine.none')}</p> : null}
      {groupByEvent(list).map((group) => (
        <EventOffers key={group[0]!.eventId} offers={group} />
      ))}
    </WellbeingPage>
  );
}

function groupByEvent(offers: readonly MyOffer[]): MyOffer[][] {
  const groups = new Map<string, MyOffer[]>();
  for (const o of offers) groups.set(o.eventId, [...(groups.get(o.eventId) ?? []), o]);
  return [...groups.values()];
}

function EventOffers({ offers }: { offers: MyOffer[] }) {
  const { t, i18n } = useTranslation();
  const first = offers[0]!;
  const referral = useRequestReferral();
  const date = formatDate(first.occurredOn, i18n.language);
  const headingId = `event-${first.eventId}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('hardEvents.mine.eventOn', { category: t(`hardEvents.categories.${first.category}`), date })}</h2>
      {offers.map((offer) => (
        <OfferRow key={offer.id} offer={offer} />
      ))}
      {first.referralRequested ? (
        <Notice tone="success">{t('hardEvents.mine.referralAsked')}</Notice>
      ) : (
        <div className="he-referral">
          <p className="hint">{t('hardEvents.mine.referralWho')}</p>
          {referral.error ? <Notice tone="error">{errorTitle(t, referral.error)}</Notice> : null}
          <Button
            className="button button-secondary"
            aria-label={t('hardEvents.mine.referralNamed', { date })}
            isDisabled={referral.isPending}
            onPress={() => referral.mutate(first.id, { onSuccess: () => announce(t('hardEvents.mine.referralAsked')) })}
          >
            {t('hardEvents.mine.referral')}
          </Button>
        </div>
      )}
    </section>
  );
}

function OfferRow({ offer }: { offer: MyOffer }) {
  const { t, i18n } = useTranslation();
  const decline = useDeclineOffer();
  const [postponing, setPostponing] = useState(false);
  const stage = t(`hardEvents.stages.${offer.stage}`);
  const status =
    offer.status === 'taken'
      ? t('hardEvents.mine.taken')
      : offer.status === 'declined'
        ? t('hardEvents.mine.declined')
        : offer.due
          ? t('hardEvents.mine.dueNow')
          : offer.postponed
            ? t('hardEvents.mine.postponedTo', { date: formatDate(offer.dueOn, i18n.language) })
            : t('hardEvents.mine.dueOn', { date: formatDate(offer.dueOn, i18n.language) });
  return (
    <article className="he-offer" aria-labelledby={`offer-${offer.id}`}>
      <h3 id={`offer-${offer.id}`}>{stage}</h3>
      <p>{status}</p>
      {decline.error ? <Notice tone="error">{errorTitle(t, decline.error)}</Notice> : null}
      {offer.status === 'open' ? (
        <div className="button-row">
          {offer.due ? (
            <Link className="button button-primary" to={`/me/after-hard-events/${offer.id}/check-in`}>
              {t('hardEvents.mine.start')}
            </Link>
          ) : null}
          <Button className="button button-secondary" aria-label={t('hardEvents.mine.postponeNamed', { stage })} onPress={() => setPostponing(true)}>
            {t('hardEvents.mine.postpone')}
          </Button>
          <Button
            className="button button-secondary"
            aria-label={t('hardEvents.mine.declineNamed', { stage })}
            isDisabled={decline.isPending}
            onPress={() => decline.mutate(offer.id, { onSuccess: () => announce(t('hardEvents.mine.declinedAnnounce')) })}
          >
            {t('hardEvents.mine.decline')}
          </Button>
        </div>
      ) : null}
      {offer.checkInId ? (
        <p>
          <Link to={`/me/after-hard-events/check-ins/${offer.checkInId}`}>{t('hardEvents.mine.viewAnswers')}</Link>
        </p>
      ) : null}
      {postponing ? <PostponeForm offer={offer} onDone={() => setPostponing(false)} /> : null}
    </article>
  );
}

function PostponeForm({ offer, onDone }: { offer: MyOffer; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const postpone = usePostponeOffer();
  const [until, setUntil] = useState('');
  const [error, setError] = useState<string | undefined>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    postpone.mutate(
      { id: offer.id, until },
      {
        onSuccess: (moved) => {
          announce(t('hardEvents.mine.postponed', { date: formatDate(moved.dueOn, i18n.language) }));
          onDone();
        },
        onError: (e) => setError(fieldErrorsOf(e, (p) => problemText(t, p)).until ?? errorTitle(t, e)),
      },
    );
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <TextInput id={`postpone-${offer.id}`} type="date" label={t('hardEvents.mine.postponeLabel')} hint={t('hardEvents.mine.postponeHint')} value={until} onChange={setUntil} error={error} />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={postpone.isPending}>
          {t('hardEvents.mine.postponeSave')}
        </Button>
        <Button className="button button-secondary" onPress={onDone}>
          {t('hardEvents.mine.cancel')}
        </Button>
      </div>
    </form>
  );
}
