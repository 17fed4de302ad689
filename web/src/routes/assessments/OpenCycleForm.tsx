import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type CycleMode, useAssessmentPacks, useOpenCycle } from '../../api/assessments';
import { unitOptions } from '../../api/unit-tree';
import { useUnits } from '../../api/units';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { PeopleSearchPicker } from '../../components/PeopleSearchPicker';
import { type PickedPerson, PersonSearchSelect } from '../../components/PersonSearchSelect';
import { errorTitle, problemText } from '../../components/problem-text';
import { usePackText } from '../framework/pack-text';

const ID = 'cycle';
const EMPTY = { packId: '', title: '', unitId: '', opensOn: '', closesOn: '' };

/** Opens a cycle: which assessment, for whom, answered how, when, and who leads and contributes. */
export function OpenCycleForm({ onOpened }: { onOpened: (cycle: { id: string; title: string }) => void }) {
  const { t } = useTranslation();
  const text = usePackText();
  const packs = useAssessmentPacks();
  const units = useUnits();
  const open = useOpenCycle();
  const errors = useFormErrors();
  const [v, setV] = useState(EMPTY);
  const [mode, setMode] = useState<CycleMode>('team-review');
  const [lead, setLead] = useState<PickedPerson | null>(null);
  const [contributors, setContributors] = useState<PickedPerson[]>([]);
  const set = (key: keyof typeof EMPTY) => (value: string) => setV((s) => ({ ...s, [key]: value }));
  const labels = {
    packId: t('assessments.form.pack'),
    title: t('assessments.form.title'),
    unitId: t('assessments.form.scope'),
    mode: t('assessments.form.mode'),
    opensOn: t('assessments.form.opensOn'),
    closesOn: t('assessments.form.closesOn'),
    leadPersonId: t('assessments.form.lead'),
    contributorIds: t('assessments.form.contributors'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!v.packId) problems.packId = t('assessments.form.packNeeded');
    if (!v.title.trim()) problems.title = t('assessments.form.titleNeeded');
    if (!v.opensOn) problems.opensOn = t('assessments.form.datesNeeded');
    if (!v.closesOn) problems.closesOn = t('assessments.form.datesNeeded');
    else if (v.opensOn && v.closesOn < v.opensOn) problems.closesOn = t('assessments.form.datesOrder');
    if (mode === 'team-review' && !lead) problems.leadPersonId = t('assessments.form.leadNeeded');
    if (Object.keys(problems).length > 0) {
      errors.fail(t('assessments.form.problemsTitle'), problems);
      return;
    }
    errors.clear();
    const title = v.title.trim();
    open.mutate(
      {
        packId: v.packId,
        title,
        unitId: v.unitId || null,
        mode,
        opensOn: v.opensOn,
        closesOn: v.closesOn,
        leadPersonId: lead?.id ?? null,
        contributorIds: mode === 'team-review' ? contributors.filter((p) => p.id !== lead?.id).map((p) => p.id) : [],
      },
      {
        onSuccess: (cycle) => {
          announce(t('assessments.list.opened', { title }));
          setV(EMPTY);
          setLead(null);
          setContributors([]);
          onOpened({ id: cycle.id, title });
        },
        onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary state={errors.state} idPrefix={ID} labels={labels} />
      <SelectField id={`${ID}-packId`} label={labels.packId} hint={t('assessments.form.packHint')} value={v.packId} onChange={set('packId')} error={errors.field('packId')} required>
        <option value="">{t('assessments.form.choosePack')}</option>
        {(packs.data?.packs ?? []).map((p) => (
          <option key={p.id} value={p.id}>
            {text(p.title)}
          </option>
        ))}
      </SelectField>
      <TextInput id={`${ID}-title`} label={labels.title} hint={t('assessments.form.titleHint')} value={v.title} onChange={set('title')} error={errors.field('title')} required />
      <SelectField id={`${ID}-unitId`} label={labels.unitId} hint={t('assessments.form.scopeHint')} value={v.unitId} onChange={set('unitId')} error={errors.field('unitId')}>
        <option value="">{t('assessments.wholeOrg')}</option>
        {unitOptions(units.data?.units ?? []).map((u) => (
          <option key={u.id} value={u.id}>
            {u.label}
          </option>
        ))}
      </SelectField>
      <ChoiceGroup
        id={`${ID}-mode`}
        type="radio"
        legend={labels.mode}
        value={mode}
        onChange={(m) => setMode(m as CycleMode)}
        error={errors.field('mode')}
        options={[
          { value: 'team-review', label: t('assessments.modes.team-review'), description: t('assessments.form.modeReview') },
          { value: 'staff-survey', label: t('assessments.modes.staff-survey'), description: t('assessments.form.modeSurvey') },
        ]}
      />
      <div className="field-pair">
        <TextInput id={`${ID}-opensOn`} label={labels.opensOn} type="date" value={v.opensOn} onChange={set('opensOn')} error={errors.field('opensOn')} required />
        <TextInput id={`${ID}-closesOn`} label={labels.closesOn} type="date" value={v.closesOn} onChange={set('closesOn')} error={errors.field('closesOn')} required />
      </div>
      <PersonSearchSelect
        idPrefix={ID}
        field="leadPersonId"
        label={labels.leadPersonId}
        hint={t('assessments.form.leadHint')}
        required={mode === 'team-review'}
        searchLabel={t('assessments.form.findLead')}
        value={lead}
        onChange={setLead}
        error={errors.field('leadPersonId')}
      />
      {mode === 'team-review' ? (
        <PeopleSearchPicker
          idPrefix={`${ID}-contributorIds`}
          legend={labels.contributorIds}
          hint={t('assessments.form.contributorsHint')}
          value={contributors}
          onChange={setContributors}
          exclude={lead ? [lead.id] : []}
          searchLabel={t('assessments.form.findContributors')}
          error={errors.field('contributorIds')}
        />
      ) : null}
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={open.isPending}>
          {t('assessments.form.submit')}
        </Button>
      </div>
    </form>
  );
}
