import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type HubPerson, useAddHubPerson, useHubPeople } from '../../api/hub';
import { useSession } from '../../api/session';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { errorTitle, problemText } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';

/** The hub's admins and analysts; an admin adds one, who is sent an invitation link by email. */
export function HubPeoplePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const people = useHubPeople();
  const list: HubPerson[] = people.data?.people ?? [];
  return (
    <Page title={t('hub.people.title')} lead={<p>{t('hub.people.lead')}</p>}>
      <section className="panel" aria-labelledby="hub-people-heading">
        <h2 id="hub-people-heading">{t('hub.people.listHeading')}</h2>
        {people.isPending ? <Loading /> : null}
        {list.length > 0 ? (
          <TableRegion captionId="hub-people-caption">
            <table>
              <caption id="hub-people-caption">{t('hub.people.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('hub.people.name')}</th>
                  <th scope="col">{t('hub.people.email')}</th>
                  <th scope="col">{t('hub.people.role')}</th>
                  <th scope="col">{t('hub.people.state')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((p) => (
                  <tr key={p.personId}>
                    <th scope="row">{p.name}</th>
                    <td>{p.email}</td>
                    <td>{p.roles.map((r) => t(`hub.roles.${r}`)).join(', ')}</td>
                    <td>{p.disabled ? t('hub.people.disabled') : p.invited ? t('hub.people.invited') : t('hub.people.active')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : null}
      </section>
      {me?.roles.includes('hub_admin') ? <AddPerson /> : null}
    </Page>
  );
}

function AddPerson() {
  const { t } = useTranslation();
  const add = useAddHubPerson();
  const errors = useFormErrors();
  const [draft, setDraft] = useState({ name: '', email: '', role: 'hub_analyst' as HubPerson['roles'][number] });
  const labels = { name: t('hub.people.name'), email: t('hub.people.email'), roles: t('hub.people.role') };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      await add.mutateAsync({ name: draft.name, email: draft.email, roles: [draft.role] });
      announce(t('hub.people.added', { name: draft.name }));
      setDraft({ name: '', email: '', role: 'hub_analyst' });
    } catch (error) {
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    }
  };
  return (
    <section className="panel" aria-labelledby="hub-people-add-heading">
      <h2 id="hub-people-add-heading">{t('hub.people.addHeading')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary state={errors.state} idPrefix="hub-person" labels={labels} />
        <TextInput id="hub-person-name" label={labels.name} value={draft.name} onChange={(v) => setDraft((d) => ({ ...d, name: v }))} error={errors.field('name')} required autoComplete="off" />
        <TextInput id="hub-person-email" type="email" label={labels.email} value={draft.email} onChange={(v) => setDraft((d) => ({ ...d, email: v }))} error={errors.field('email')} required autoComplete="off" />
        <SelectField id="hub-person-roles" label={labels.roles} value={draft.role} onChange={(v) => setDraft((d) => ({ ...d, role: v as HubPerson['roles'][number] }))} error={errors.field('roles')}>
          <option value="hub_analyst">{t('hub.roles.hub_analyst')}</option>
          <option value="hub_admin">{t('hub.roles.hub_admin')}</option>
        </SelectField>
        <Button type="submit" className="button button-primary" isDisabled={add.isPending}>
          {t('hub.people.add')}
        </Button>
      </form>
    </section>
  );
}
