import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { selfAndDescendants, unitOptions } from '../../../api/unit-tree';
import { type Unit, useUpdateUnit } from '../../../api/units';
import { announce } from '../../../components/announcer';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextInput } from '../../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../../components/form-errors';
import { errorTitle, problemText } from '../../../components/problem-text';

function useUnitChange(onDone: () => void) {
  const { t } = useTranslation();
  const update = useUpdateUnit();
  const errors = useFormErrors();
  const save = (patch: { id: string; name?: string; parentId?: string | null }, done: string) =>
    update.mutate(patch, {
      onSuccess: () => {
        announce(done);
        onDone();
      },
      onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
    });
  return { errors, save, busy: update.isPending };
}

function Buttons({ busy, onCancel }: { busy: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Button type="submit" className="button button-primary" isDisabled={busy}>
        {t('common.saveChanges')}
      </Button>
      <Button className="button button-secondary" onPress={onCancel}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}

export function RenameUnitForm({ unit, onDone }: { unit: Unit; onDone: () => void }) {
  const { t } = useTranslation();
  const { errors, save, busy } = useUnitChange(onDone);
  const [name, setName] = useState(unit.name);
  const labels = { name: t('units.name') };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return errors.fail(t('form.fixFields', { count: 1 }), { name: t('units.nameMissing') });
    save({ id: unit.id, name: name.trim() }, t('units.renamed', { name: name.trim() }));
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary state={errors.state} idPrefix="rename" labels={labels} />
      <TextInput id="rename-name" label={labels.name} value={name} onChange={setName} error={errors.field('name')} autoComplete="off" required />
      <Buttons busy={busy} onCancel={onDone} />
    </form>
  );
}

export function MoveUnitForm({ unit, units, onDone }: { unit: Unit; units: Unit[]; onDone: () => void }) {
  const { t } = useTranslation();
  const { errors, save, busy } = useUnitChange(onDone);
  const [parentId, setParentId] = useState(unit.parentId ?? '');
  const labels = { parentId: t('units.newParent') };
  // a unit cannot sit inside itself or inside one of its own sub-units
  const blocked = selfAndDescendants(units, unit.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save({ id: unit.id, parentId: parentId || null }, t('units.moved', { name: unit.name }));
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary state={errors.state} idPrefix="move" labels={labels} />
      <SelectField id="move-parentId" label={labels.parentId} value={parentId} onChange={setParentId} error={errors.field('parentId')}>
        <option value="">{t('units.topLevel')}</option>
        {unitOptions(units, (node) => blocked.has(node.id)).map((u) => (
          <option key={u.id} value={u.id}>
            {u.label}
          </option>
        ))}
      </SelectField>
      <Buttons busy={busy} onCancel={onDone} />
    </form>
  );
}
