import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type RunKind, useSaveTimepoint } from '../../api/collaborative-timeline';
import { type Collaborative, useHubAssessmentPacks } from '../../api/collaboratives';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { errorTitle, problemText } from '../../components/problem-text';

type Timepoint = Collaborative['timepoints'][number];
const KINDS: RunKind[] = ['staff-survey', 'check-in-bands', 'audit'];

/**
 * Adds a timepoint of the hub's own or changes one: its label, due day, the pack its staff
 * survey asks, and what organisations are asked to run. A timepoint's slot never changes.
 */
export function TimepointForm({ collaborativeId, timepoint, onDone }: { collaborativeId: string; timepoint?: Timepoint; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const save = useSaveTimepoint(collaborativeId);
  const packs = useHubAssessmentPacks();
  const errors = useFormErrors();
  const [draft, setDraft] = useState({ label: timepoint?.label ?? '', dueOn: timepoint?.dueOn ?? '', packId: timepoint?.packId ?? '', kinds: (timepoint?.kinds ?? ['staff-survey']) as RunKind[] });
  const labels = { label: t('collaboratives.timeline.label'), dueOn: t('collaboratives.timeline.dueOn'), packId: t('collaboratives.timeline.packId'), kinds: t('collaboratives.timeline.kinds') };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      await save.mutateAsync({ ...draft, packId: draft.packId || null, ...(timepoint ? { timepointId: timepoint.id } : {}) });
      announce(t(timepoint ? 'collaboratives.timeline.timepointChanged' : 'collaboratives.timeline.timepointAdded', { label: draft.label.trim() }));
      onDone();
    } catch (error) {
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary state={errors.state} idPrefix="timepoint-form" labels={labels} />
      <TextInput id="timepoint-form-label" required label={t('form.requiredLabel', { label: labels.label })} value={draft.label} onChange={(v) => setDraft((d) => ({ ...d, label: v }))} error={errors.field('label')} />
      <TextInput id="timepoint-form-dueOn" type="date" required label={t('form.requiredLabel', { label: labels.dueOn })} value={draft.dueOn} onChange={(v) => setDraft((d) => ({ ...d, dueOn: v }))} error={errors.field('dueOn')} />
      <SelectField id="timepoint-form-packId" label={labels.packId} value={draft.packId} onChange={(v) => setDraft((d) => ({ ...d, packId: v }))} error={errors.field('packId')}>
        <option value="">{t('collaboratives.timeline.noPack')}</option>
        {(packs.data?.packs ?? []).map((p) => (
          <option key={p.id} value={p.id}>
            {p.title[i18n.language] ?? p.title.en ?? p.id}
          </option>
        ))}
      </SelectField>
      <ChoiceGroup
        id="timepoint-form-kinds"
        type="checkbox"
        legend={labels.kinds}
        hint={t('collaboratives.timeline.kindsHint')}
        error={errors.field('kinds')}
        value={draft.kinds}
        onChange={(kinds) => setDraft((d) => ({ ...d, kinds: kinds as RunKind[] }))}
        options={KINDS.map((k) => ({ value: k, label: t(`collaboratives.kinds.${k}`) }))}
      />
      <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
        {t(timepoint ? 'collaboratives.timeline.saveTimepoint' : 'collaboratives.timeline.addTimepoint')}
      </Button>
    </form>
  );
}
