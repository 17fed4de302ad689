import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type SelfRating, type SelfRatings, useDeleteSelfRating, useRateMyself, useSelfRatings } from '../../api/peers';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusIfLost } from '../../components/focus-if-lost';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { WhoSees } from './common';

type LocalText = Record<string, string>;
const local = (text: LocalText | null | undefined, lng: string) => (text ? (text[lng] ?? text.en ?? '') : '');
const SKIP = 'skip';

/** The supervisors' private self-rating: the statements, then each area and a suggestion per low area; earlier ones below. */
export function SelfRatingPage() {
  const { t } = useTranslation();
  const ratings = useSelfRatings();
  const notForMe = ratings.error instanceof ApiError && ratings.error.status === 404;

  return (
    <Page title={t('peers.selfRating.title')} lead={<p>{t('peers.selfRating.lead')}</p>}>
      <WhoSees>{t('peers.selfRating.whoSees')}</WhoSees>
      {ratings.isPending ? <Loading /> : null}
      {notForMe ? <Notice>{t('peers.selfRating.notAvailable')}</Notice> : null}
      {ratings.error && !notForMe ? <Notice tone="error">{errorTitle(t, ratings.error)}</Notice> : null}
      {ratings.data ? <SelfRatingBody data={ratings.data} /> : null}
    </Page>
  );
}

function SelfRatingBody({ data }: { data: SelfRatings }) {
  const { t, i18n } = useTranslation();
  const remove = useDeleteSelfRating();
  const [removing, setRemoving] = useState<SelfRating | null>(null);
  const [latest, ...earlier] = data.ratings;

  return (
    <>
      {latest ? <Result rating={latest} /> : null}
      <RateForm data={data} />
      {earlier.length > 0 ? (
        <section className="panel" aria-labelledby="history-heading">
          <h2 id="history-heading" tabIndex={-1}>
            {t('peers.selfRating.historyHeading')}
          </h2>
          <ul className="peers-list">
            {earlier.map((r) => {
              const when = formatDateTime(r.ratedAt, i18n.language);
              return (
                <li key={r.id}>
                  <h3>{t('peers.selfRating.ratedOn', { when })}</h3>
                  <ul>
                    {r.areas.map((a) => (
                      <li key={a.scaleId}>
                        {local(a.name, i18n.language)}: {a.band ? local(a.band.label, i18n.language) : t('peers.selfRating.notRated')}
                      </li>
                    ))}
                  </ul>
                  <Button className="button button-secondary" aria-label={t('peers.selfRating.deleteNamed', { when })} onPress={() => setRemoving(r)}>
                    {t('peers.selfRating.delete')}
                  </Button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <ConfirmDialog
        isOpen={removing !== null}
        onClose={() => {
          focusIfLost('history-heading');
          setRemoving(null);
        }}
        title={t('peers.selfRating.deleteTitle')}
        confirmLabel={t('peers.selfRating.delete')}
        destructive
        onConfirm={async () => {
          if (!removing) return;
          await remove.mutateAsync(removing.id);
          announce(t('peers.selfRating.deleted'));
        }}
      >
        <p>{t('peers.selfRating.deleteExplain')}</p>
      </ConfirmDialog>
    </>
  );
}

function Result({ rating }: { rating: SelfRating }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel" aria-labelledby="result-heading">
      <h2 id="result-heading" tabIndex={-1}>
        {t('peers.selfRating.resultsHeading')}
      </h2>
      <p className="peers-meta">{t('peers.selfRating.ratedOn', { when: formatDateTime(rating.ratedAt, i18n.language) })}</p>
      <h3>{t('peers.selfRating.suggestionsHeading')}</h3>
      {rating.suggestions.length === 0 ? <p>{t('peers.selfRating.noSuggestions')}</p> : null}
      <ul className="peers-list" aria-label={t('peers.selfRating.suggestionsHeading')}>
        {rating.suggestions.map((s) => (
          <li key={s.scaleId}>
            <h4>{local(s.name, i18n.language)}</h4>
            <p>{local(s.guidance, i18n.language)}</p>
          </li>
        ))}
      </ul>
      <h3>{t('peers.selfRating.areasHeading')}</h3>
      <dl>
        {rating.areas.map((a) => (
          <div key={a.scaleId}>
            <dt>{local(a.name, i18n.language)}</dt>
            <dd>{a.band ? local(a.band.label, i18n.language) : t('peers.selfRating.notRated')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function RateForm({ data }: { data: SelfRatings }) {
  const { t, i18n } = useTranslation();
  const rate = useRateMyself();
  const { instrument } = data;
  const [answers, setAnswers] = useState<Record<string, string | null>>({});
  const sets = new Map(instrument.answerSets.map((s) => [s.id, s.options]));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const sent = Object.fromEntries(instrument.items.map((item) => [item.id, answers[item.id] && answers[item.id] !== SKIP ? Number(answers[item.id]) : null]));
    rate.mutate(sent, {
      onSuccess: () => {
        setAnswers({});
        announce(t('peers.selfRating.saved'));
        window.setTimeout(() => document.getElementById('result-heading')?.focus(), 0);
      },
    });
  };

  return (
    <section className="panel" aria-labelledby="rate-heading">
      <h2 id="rate-heading">{t('peers.selfRating.formHeading')}</h2>
      <p>{local(instrument.intro, i18n.language)}</p>
      <p>{t('peers.selfRating.skipHint')}</p>
      {rate.error ? <Notice tone="error">{errorTitle(t, rate.error)}</Notice> : null}
      {rate.isSuccess ? <Notice tone="success">{t('peers.selfRating.saved')}</Notice> : null}
      <form className="form" onSubmit={onSubmit} noValidate>
        {instrument.scales.map((scale) => (
          <fieldset key={scale.id} className="field">
            <legend className="group-label">{local(scale.name, i18n.language)}</legend>
            {scale.items.map((itemId) => {
              const item = instrument.items.find((i) => i.id === itemId);
              if (!item) return null;
              const options = (sets.get(item.answerSet) ?? []).map((o) => ({ value: String(o.value), label: local(o.text, i18n.language) }));
              return (
                <ChoiceGroup
                  key={item.id}
                  id={`rating-${item.id.replace('.', '-')}`}
                  type="radio"
                  legend={local(item.text, i18n.language)}
                  options={[...options, { value: SKIP, label: t('peers.selfRating.skip') }]}
                  value={answers[item.id] ?? null}
                  onChange={(value) => setAnswers((a) => ({ ...a, [item.id]: value }))}
                />
              );
            })}
          </fieldset>
        ))}
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={rate.isPending}>
            {t('peers.selfRating.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
