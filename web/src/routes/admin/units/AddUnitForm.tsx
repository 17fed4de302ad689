import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { unitOptions } from '../../../api/unit-tree';
import { type Unit, type UnitKind, useCreateUnit } from '../../../api/units';
import { announce } from '../../../components/announcer';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextInput } from '../../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../../components/form-errors';
import { errorTitle, problemText } from '../../../components/problem-text';

export function AddUnitForm({ units }: { units: Unit[] }) {
  const { t } = useTranslation();
  const create = useCreateUnit();
  const errors = useFormErrors();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitKind>('team');
  const [parentId, setParentId] = useState('');
  const labels = { name: t('units.name'), kind: t('units.kind'), parentId: t('units.parent') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return errors.fail(t('form.fixFields', { count: 1 }), { name: t('units.nameMissing') });
    errors.clear();
    create.mutate(
      { name: name.trim(), kind, parentId: parentId || null },
      {
        onSuccess: () => {
          announce(t('units.added', { name: name.trim() }));
          setName('');
        },
        onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="add-unit-heading">
      <h2 id="add-unit-heading">{t('units.addTitle')}</h2>
      <ErrorSummary state={errors.state} idPrefix="unit" labels={labels} />
      <form className="form narrow" onSubmit={submit} noValidate>
        <TextInput id="unit-name" label={labels.name} value={name} onChange={setName} error={errors.field('name')} autoComplete="off" required />
        <SelectField id="unit-kind" label={labels.kind} hint={t('units.kindHint')} value={kind} onChange={(v) => setKind(v as UnitKind)} error={errors.field('kind')}>
          <option value="service">{t('unitKinds.service')}</option>
          <option value="team">{t('unitKinds.team')}</option>
        </SelectField>
        <SelectField id="unit-parentId" label={labels.parentId} value={parentId} onChange={setParentId} error={errors.field('parentId')}>
          <option value="">{t('units.topLevel')}</option>
          {unitOptions(units).map((u) => (
            <option key={u.id} value={u.id}>
              {u.label}
            </option>
          ))}
        </SelectField>
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={create.isPending}>
            {t('units.addSubmit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
