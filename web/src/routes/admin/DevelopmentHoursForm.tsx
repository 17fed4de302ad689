import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type OrgSettings, useUpdateOrgSettings } from '../../api/org';
import { LEVELS, type Level } from '../../api/training';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';

// the API's bounds (ZDevelopmentRequirement): hours may be fractional, 0 means nothing is asked
const MIN = 0;
const MAX = 500;
const HOURS = /^\d+([.,]\d+)?$/;

type Hours = OrgSettings['developmentHours'];

/** The yearly ongoing-development requirement: hours of learning asked of each practice level. */
export function DevelopmentHoursForm({ current }: { current: Hours }) {
  const { t } = useTranslation();
  const update = useUpdateOrgSettings();
  const errors = useFormErrors();
  const [values, setValues] = useState<Record<Level, string>>(() => Object.fromEntries(LEVELS.map((l) => [l, String(current[l])])) as Record<Level, string>);
  const [saved, setSaved] = useState(false);
  const labels = Object.fromEntries(LEVELS.map((l) => [l, t('training.orgHours.levelLabel', { level: t(`training.levels.${l}`) })]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const problems: Record<string, string> = {};
    const hours = {} as Hours;
    for (const level of LEVELS) {
      const text = values[level].trim();
      const value = Number(text.replace(',', '.'));
      if (!HOURS.test(text) || value < MIN || value > MAX) problems[level] = t('training.orgHours.outOfRange', { min: MIN, max: MAX });
      hours[level] = value;
    }
    if (Object.keys(problems).length > 0) return errors.fail(t('form.fixFields', { count: Object.keys(problems).length }), problems);
    errors.clear();
    update.mutate(
      { developmentHours: hours },
      {
        onSuccess: () => {
          setSaved(true);
          announce(t('training.orgHours.saved'));
        },
        onError: (error) => {
          // the server names `developmentHours.skilled`; the form's field is `skilled`
          const fields = fieldErrorsOf(error, (p) => problemText(t, p));
          errors.fail(errorTitle(t, error), Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^developmentHours\./, ''), v])));
        },
      },
    );
  };

  return (
    <>
      <ErrorSummary state={errors.state} idPrefix="hours" labels={labels} />
      {saved ? <Notice tone="success">{t('training.orgHours.saved')}</Notice> : null}
      <form className="form narrow" onSubmit={submit} noValidate>
        <fieldset className="fieldset" aria-describedby="hours-range-hint">
          <legend>{t('training.orgHours.legend')}</legend>
          <div className="field-hint" id="hours-range-hint">
            {t('training.orgHours.hint', { min: MIN, max: MAX })}
          </div>
          {LEVELS.map((level) => (
            <TextInput
              key={level}
              id={`hours-${level}`}
              label={labels[level]}
              type="number"
              inputMode="decimal"
              min={MIN}
              max={MAX}
              step="0.5"
              className="input-short"
              value={values[level]}
              onChange={(v) => {
                setValues((s) => ({ ...s, [level]: v }));
                setSaved(false);
              }}
              error={errors.field(level)}
              required
            />
          ))}
        </fieldset>
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={update.isPending}>
            {t('training.orgHours.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
