import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type NeedsInput, useRecordNeeds } from '../../api/development';
import { type FrameworkPack, LEVELS, type Level, type PackQuestion } from '../../api/framework';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextArea } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { errorTitle, problemText } from '../../components/problem-text';
import { levelName, usePackText } from '../framework/pack-text';

const EMPTY = { serviceRemit: '', recoveryStages: [] as string[], currentLevel: '', requiredLevel: '', need: '', notes: '' };

/** The training needs assessment questions of the pack (H.tna) for one unit. */
export function NeedsForm({ pack, unitId, unitName, suggestedRequired }: { pack: FrameworkPack; unitId: string; unitName: string; suggestedRequired: Level | null }) {
  const { t } = useTranslation();
  const text = usePackText();
  const record = useRecordNeeds();
  const errors = useFormErrors();
  const [form, setForm] = useState({ ...EMPTY, requiredLevel: suggestedRequired ?? '' });
  const q = (id: string) => pack.body.needsAssessment.questions.find((x) => x.id === id) as PackQuestion;
  const label = (id: string) => text(q(id)?.text);
  const help = (id: string) => (q(id)?.help ? <p>{text(q(id).help)}</p> : undefined);
  const labels = {
    serviceRemit: label('tna.remit'),
    recoveryStages: label('tna.stages'),
    currentLevel: label('tna.current-level'),
    requiredLevel: label('tna.required-level'),
    need: label('tna.need'),
    notes: label('tna.notes'),
  };
  const levelOptions = LEVELS.map((l) => (
    <option key={l} value={l}>
      {levelName(pack, l, text)}
    </option>
  ));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.requiredLevel) return errors.fail(t('form.fixFields', { count: 1 }), { requiredLevel: t('placement.needs.requiredMissing') });
    errors.clear();
    const input: NeedsInput = {
      serviceRemit: form.serviceRemit.trim() || null,
      recoveryStages: form.recoveryStages as NeedsInput['recoveryStages'],
      currentLevel: (form.currentLevel || null) as Level | null,
      requiredLevel: form.requiredLevel as Level,
      need: (form.need || null) as NeedsInput['need'],
      notes: form.notes.trim() || null,
    };
    record.mutate(
      { unitId, ...input },
      {
        onSuccess: () => {
          announce(t('placement.needs.saved', { unit: unitName }));
          setForm({ ...EMPTY, requiredLevel: suggestedRequired ?? '' });
          document.getElementById('needs-history-heading')?.focus();
        },
        onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
      },
    );
  };

  return (
    <form className="form narrow" noValidate onSubmit={submit}>
      <ErrorSummary state={errors.state} idPrefix="needs" labels={labels} />
      <p>{t('placement.needs.skippable')}</p>
      <TextArea id="needs-serviceRemit" label={labels.serviceRemit} hint={help('tna.remit')} value={form.serviceRemit} onChange={(v) => setForm({ ...form, serviceRemit: v })} error={errors.field('serviceRemit')} rows={3} />
      <ChoiceGroup
        id="needs-recoveryStages"
        type="checkbox"
        legend={labels.recoveryStages}
        hint={help('tna.stages')}
        error={errors.field('recoveryStages')}
        value={form.recoveryStages}
        options={(q('tna.stages')?.answer.options ?? []).map((o) => ({ value: o.id, label: text(o.text) }))}
        onChange={(v) => setForm({ ...form, recoveryStages: v })}
      />
      <SelectField id="needs-currentLevel" label={labels.currentLevel} value={form.currentLevel} onChange={(v) => setForm({ ...form, currentLevel: v })} error={errors.field('currentLevel')}>
        <option value="">{t('placement.needs.notKnown')}</option>
        {levelOptions}
      </SelectField>
      <SelectField id="needs-requiredLevel" label={labels.requiredLevel} hint={help('tna.required-level')} value={form.requiredLevel} onChange={(v) => setForm({ ...form, requiredLevel: v })} error={errors.field('requiredLevel')} required>
        <option value="">{t('placement.needs.choose')}</option>
        {levelOptions}
      </SelectField>
      <ChoiceGroup
        id="needs-need"
        type="radio"
        legend={labels.need}
        error={errors.field('need')}
        value={form.need || null}
        options={(q('tna.need')?.answer.options ?? []).map((o) => ({ value: o.id, label: text(o.text) }))}
        onChange={(v) => setForm({ ...form, need: v })}
      />
      <TextArea id="needs-notes" label={labels.notes} value={form.notes} onChange={(v) => setForm({ ...form, notes: v })} error={errors.field('notes')} rows={3} />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={record.isPending}>
          {t('placement.needs.save')}
        </Button>
      </div>
    </form>
  );
}
