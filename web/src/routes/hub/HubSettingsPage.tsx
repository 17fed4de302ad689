import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useChangeHubSettings, useHub } from '../../api/hub';
import { useSession } from '../../api/session';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { errorTitle, problemText } from '../../components/problem-text';

/** The hub's thresholds: admins change them (never below 3), analysts read them. */
export function HubSettingsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const hub = useHub();
  const change = useChangeHubSettings();
  const errors = useFormErrors();
  const [draft, setDraft] = useState({ minOrganisations: '', minGroupSize: '' });
  const canChange = me?.roles.includes('hub_admin') ?? false;
  useEffect(() => {
    if (hub.data) setDraft({ minOrganisations: String(hub.data.settings.minOrganisations), minGroupSize: String(hub.data.settings.minGroupSize) });
  }, [hub.data]);
  const labels = { minOrganisations: t('hub.settings.minOrganisations'), minGroupSize: t('hub.settings.minGroupSize') };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      await change.mutateAsync({ minOrganisations: Number(draft.minOrganisations), minGroupSize: Number(draft.minGroupSize) });
      announce(t('hub.settings.saved'));
    } catch (error) {
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    }
  };

  return (
    <Page title={t('hub.settings.title')} lead={<p>{t('hub.settings.lead')}</p>}>
      {hub.isPending ? <Loading /> : null}
      {hub.data ? (
        <form className="form panel" onSubmit={submit} noValidate>
          <ErrorSummary state={errors.state} idPrefix="hub-settings" labels={labels} />
          <TextInput
            id="hub-settings-minOrganisations"
            type="number"
            inputMode="numeric"
            min={3}
            label={labels.minOrganisations}
            hint={t('hub.settings.minOrganisationsHint')}
            value={draft.minOrganisations}
            onChange={(v) => setDraft((d) => ({ ...d, minOrganisations: v }))}
            error={errors.field('minOrganisations')}
            readOnly={!canChange}
          />
          <TextInput
            id="hub-settings-minGroupSize"
            type="number"
            inputMode="numeric"
            min={3}
            label={labels.minGroupSize}
            hint={t('hub.settings.minGroupSizeHint')}
            value={draft.minGroupSize}
            onChange={(v) => setDraft((d) => ({ ...d, minGroupSize: v }))}
            error={errors.field('minGroupSize')}
            readOnly={!canChange}
          />
          {canChange ? (
            <Button type="submit" className="button button-primary" isDisabled={change.isPending}>
              {t('hub.settings.save')}
            </Button>
          ) : (
            <p className="hint">{t('hub.settings.readOnly')}</p>
          )}
        </form>
      ) : null}
    </Page>
  );
}
