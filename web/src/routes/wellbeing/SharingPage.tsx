import { type FormEvent, type KeyboardEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  type Grant,
  GRANT_SCOPES,
  type GrantScope,
  type Grantee,
  GRANTEE_SEARCH_MIN,
  localText,
  useAddGrant,
  useCheckIns,
  useGrantees,
  useGrants,
  useInstruments,
  useLineManager,
  useRevokeGrant,
} from '../../api/wellbeing';
import { useSession } from '../../api/session';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { focusIfLost } from '../../components/focus-if-lost';
import { formatDate, formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { ShowMore } from '../../components/ShowMore';
import { errorTitle, problemText } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import { ContributionSection } from './ContributionSection';
import { WellbeingPage } from './WellbeingPage';

const inDays = (days: number) => {
  const at = new Date(Date.now() + days * 86_400_000);
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
};
/** The end of the chosen day where the person is: sharing "until 30 June" includes 30 June. */
const endOfDay = (day: string) => new Date(`${day}T23:59:59`).toISOString();

/** Sharing: one part, with one named person, until a date; every grant listed, and stopped with one press. */
export function SharingPage() {
  const { t, i18n } = useTranslation();
  const grants = useGrants();
  const revoke = useRevokeGrant();
  const [revoking, setRevoking] = useState<Grant | null>(null);
  const list = grants.data?.pages.flatMap((page) => page.grants) ?? [];
  const scopeName = (g: Grant) => t(`wellbeing.scopes.${g.scope}`);

  return (
    <WellbeingPage title={t('wellbeing.sharing.title')} lead={<p>{t('wellbeing.sharing.lead')}</p>}>
      <div className="wb-who-sees">
        <p>{t('wellbeing.sharing.howItWorks')}</p>
      </div>
      <section className="panel" aria-labelledby="share-heading">
        <h2 id="share-heading">{t('wellbeing.sharing.newHeading')}</h2>
        <ShareForm />
      </section>
      <section className="panel" aria-labelledby="grants-heading">
        <h2 id="grants-heading" tabIndex={-1}>
          {t('wellbeing.sharing.listHeading')}
        </h2>
        {grants.isPending ? <Loading /> : null}
        {grants.error ? <Notice tone="error">{errorTitle(t, grants.error)}</Notice> : null}
        {grants.data && list.length === 0 ? <p>{t('wellbeing.sharing.none')}</p> : null}
        {list.length > 0 ? (
          <TableRegion captionId="grants-caption">
            <table>
              <caption id="grants-caption">{t('wellbeing.sharing.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('wellbeing.sharing.person')}</th>
                  <th scope="col">{t('wellbeing.sharing.part')}</th>
                  <th scope="col">{t('wellbeing.sharing.until')}</th>
                  <th scope="col">{t('wellbeing.sharing.status')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((g) => (
                  <tr key={g.id}>
                    <th scope="row">{g.grantee.name}</th>
                    <td>{scopeName(g)}</td>
                    <td>{formatDateTime(g.expiresAt, i18n.language)}</td>
                    <td>{g.status === 'revoked' && g.revokedAt ? t('wellbeing.sharing.revokedOn', { date: formatDateTime(g.revokedAt, i18n.language) }) : t(`wellbeing.sharing.statuses.${g.status}`)}</td>
                    <td>
                      {g.status === 'active' ? (
                        <Button className="button button-secondary" onPress={() => setRevoking(g)} aria-label={t('wellbeing.sharing.revokeNamed', { part: scopeName(g), name: g.grantee.name })}>
                          {t('wellbeing.sharing.revoke')}
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : null}
        {list.length > 0 ? (
          <ShowMore hasMore={grants.hasNextPage} loading={grants.isFetchingNextPage} onMore={() => void grants.fetchNextPage()} shown={list.length} />
        ) : null}
      </section>
      <ConfirmDialog
        isOpen={revoking !== null}
        onClose={() => {
          focusIfLost('grants-heading');
          setRevoking(null);
        }}
        title={t('wellbeing.sharing.revokeTitle')}
        confirmLabel={t('wellbeing.sharing.revokeConfirm')}
        onConfirm={async () => {
          if (!revoking) return;
          await revoke.mutateAsync(revoking.id);
          announce(t('wellbeing.sharing.revoked', { name: revoking.grantee.name }));
        }}
      >
        <p>{revoking ? t('wellbeing.sharing.revokeExplain', { name: revoking.grantee.name, part: scopeName(revoking) }) : ''}</p>
      </ConfirmDialog>
      <ContributionSection />
    </WellbeingPage>
  );
}

function ShareForm() {
  const { t, i18n } = useTranslation();
  const checkIns = useCheckIns();
  const instruments = useInstruments();
  const add = useAddGrant();
  const errors = useFormErrors();
  const [person, setPerson] = useState<Grantee | null>(null);
  const [scope, setScope] = useState<GrantScope | null>(null);
  const [checkInId, setCheckInId] = useState('');
  const [until, setUntil] = useState(inDays(30));
  const [done, setDone] = useState<string | null>(null);
  const titleOf = (id: string) => localText(instruments.data?.instruments.find((i) => i.id === id)?.title, i18n.language) || id;

  const labels = {
    granteePersonId: t('wellbeing.sharing.person'),
    scope: t('wellbeing.sharing.part'),
    checkInId: t('wellbeing.sharing.whichCheckIn'),
    expiresAt: t('wellbeing.sharing.untilLabel'),
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const missing: Record<string, string> = {};
    if (!person) missing.granteePersonId = t('wellbeing.sharing.choosePerson');
    if (!scope) missing.scope = t('wellbeing.sharing.choosePart');
    if (scope === 'check-in' && !checkInId) missing.checkInId = t('wellbeing.sharing.chooseCheckIn');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) missing.expiresAt = t('wellbeing.sharing.chooseDate');
    if (Object.keys(missing).length > 0 || !scope) {
      errors.fail(t('form.fixFields', { count: Object.keys(missing).length }), missing);
      return;
    }
    if (!person) return;
    const name = person.name;
    add.mutate(
      { granteePersonId: person.id, scope, checkInId: scope === 'check-in' ? checkInId : null, expiresAt: endOfDay(until) },
      {
        onSuccess: () => {
          errors.clear();
          const message = t('wellbeing.sharing.shared', { name, part: t(`wellbeing.scopes.${scope}`), date: formatDate(until, i18n.language) });
          setDone(message);
          announce(message);
          setScope(null);
          setPerson(null);
        },
        onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
      },
    );
  };

  return (
    <>
      <ErrorSummary state={errors.state} idPrefix="share" labels={labels} />
      {done ? <Notice tone="success">{done}</Notice> : null}
      <form className="form narrow" onSubmit={onSubmit} noValidate>
        <PersonPicker value={person} onChange={setPerson} error={errors.field('granteePersonId')} />
        <ChoiceGroup
          type="radio"
          id="share-scope"
          legend={labels.scope}
          error={errors.field('scope')}
          value={scope}
          onChange={(v) => setScope(v as GrantScope)}
          options={GRANT_SCOPES.map((s) => ({ value: s, label: t(`wellbeing.scopes.${s}`), description: t(`wellbeing.sharing.scopeHelp.${s}`) }))}
        />
        {scope === 'check-in' ? (
          <SelectField id="share-checkInId" label={labels.checkInId} value={checkInId} onChange={setCheckInId} error={errors.field('checkInId')}>
            <option value="">{t('wellbeing.sharing.chooseCheckInOption')}</option>
            {(checkIns.data?.pages.flatMap((page) => page.checkIns) ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {t('wellbeing.sharing.checkInOption', { title: titleOf(c.instrumentId), date: formatDate(c.submittedOn, i18n.language) })}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextInput
          id="share-expiresAt"
          type="date"
          className="wb-date"
          label={labels.expiresAt}
          hint={t('wellbeing.sharing.untilHint')}
          value={until}
          min={inDays(1)}
          max={inDays(365)}
          onChange={setUntil}
          error={errors.field('expiresAt')}
        />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={add.isPending}>
            {t('wellbeing.sharing.share')}
          </Button>
        </div>
      </form>
    </>
  );
}

/**
 * Whom to share with: my line manager first, then anyone of my organisation found by name (names,
 * job titles and teams only). A search field above a list of radio buttons: type, then Tab into
 * the list (or press Enter) and choose with the arrow keys; the choice stays while searching on.
 */
function PersonPicker({ value, onChange, error }: { value: Grantee | null; onChange: (person: Grantee) => void; error: string | undefined }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const manager = useLineManager(me);
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const found = useGrantees(search);

  // wait for a pause in typing before asking the server
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(searchText.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [searchText]);

  const managerOption: Grantee | null = manager.data ? { id: manager.data.id, name: manager.data.name, jobTitle: null, unitName: null } : null;
  const results = search.length >= GRANTEE_SEARCH_MIN ? (found.data?.grantees ?? []) : [];
  const options: Grantee[] = [];
  for (const p of [value, managerOption, ...results]) if (p && !options.some((o) => o.id === p.id)) options.push(p);
  const about = (p: Grantee) => [p.jobTitle, p.unitName].filter(Boolean).join(', ');
  const status =
    search.length < GRANTEE_SEARCH_MIN
      ? ''
      : found.data
        ? results.length === 0
          ? t('wellbeing.sharing.noMatches', { search })
          : t('wellbeing.sharing.found', { count: results.length })
        : '';
  const described = [`share-person-hint`, error ? 'share-person-error' : null].filter(Boolean).join(' ');

  // Enter in the search field moves to the list rather than sending the form half filled in
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    (document.querySelector<HTMLInputElement>('#share-person-list input:checked') ?? document.querySelector<HTMLInputElement>('#share-person-list input'))?.focus();
  };

  return (
    <fieldset id="share-person" className={error ? 'field choice-group field-invalid' : 'field choice-group'} aria-describedby={described}>
      <legend className="group-label">{t('wellbeing.sharing.person')}</legend>
      <div className="field-hint" id="share-person-hint">
        {t('wellbeing.sharing.personHint')}
      </div>
      {error ? (
        <p className="field-error" id="share-person-error">
          {error}
        </p>
      ) : null}
      <search className="search-box">
        <div className="field">
          <label htmlFor="share-granteePersonId">{t('wellbeing.sharing.search')}</label>
          <div className="field-hint" id="share-granteePersonId-hint">
            {t('wellbeing.sharing.searchHint', { count: GRANTEE_SEARCH_MIN })}
          </div>
          <input
            id="share-granteePersonId"
            type="search"
            autoComplete="off"
            value={searchText}
            aria-describedby="share-granteePersonId-hint"
            aria-controls="share-person-list"
            onChange={(event) => setSearchText(event.target.value)}
            onKeyDown={onSearchKey}
          />
        </div>
      </search>
      <p role="status" className="result-count">
        {status}
      </p>
      {found.isFetching && results.length === 0 ? <Loading /> : null}
      {found.error ? <Notice tone="error">{errorTitle(t, found.error)}</Notice> : null}
      <div id="share-person-list">
        {options.map((p) => {
          const inputId = `share-person-${p.id}`;
          const detail = p.id === managerOption?.id ? t('wellbeing.sharing.myManagerDetail') : about(p);
          return (
            <div key={p.id} className="choice">
              <input
                id={inputId}
                type="radio"
                name="share-person"
                value={p.id}
                checked={value?.id === p.id}
                aria-invalid={error ? true : undefined}
                aria-describedby={detail ? `${inputId}-description` : undefined}
                onChange={() => onChange(p)}
              />
              <div className="choice-text">
                <label htmlFor={inputId}>{p.name}</label>
                {detail ? (
                  <p className="choice-description" id={`${inputId}-description`}>
                    {detail}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
