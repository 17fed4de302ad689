import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type PlacementReview, useAnswerReview, useReviews } from '../../api/framework';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/fields';
import { formatDateTime } from '../../components/format';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';

/** Requests from people to look at their placement again: open ones to answer, then answered ones. */
export function ReviewRequests() {
  const { t, i18n } = useTranslation();
  const reviews = useReviews();
  const list = reviews.data?.reviews ?? [];
  const open = list.filter((r) => r.status === 'open');
  const answered = list.filter((r) => r.status === 'answered').slice(0, 10);
  return (
    <section className="panel" aria-labelledby="review-requests-heading">
      <h2 id="review-requests-heading" tabIndex={-1}>
        {t('placement.reviews.heading')}
      </h2>
      {reviews.isPending ? <Loading /> : null}
      {reviews.error ? <Notice tone="error">{errorTitle(t, reviews.error)}</Notice> : null}
      {reviews.data && open.length === 0 ? <p>{t('placement.reviews.none')}</p> : null}
      {open.map((review) => (
        <AnswerForm key={review.id} review={review} />
      ))}
      {answered.length > 0 ? (
        <>
          <h3>{t('placement.reviews.answeredHeading')}</h3>
          <ul>
            {answered.map((r) => (
              <li key={r.id}>
                {t('placement.reviews.answeredLine', {
                  name: r.personName ?? '',
                  date: r.answeredAt ? formatDateTime(r.answeredAt, i18n.language) : '',
                  response: r.response ?? '',
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function AnswerForm({ review }: { review: PlacementReview }) {
  const { t, i18n } = useTranslation();
  const answer = useAnswerReview();
  const errors = useFormErrors();
  const [response, setResponse] = useState('');
  const prefix = `review-${review.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!response.trim()) return errors.fail(t('form.fixFields', { count: 1 }), { response: t('placement.reviews.responseMissing') });
    errors.clear();
    answer.mutate(
      { id: review.id, response: response.trim() },
      {
        onSuccess: () => {
          announce(t('placement.reviews.sent', { name: review.personName ?? '' }));
          document.getElementById('review-requests-heading')?.focus();
        },
        onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
      },
    );
  };
  return (
    <article className="review-request" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{t('placement.reviews.from', { name: review.personName ?? '', date: formatDateTime(review.requestedAt, i18n.language) })}</h3>
      <blockquote>{review.reason}</blockquote>
      <ErrorSummary state={errors.state} idPrefix={prefix} labels={{ response: t('placement.reviews.response') }} />
      <form className="form narrow" noValidate onSubmit={submit}>
        <TextArea
          id={`${prefix}-response`}
          label={t('placement.reviews.response')}
          hint={t('placement.reviews.responseHint')}
          value={response}
          onChange={setResponse}
          error={errors.field('response')}
          rows={3}
          required
        />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={answer.isPending}>
            {t('placement.reviews.send')}
          </Button>
        </div>
      </form>
    </article>
  );
}
