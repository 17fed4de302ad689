import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Person, usePeople } from '../../api/people';
import { SelectField, TextInput } from '../../components/fields';

/**
 * Choosing one person of the organisation: a search box (name, email or job) and a list of the
 * server's first 100 matches. Asked only once something is typed, and after a pause in typing:
 * every list the server shows is a read in the audit log of everyone on it, so opening the page
 * or each keystroke would fill people's "Who has seen my records" with looks nobody took.
 */
export function PersonSearchSelect({
  idPrefix,
  value,
  onChange,
  error,
  label,
  field = 'personId',
}: {
  idPrefix: string;
  /** the select's label (default "Person") */
  label?: string;
  /** the field's name in the form and in the server's problems: the select's id is `${idPrefix}-${field}` */
  field?: string;
  value: Pick<Person, 'id' | 'name' | 'kind'> | null;
  onChange: (person: Pick<Person, 'id' | 'name' | 'kind'> | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(searchText.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [searchText]);
  const people = usePeople({ search, limit: 100 }, search !== '');
  const list = search === '' ? [] : (people.data?.people ?? []);
  // a narrower search must not take the chosen person out of the list while they are chosen
  const options = value && !list.some((p) => p.id === value.id) ? [value, ...list] : list;
  const total = search === '' ? 0 : (people.data?.total ?? 0);

  return (
    <>
      <TextInput id={`${idPrefix}-search`} label={t('workforce.form.search')} hint={t('workforce.form.searchHint')} type="search" value={searchText} onChange={setSearchText} />
      <p role="status" className="result-count">
        {total > list.length ? t('workforce.form.shown', { shown: list.length, total }) : ''}
      </p>
      <SelectField
        id={`${idPrefix}-${field}`}
        label={t('form.requiredLabel', { label: label ?? t('workforce.form.person') })}
        value={value?.id ?? ''}
        onChange={(id) => onChange(options.find((p) => p.id === id) ?? null)}
        error={error}
        required
      >
        <option value="">{search === '' ? t('workforce.form.searchFirst') : list.length === 0 && !people.isFetching ? t('workforce.form.noMatches') : t('workforce.form.choosePerson')}</option>
        {options.map((p) => (
          <option key={p.id} value={p.id}>
            {'email' in p ? t('workforce.form.personOption', { name: p.name, email: p.email }) : p.name}
          </option>
        ))}
      </SelectField>
    </>
  );
}
