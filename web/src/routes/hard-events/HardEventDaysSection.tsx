import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useUpdateOrgSettings } from '../../api/org';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';

// the API's bounds (src/modules/hard-events/settings.ts)
const MIN = 1;
const MAX = 365;
type Field = 'hardEventEarlyOfferDays' | 'hardEventLaterOfferDays';

/** For org admins, on the organisation's settings: how many days after a hard event each check-in is offered. */
export function HardEventDaysSection({ early, later }: { early: number; later: number }) {
  const { t } = useTranslation();
  const update = useUpdateOrgSettings();
  const errors = useFormErrors();
  const [values, setValues] = useState<Record<Field, string>>({ hardEventEarlyOfferDays: String(early), hardEventLaterOfferDays: String(later) });
  const [saved, setSaved] = useState(false);
  const labels: Record<Field, string> = { hardEventEarlyOfferDays: t('hardEvents.settings.early'), hardEventLaterOfferDays: t('hardEvents.settings.later') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const bad = (Object.keys(values) as Field[]).filter((f) => !/^\d+$/.test(values[f].trim()) || Number(values[f]) < MIN || Number(values[f]) > MAX);
    if (bad.length > 0) {
      return errors.fail(t('form.fixFields', { count: bad.length }), Object.fromEntries(bad.map((f) => [f, t('hardEvents.settings.outOfRange', { min: MIN, max: MAX })])));
    }
    errors.clear();
    update.mutate(
      { hardEventEarlyOfferDays: Number(values.hardEventEarlyOfferDays), hardEventLaterOfferDays: Number(values.hardEventLaterOfferDays) },
      {
        onSuccess: () => {
          setSaved(true);
          announce(t('hardEvents.settings.saved'));
        },
        onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="hard-event-days-heading">
      <h2 id="hard-event-days-heading">{t('hardEvents.settings.title')}</h2>
      <p>{t('hardEvents.settings.why')}</p>
      <ErrorSummary state={errors.state} idPrefix="hard-event-days" labels={labels} />
      {saved ? <Notice tone="success">{t('hardEvents.settings.saved')}</Notice> : null}
      <form className="form narrow" onSubmit={submit} noValidate>
        {(Object.keys(labels) as Field[]).map((field) => (
          <TextInput
            key={field}
            id={`hard-event-days-${field}`}
            label={labels[field]}
            type="number"
            inputMode="numeric"
            min={MIN}
            max={MAX}
            className="input-short"
            value={values[field]}
            onChange={(v) => {
              setValues((all) => ({ ...all, [field]: v }));
              setSaved(false);
            }}
            error={errors.field(field)}
            required
          />
        ))}
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={update.isPending}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
