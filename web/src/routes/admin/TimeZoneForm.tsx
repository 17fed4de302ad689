import { type FormEvent, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useUpdateOrgSettings } from '../../api/org';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';

/**
 * The IANA zones this browser knows, plus UTC (which `supportedValuesOf` leaves out) and the
 * organisation's current zone (an older name the browser lists under another, say), sorted.
 */
function zoneChoices(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  zones.add(current);
  return [...zones].sort();
}

/**
 * Where the organisation works. Every "today" in Tend — a survey's closing day, a check-in's day,
 * an overdue action — is the date on a clock there, so the admin chooses it; the server checks
 * the name again.
 */
export function TimeZoneForm({ current }: { current: string }) {
  const { t } = useTranslation();
  const update = useUpdateOrgSettings();
  const errors = useFormErrors();
  const [timeZone, setTimeZone] = useState(current);
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => zoneChoices(current), [current]);
  const labels = { timeZone: t('orgSettings.timeZone.label') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    errors.clear();
    update.mutate(
      { timeZone },
      {
        onSuccess: () => {
          setSaved(true);
          announce(t('orgSettings.timeZone.saved'));
        },
        onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
      },
    );
  };

  return (
    <>
      <ErrorSummary state={errors.state} idPrefix="zone" labels={labels} />
      {saved ? <Notice tone="success">{t('orgSettings.timeZone.saved')}</Notice> : null}
      <form className="form narrow" onSubmit={submit} noValidate>
        <SelectField
          id="zone-timeZone"
          label={labels.timeZone}
          hint={t('orgSettings.timeZone.hint')}
          value={timeZone}
          onChange={(v) => {
            setTimeZone(v);
            setSaved(false);
          }}
          error={errors.field('timeZone')}
          required
        >
          {zones.map((zone) => (
            // the IANA name, with spaces for its underscores: "America/Los Angeles"
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </SelectField>
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={update.isPending}>
            {t('orgSettings.timeZone.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
