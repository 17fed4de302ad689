import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useUpdateOrgSettings } from '../../api/org';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';

// the API's bounds for checkInRetentionMonths (ZOrgSettings)
const MIN = 1;
const MAX = 600;

/**
 * How long workers' check-ins are kept before they are deleted for good, or kept until the
 * worker erases them. The organisation sets the period; it never sees the check-ins.
 */
export function CheckInRetentionForm({ current }: { current: number | null }) {
  const { t } = useTranslation();
  const update = useUpdateOrgSettings();
  const errors = useFormErrors();
  const [mode, setMode] = useState<'keep' | 'delete'>(current === null ? 'keep' : 'delete');
  const [months, setMonths] = useState(current === null ? '24' : String(current));
  const [saved, setSaved] = useState(false);
  const labels = { checkInRetentionMonths: t('orgSettings.retention.months') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const value = Number(months);
    if (mode === 'delete' && (!/^\d+$/.test(months.trim()) || value < MIN || value > MAX)) {
      return errors.fail(t('form.fixFields', { count: 1 }), { checkInRetentionMonths: t('orgSettings.retention.outOfRange', { min: MIN, max: MAX }) });
    }
    errors.clear();
    update.mutate(
      { checkInRetentionMonths: mode === 'keep' ? null : value },
      {
        onSuccess: () => {
          setSaved(true);
          announce(t('orgSettings.retention.saved'));
        },
        onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
      },
    );
  };

  return (
    <>
      <ErrorSummary state={errors.state} idPrefix="retention" labels={labels} />
      {saved ? <Notice tone="success">{t('orgSettings.retention.saved')}</Notice> : null}
      <form className="form narrow" onSubmit={submit} noValidate>
        <ChoiceGroup
          id="retention-mode"
          type="radio"
          legend={t('orgSettings.retention.legend')}
          value={mode}
          onChange={(v) => {
            setMode(v as 'keep' | 'delete');
            setSaved(false);
          }}
          options={[
            { value: 'keep', label: t('orgSettings.retention.keep') },
            { value: 'delete', label: t('orgSettings.retention.delete') },
          ]}
        />
        {mode === 'delete' ? (
          <TextInput
            id="retention-checkInRetentionMonths"
            label={labels.checkInRetentionMonths}
            hint={t('orgSettings.retention.monthsHint', { min: MIN, max: MAX })}
            type="number"
            inputMode="numeric"
            min={MIN}
            max={MAX}
            className="input-short"
            value={months}
            onChange={(v) => {
              setMonths(v);
              setSaved(false);
            }}
            error={errors.field('checkInRetentionMonths')}
            required
          />
        ) : null}
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={update.isPending}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
