import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useHubAssessmentPacks, useStartCollaborative } from '../../api/collaboratives';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextArea, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { errorTitle, problemText } from '../../components/problem-text';

/** A hub admin starts a collaborative: it begins with baseline, endline, 6- and 12-month timepoints running the chosen pack's staff survey. */
export function StartCollaborativeForm() {
  const { t, i18n } = useTranslation();
  const packs = useHubAssessmentPacks();
  const start = useStartCollaborative();
  const errors = useFormErrors();
  const [draft, setDraft] = useState({ name: '', purpose: '', startsOn: '', packId: '' });
  const labels = {
    name: t('collaboratives.start.name'),
    purpose: t('collaboratives.start.purpose'),
    startsOn: t('collaboratives.start.startsOn'),
    packId: t('collaboratives.start.packId'),
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      await start.mutateAsync(draft);
      announce(t('collaboratives.start.done', { name: draft.name }));
      setDraft({ name: '', purpose: '', startsOn: '', packId: '' });
    } catch (error) {
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    }
  };
  return (
    <section className="panel" aria-labelledby="start-collaborative-heading">
      <h2 id="start-collaborative-heading">{t('collaboratives.start.heading')}</h2>
      <p>{t('collaboratives.start.lead')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary state={errors.state} idPrefix="start-collaborative" labels={labels} />
        <TextInput id="start-collaborative-name" label={t('form.requiredLabel', { label: labels.name })} required value={draft.name} onChange={(v) => setDraft((d) => ({ ...d, name: v }))} error={errors.field('name')} />
        <TextArea id="start-collaborative-purpose" label={labels.purpose} value={draft.purpose} onChange={(v) => setDraft((d) => ({ ...d, purpose: v }))} error={errors.field('purpose')} />
        <TextInput
          id="start-collaborative-startsOn"
          type="date"
          label={t('form.requiredLabel', { label: labels.startsOn })}
          hint={t('collaboratives.start.startsOnHint')}
          required
          value={draft.startsOn}
          onChange={(v) => setDraft((d) => ({ ...d, startsOn: v }))}
          error={errors.field('startsOn')}
        />
        <SelectField id="start-collaborative-packId" label={t('form.requiredLabel', { label: labels.packId })} required value={draft.packId} onChange={(v) => setDraft((d) => ({ ...d, packId: v }))} error={errors.field('packId')}>
          <option value="">{t('collaboratives.start.choosePack')}</option>
          {(packs.data?.packs ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.title[i18n.language] ?? p.title.en ?? p.id}
            </option>
          ))}
        </SelectField>
        <Button type="submit" className="button button-primary" isDisabled={start.isPending}>
          {t('collaboratives.start.submit')}
        </Button>
      </form>
    </section>
  );
}
