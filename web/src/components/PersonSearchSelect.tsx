import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Person, usePeople } from '../api/people';
import { SelectField, TextInput } from './fields';
import { personOptions } from './person-options';

export type PickedPerson = Pick<Person, 'id' | 'name' | 'kind'> & Partial<Pick<Person, 'email' | 'jobTitle' | 'unitName'>>;

/**
 * The server's people matching what is typed (name, email, job title or team), asked only once
 * something is typed and after a pause in typing: every list the server shows is a read in the
 * audit log of everyone on it, so opening a page or each keystroke would fill people's "Who has
 * seen my records" with looks nobody took.
 */
export function usePersonSearch(idPrefix: string, searchLabel?: string) {
  const { t, i18n } = useTranslation();
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(searchText.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [searchText]);
  const people = usePeople({ search, limit: 100 }, search !== '');
  const matches = search === '' ? [] : (people.data?.people ?? []);
  const total = search === '' ? 0 : (people.data?.total ?? 0);
  const field = <TextInput id={`${idPrefix}-search`} label={searchLabel ?? t('personPicker.search')} hint={t('personPicker.searchHint')} type="search" value={searchText} onChange={setSearchText} />;
  const status = (
    <p role="status" className="result-count">
      {total > matches.length ? t('personPicker.shown', { shown: matches.length, total }) : ''}
    </p>
  );
  const placeholder = search === '' ? t('personPicker.searchFirst') : matches.length === 0 && !people.isFetching ? t('personPicker.noMatches') : t('personPicker.choosePerson');
  return { field, status, matches, placeholder, options: (list: readonly PickedPerson[]) => personOptions(list, i18n.language) };
}

/** Choosing one person of the organisation: a search box, then a list of the matches told apart by job and team. */
export function PersonSearchSelect({
  idPrefix,
  value,
  onChange,
  error,
  label,
  hint,
  field = 'personId',
  required = true,
  searchLabel,
}: {
  idPrefix: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  error?: string | undefined;
  /** the select's label (default "Person") */
  label?: string;
  hint?: string;
  /** the field's name in the form and in the server's problems: the select's id is `${idPrefix}-${field}` */
  field?: string;
  required?: boolean;
  /** the search box's label, where a form has more than one ("Find the lead") */
  searchLabel?: string;
}) {
  const { t } = useTranslation();
  const search = usePersonSearch(idPrefix, searchLabel);
  // a narrower search must not take the chosen person out of the list while they are chosen
  const list: PickedPerson[] = value && !search.matches.some((p) => p.id === value.id) ? [value, ...search.matches] : search.matches;
  const shown = label ?? t('personPicker.person');
  return (
    <>
      {search.field}
      {search.status}
      <SelectField
        id={`${idPrefix}-${field}`}
        label={required ? t('form.requiredLabel', { label: shown }) : shown}
        hint={hint}
        value={value?.id ?? ''}
        onChange={(id) => onChange(list.find((p) => p.id === id) ?? null)}
        error={error}
        required={required}
      >
        <option value="">{search.placeholder}</option>
        {search.options(list).map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </SelectField>
    </>
  );
}
