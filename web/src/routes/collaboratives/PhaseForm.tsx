import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSavePhase } from '../../api/collaborative-timeline';
import type { Collaborative } from '../../api/collaboratives';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { errorTitle, problemText } from '../../components/problem-text';

type Phase = Collaborative['phases'][number];

/** Adds a phase to the timeline or changes one; the server checks the days and names the field it refuses. */
export function PhaseForm({ collaborativeId, phase, onDone }: { collaborativeId: string; phase?: Phase; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSavePhase(collaborativeId);
  const errors = useFormErrors();
  const [draft, setDraft] = useState({ name: phase?.name ?? '', startsOn: phase?.startsOn ?? '', endsOn: phase?.endsOn ?? '' });
  const labels = { name: t('collaboratives.timeline.phaseName'), startsOn: t('collaboratives.timeline.startsOn'), endsOn: t('collaboratives.timeline.endsOn') };
  const field = (name: keyof typeof draft, type = 'text') => (
    <TextInput id={`phase-form-${name}`} type={type} required label={t('form.requiredLabel', { label: labels[name] })} value={draft[name]} onChange={(v) => setDraft((d) => ({ ...d, [name]: v }))} error={errors.field(name)} />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      await save.mutateAsync({ ...draft, ...(phase ? { phaseId: phase.id } : {}) });
      announce(t(phase ? 'collaboratives.timeline.phaseChanged' : 'collaboratives.timeline.phaseAdded', { name: draft.name.trim() }));
      onDone();
    } catch (error) {
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary state={errors.state} idPrefix="phase-form" labels={labels} />
      {field('name')}
      {field('startsOn', 'date')}
      {field('endsOn', 'date')}
      <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
        {t(phase ? 'collaboratives.timeline.savePhase' : 'collaboratives.timeline.addPhase')}
      </Button>
    </form>
  );
}
