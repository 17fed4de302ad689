import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useHubMembers } from '../../api/hub';
import { type HubStandard, useRecognise } from '../../api/standards';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextArea, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { errorTitle, problemText } from '../../components/problem-text';

/** A hub admin marks a member organisation (consent in force) as having met a published version, on a day, with an optional note. */
export function RecogniseForm({ standards }: { standards: HubStandard[] }) {
  const { t } = useTranslation();
  const members = useHubMembers();
  const recognise = useRecognise();
  const errors = useFormErrors();
  const empty = { standardId: '', packVersion: '', orgId: '', metOn: '', note: '' };
  const [draft, setDraft] = useState(empty);
  const labels = {
    standardId: t('standards.recognise.standard'),
    packVersion: t('standards.recognise.version'),
    orgId: t('standards.recognise.organisation'),
    metOn: t('standards.recognise.metOn'),
    note: t('standards.recognise.note'),
  };
  const standard = standards.find((s) => s.id === draft.standardId);
  const consenting = (members.data?.members ?? []).filter((m) => m.status === 'consented');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    if (!draft.standardId) return errors.fail(t('standards.publish.fixTitle'), { standardId: t('standards.recognise.chooseStandard') });
    try {
      await recognise.mutateAsync(draft);
      announce(t('standards.recognise.done'));
      setDraft(empty);
    } catch (error) {
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    }
  };
  return (
    <section className="panel" aria-labelledby="recognise-heading">
      <h2 id="recognise-heading">{t('standards.recognise.heading')}</h2>
      <p>{t('standards.recognise.lead')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary state={errors.state} idPrefix="recognise" labels={labels} />
        <SelectField id="recognise-standardId" label={t('form.requiredLabel', { label: labels.standardId })} required value={draft.standardId} onChange={(v) => setDraft((d) => ({ ...d, standardId: v, packVersion: '' }))} error={errors.field('standardId')}>
          <option value="">{t('standards.recognise.chooseStandard')}</option>
          {standards.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="recognise-packVersion" label={t('form.requiredLabel', { label: labels.packVersion })} required value={draft.packVersion} onChange={(v) => setDraft((d) => ({ ...d, packVersion: v }))} error={errors.field('packVersion')}>
          <option value="">{t('standards.recognise.chooseVersion')}</option>
          {(standard?.versions ?? []).map((v) => (
            <option key={v.packVersion} value={v.packVersion}>
              {v.packVersion}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="recognise-orgId"
          label={t('form.requiredLabel', { label: labels.orgId })}
          hint={t('standards.recognise.organisationHint')}
          required
          value={draft.orgId}
          onChange={(v) => setDraft((d) => ({ ...d, orgId: v }))}
          error={errors.field('orgId')}
        >
          <option value="">{t('standards.recognise.chooseOrganisation')}</option>
          {consenting.map((m) => (
            <option key={m.orgId} value={m.orgId}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <TextInput id="recognise-metOn" type="date" label={t('form.requiredLabel', { label: labels.metOn })} required value={draft.metOn} onChange={(v) => setDraft((d) => ({ ...d, metOn: v }))} error={errors.field('metOn')} />
        <TextArea id="recognise-note" label={labels.note} value={draft.note} onChange={(v) => setDraft((d) => ({ ...d, note: v }))} error={errors.field('note')} />
        <Button type="submit" className="button button-primary" isDisabled={recognise.isPending}>
          {t('standards.recognise.submit')}
        </Button>
      </form>
    </section>
  );
}
