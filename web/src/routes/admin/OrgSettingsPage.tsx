import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useOrganisation, useUpdateOrgSettings } from '../../api/org';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle, problemText } from '../../components/problem-text';
import { CheckInRetentionForm } from './CheckInRetentionForm';
import { DevelopmentHoursForm } from './DevelopmentHoursForm';
import { TimeZoneForm } from './TimeZoneForm';
import { HardEventDaysSection } from '../hard-events/HardEventDaysSection';

const MIN = 3;
const MAX = 50;

/** Organisation settings: the privacy gate's minimum group size, the time zone days are counted in, the yearly development hours per practice level, and how long check-ins are kept. */
export function OrgSettingsPage() {
  const { t } = useTranslation();
  const org = useOrganisation();
  const update = useUpdateOrgSettings();
  const errors = useFormErrors();
  const [size, setSize] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (org.data) setSize(String(org.data.settings.minGroupSize));
  }, [org.data]);

  const labels = { minGroupSize: t('orgSettings.minGroupSize') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const value = Number(size);
    if (!/^\d+$/.test(size.trim()) || value < MIN || value > MAX) {
      return errors.fail(t('form.fixFields', { count: 1 }), { minGroupSize: t('orgSettings.outOfRange', { min: MIN, max: MAX }) });
    }
    errors.clear();
    update.mutate(
      { minGroupSize: value },
      {
        onSuccess: () => {
          setSaved(true);
          announce(t('orgSettings.saved'));
        },
        onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
      },
    );
  };

  return (
    <Page title={t('orgSettings.title')} lead={org.data ? <p>{t('orgSettings.lead', { name: org.data.name })}</p> : null}>
      {org.isPending ? <Loading /> : null}
      {org.error ? <Notice tone="error">{errorTitle(t, org.error)}</Notice> : null}
      {org.data ? (
        <section className="panel" aria-labelledby="privacy-heading">
          <h2 id="privacy-heading">{t('orgSettings.privacyTitle')}</h2>
          <p>{t('orgSettings.privacyWhy')}</p>
          <ErrorSummary state={errors.state} idPrefix="org" labels={labels} />
          {saved ? <Notice tone="success">{t('orgSettings.saved')}</Notice> : null}
          <form className="form narrow" onSubmit={submit} noValidate>
            <TextInput
              id="org-minGroupSize"
              label={labels.minGroupSize}
              hint={t('orgSettings.minGroupSizeHint', { min: MIN, max: MAX })}
              type="number"
              inputMode="numeric"
              min={MIN}
              max={MAX}
              className="input-short"
              value={size}
              onChange={(v) => {
                setSize(v);
                setSaved(false);
              }}
              error={errors.field('minGroupSize')}
              required
            />
            <div className="button-row">
              <Button type="submit" className="button button-primary" isDisabled={update.isPending}>
                {t('common.save')}
              </Button>
            </div>
          </form>
        </section>
      ) : null}
      {org.data ? (
        <section className="panel" aria-labelledby="time-zone-heading">
          <h2 id="time-zone-heading">{t('orgSettings.timeZone.title')}</h2>
          <p>{t('orgSettings.timeZone.why')}</p>
          <TimeZoneForm key={org.data.id} current={org.data.settings.timeZone} />
        </section>
      ) : null}
      {org.data ? (
        <section className="panel" aria-labelledby="development-hours-heading">
          <h2 id="development-hours-heading">{t('training.orgHours.title')}</h2>
          <p>{t('training.orgHours.why')}</p>
          <DevelopmentHoursForm key={org.data.id} current={org.data.settings.developmentHours} />
        </section>
      ) : null}
      {org.data ? (
        <section className="panel" aria-labelledby="retention-heading">
          <h2 id="retention-heading">{t('orgSettings.retention.title')}</h2>
          <p>{t('orgSettings.retention.why')}</p>
          <CheckInRetentionForm key={org.data.id} current={org.data.settings.checkInRetentionMonths ?? null} />
        </section>
      ) : null}
      {org.data ? <HardEventDaysSection key={org.data.id} early={org.data.settings.hardEventEarlyOfferDays} later={org.data.settings.hardEventLaterOfferDays} /> : null}
    </Page>
  );
}
