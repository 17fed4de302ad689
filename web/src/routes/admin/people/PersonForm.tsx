import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PERSON_KINDS, type Person, type PersonInput, type PersonKind, useCreatePerson, useUpdatePerson } from '../../../api/people';
import { unitOptions } from '../../../api/unit-tree';
import { useUnits } from '../../../api/units';
import { announce } from '../../../components/announcer';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextInput } from '../../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../../components/form-errors';
import { type PickedPerson, PersonSearchSelect } from '../../../components/PersonSearchSelect';
import { errorTitle, problemText } from '../../../components/problem-text';

type Draft = Record<'name' | 'email' | 'jobTitle' | 'unitId' | 'managerId' | 'kind' | 'startDate' | 'endDate', string>;

const toDraft = (p?: Person): Draft => ({
  name: p?.name ?? '',
  // a pending email is what the admin last asked for: saving again keeps it waiting (decision 004)
  email: p?.pendingEmail ?? p?.email ?? '',
  jobTitle: p?.jobTitle ?? '',
  unitId: p?.unitId ?? '',
  managerId: p?.managerId ?? '',
  kind: p?.kind ?? 'employee',
  startDate: p?.startDate ?? '',
  endDate: p?.endDate ?? '',
});

const toInput = (d: Draft): PersonInput => ({
  name: d.name.trim(),
  email: d.email.trim(),
  jobTitle: d.jobTitle.trim() || null,
  unitId: d.unitId || null,
  managerId: d.managerId || null,
  kind: d.kind as PersonKind,
  startDate: d.startDate || null,
  endDate: d.endDate || null,
});

/** Add a person, or change one; used inside a dialog. */
export function PersonForm({ person, onDone }: { person?: Person; onDone: () => void }) {
  const { t } = useTranslation();
  const units = useUnits();
  // the current line manager, until another is chosen (found by search, never from a list of everyone)
  const [manager, setManager] = useState<PickedPerson | null>(person?.managerId ? { id: person.managerId, name: person.managerName ?? '', kind: 'employee' } : null);
  const create = useCreatePerson();
  const update = useUpdatePerson();
  const errors = useFormErrors();
  const [draft, setDraft] = useState<Draft>(() => toDraft(person));
  const busy = create.isPending || update.isPending;

  const labels: Record<keyof Draft, string> = {
    name: t('person.name'),
    email: t('person.email'),
    jobTitle: t('person.jobTitle'),
    unitId: t('person.unit'),
    managerId: t('person.manager'),
    kind: t('person.kind'),
    startDate: t('person.startDate'),
    endDate: t('person.endDate'),
  };
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!draft.name.trim()) missing.name = t('person.nameMissing');
    if (!draft.email.trim()) missing.email = t('person.emailMissing');
    if (draft.startDate && draft.endDate && draft.endDate < draft.startDate) missing.endDate = t('person.endBeforeStart');
    if (Object.keys(missing).length > 0) return errors.fail(t('form.fixFields', { count: Object.keys(missing).length }), missing);
    errors.clear();
    const input = toInput(draft);
    try {
      if (person) {
        // send only what changed, so the audit trail names the fields that really changed
        const before = toInput(toDraft(person));
        const patch = Object.fromEntries(Object.entries(input).filter(([k, v]) => before[k as keyof PersonInput] !== v));
        await update.mutateAsync({ id: person.id, ...patch });
        announce(t('person.saved', { name: input.name }));
      } else {
        await create.mutateAsync(input);
        announce(t('person.added', { name: input.name }));
      }
      onDone();
    } catch (error) {
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary state={errors.state} idPrefix="person" labels={labels} />
      <TextInput id="person-name" label={labels.name} value={draft.name} onChange={set('name')} error={errors.field('name')} autoComplete="off" required />
      <TextInput
        id="person-email"
        label={labels.email}
        type="email"
        value={draft.email}
        onChange={set('email')}
        error={errors.field('email')}
        autoComplete="off"
        hint={
          person?.account && person.account.status !== 'invited'
            ? person.pendingEmail
              ? t('identity.emailHintPending', { email: person.email })
              : t('identity.emailHint')
            : undefined
        }
        required
      />
      <TextInput id="person-jobTitle" label={labels.jobTitle} value={draft.jobTitle} onChange={set('jobTitle')} error={errors.field('jobTitle')} autoComplete="off" />
      <SelectField id="person-kind" label={labels.kind} value={draft.kind} onChange={set('kind')} error={errors.field('kind')} required>
        {PERSON_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField id="person-unitId" label={labels.unitId} value={draft.unitId} onChange={set('unitId')} error={errors.field('unitId')}>
        <option value="">{t('person.noUnit')}</option>
        {unitOptions(units.data?.units ?? []).map((u) => (
          <option key={u.id} value={u.id}>
            {u.label}
          </option>
        ))}
      </SelectField>
      <PersonSearchSelect
        idPrefix="person"
        field="managerId"
        label={labels.managerId}
        hint={t('person.managerHint')}
        required={false}
        searchLabel={t('person.findManager')}
        value={manager}
        onChange={(chosen) => {
          setManager(chosen);
          setDraft((d) => ({ ...d, managerId: chosen?.id ?? '' }));
        }}
        error={errors.field('managerId')}
      />
      {manager ? (
        <Button
          className="button button-quiet button-small"
          onPress={() => {
            setManager(null);
            setDraft((d) => ({ ...d, managerId: '' }));
          }}
        >
          {t('person.noManager')}
        </Button>
      ) : null}
      <div className="field-pair">
        <TextInput id="person-startDate" label={labels.startDate} type="date" value={draft.startDate} onChange={set('startDate')} error={errors.field('startDate')} />
        <TextInput
          id="person-endDate"
          label={labels.endDate}
          hint={t('person.endDateHint')}
          type="date"
          value={draft.endDate}
          onChange={set('endDate')}
          error={errors.field('endDate')}
        />
      </div>
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={busy}>
          {person ? t('common.saveChanges') : t('people.addSubmit')}
        </Button>
        <Button className="button button-secondary" onPress={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
