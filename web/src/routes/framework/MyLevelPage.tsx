import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAskReview, useFramework, usePersonPlacement, usePlacePerson } from '../../api/framework';
import { useSession } from '../../api/session';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/fields';
import { formatDateTime } from '../../components/format';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle, problemText } from '../../components/problem-text';
import { levelName, usePackText } from './pack-text';
import { PlacementHistory } from './PlacementHistory';
import { PlacementWizard } from './PlacementWizard';

/** A worker's own level: what they are asked to reach and why, placing themself, asking for a review. */
export function MyLevelPage() {
  const { t, i18n } = useTranslation();
  const text = usePackText();
  const { me } = useSession();
  const framework = useFramework();
  const mine = usePersonPlacement(me?.personId);
  const place = usePlacePerson();
  const pack = framework.data;
  const data = mine.data;
  const error = framework.error ?? mine.error;

  return (
    <Page title={t('placement.me.title')} lead={<p>{t('placement.me.lead')}</p>}>
      {framework.isPending || mine.isPending ? <Loading /> : null}
      {error ? <Notice tone="error">{errorTitle(t, error)}</Notice> : null}
      {pack && data && me ? (
        <>
          <section className="panel" aria-labelledby="my-level-heading">
            <h2 id="my-level-heading">{t('placement.me.requiredHeading')}</h2>
            {data.required ? (
              <>
                <p className="big-level">{levelName(pack, data.required.level, text)}</p>
                <p>{data.required.from === 'person' ? t('placement.me.fromPerson') : t('placement.me.fromUnit', { unit: data.required.unitName })}</p>
              </>
            ) : (
              <p>{t('placement.me.none')}</p>
            )}
            <p>{t('placement.me.startsWith', { level: levelName(pack, pack.body.startsWith, text) })}</p>
          </section>
          <section className="panel" aria-labelledby="place-myself-heading">
            <h2 id="place-myself-heading">{t('placement.me.placeHeading')}</h2>
            <p>{t('placement.me.placeLead')}</p>
            <PlacementWizard
              pack={pack}
              idPrefix="my-placement"
              forSelf
              busy={place.isPending}
              onConfirm={async (input) => {
                const result = await place.mutateAsync({ personId: me.personId, ...input });
                announce(t('placement.me.placed', { level: levelName(pack, result.level, text) }));
                document.getElementById('my-level-heading')?.focus();
              }}
            />
            <PlacementHistory pack={pack} history={data.history} headingId="my-history-heading" />
          </section>
          <section className="panel" aria-labelledby="review-heading">
            <h2 id="review-heading" tabIndex={-1}>
              {t('placement.me.reviewHeading')}
            </h2>
            {data.openReview ? (
              <Notice title={t('placement.me.reviewOpen', { date: formatDateTime(data.openReview.requestedAt, i18n.language) })}>
                <p>{data.openReview.reason}</p>
              </Notice>
            ) : (
              <AskReviewForm />
            )}
            {data.reviews
              .filter((r) => r.status === 'answered')
              .slice(0, 5)
              .map((r) => (
                <div key={r.id} className="review-answer">
                  <h3>{t('placement.me.answeredBy', { name: r.answeredBy ?? '', date: r.answeredAt ? formatDateTime(r.answeredAt, i18n.language) : '' })}</h3>
                  <p>{r.response}</p>
                </div>
              ))}
          </section>
        </>
      ) : null}
    </Page>
  );
}

function AskReviewForm() {
  const { t } = useTranslation();
  const ask = useAskReview();
  const errors = useFormErrors();
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return errors.fail(t('form.fixFields', { count: 1 }), { reason: t('placement.me.reasonMissing') });
    errors.clear();
    ask.mutate(reason.trim(), {
      onSuccess: () => {
        announce(t('placement.me.reviewSent'));
        setReason('');
        document.getElementById('review-heading')?.focus();
      },
      onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
    });
  };
  return (
    <>
      <p>{t('placement.me.reviewLead')}</p>
      <ErrorSummary state={errors.state} idPrefix="review" labels={{ reason: t('placement.me.reason') }} />
      <form className="form narrow" noValidate onSubmit={submit}>
        <TextArea id="review-reason" label={t('placement.me.reason')} value={reason} onChange={setReason} error={errors.field('reason')} rows={3} required />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={ask.isPending}>
            {t('placement.me.askReview')}
          </Button>
        </div>
      </form>
    </>
  );
}
