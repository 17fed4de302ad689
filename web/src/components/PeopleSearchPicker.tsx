import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { announce } from './announcer';
import { SelectField } from './fields';
import { type PickedPerson, usePersonSearch } from './PersonSearchSelect';

/**
 * Choosing several people: search, pick one of the matches and add them; those chosen are listed
 * below, each with its own remove button. Nobody is listed until something is typed (see
 * usePersonSearch), so a page never shows the whole organisation.
 */
export function PeopleSearchPicker({
  idPrefix,
  legend,
  hint,
  value,
  onChange,
  exclude = [],
  error,
  searchLabel,
}: {
  idPrefix: string;
  legend: string;
  hint?: string;
  value: readonly PickedPerson[];
  onChange: (people: PickedPerson[]) => void;
  /** people who may not be chosen here (the cycle's lead, say) */
  exclude?: readonly string[];
  error?: string | undefined;
  /** the search box's label, where a form has more than one */
  searchLabel?: string;
}) {
  const { t } = useTranslation();
  const search = usePersonSearch(idPrefix, searchLabel);
  const [candidate, setCandidate] = useState('');
  const taken = new Set([...value.map((p) => p.id), ...exclude]);
  const available = search.matches.filter((p) => !taken.has(p.id));
  const add = () => {
    const person = available.find((p) => p.id === candidate);
    if (!person) return;
    onChange([...value, person]);
    setCandidate('');
    announce(t('personPicker.added', { name: person.name }));
  };
  return (
    <fieldset id={idPrefix} className="people-picker" aria-describedby={hint ? `${idPrefix}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${idPrefix}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {search.field}
      {search.status}
      <div className="picker-add">
        <SelectField id={`${idPrefix}-candidate`} label={t('personPicker.match')} value={candidate} onChange={setCandidate} error={error}>
          <option value="">{search.placeholder}</option>
          {search.options(available).map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <Button className="button button-secondary" isDisabled={!candidate} onPress={add}>
          {t('personPicker.add')}
        </Button>
      </div>
      <p className="hint">{t('personPicker.chosenCount', { count: value.length })}</p>
      {value.length > 0 ? (
        <ul className="plain-list chosen-people">
          {search.options(value).map((o) => (
            <li key={o.id}>
              {o.label}{' '}
              <Button
                className="button button-quiet button-small"
                aria-label={t('personPicker.remove', { name: value.find((p) => p.id === o.id)?.name ?? '' })}
                onPress={() => onChange(value.filter((p) => p.id !== o.id))}
              >
                {t('personPicker.removeShort')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
