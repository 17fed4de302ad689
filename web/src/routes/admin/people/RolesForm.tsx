import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ORG_ROLES, type OrgRole, type Person, useInvite, useUpdateAccount } from '../../../api/people';
import { announce } from '../../../components/announcer';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { fieldErrorsOf, useFormErrors } from '../../../components/form-errors';
import { errorTitle, problemText } from '../../../components/problem-text';

/** Choose roles: to invite a person (they get a link by email) or to change an account's roles. */
export function RolesForm({ person, mode, onDone }: { person: Person; mode: 'invite' | 'change'; onDone: () => void }) {
  const { t } = useTranslation();
  const invite = useInvite();
  const update = useUpdateAccount();
  const errors = useFormErrors();
  const current = (person.account?.roles ?? []).filter((r): r is OrgRole => (ORG_ROLES as readonly string[]).includes(r));
  const [roles, setRoles] = useState<string[]>(mode === 'invite' ? ['worker'] : current);
  const labels = { roles: t('roles.label') };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (roles.length === 0) return errors.fail(t('form.fixFields', { count: 1 }), { roles: t('roles.noneChosen') });
    errors.clear();
    try {
      if (mode === 'invite') {
        await invite.mutateAsync({ id: person.id, roles: roles as OrgRole[] });
        announce(t('people.invited', { name: person.name, email: person.email }));
      } else {
        await update.mutateAsync({ id: person.id, roles: roles as OrgRole[] });
        announce(t('people.rolesChanged', { name: person.name }));
      }
      onDone();
    } catch (error) {
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {mode === 'invite' ? <p>{t('people.inviteExplain', { name: person.name, email: person.email })}</p> : null}
      <ErrorSummary state={errors.state} idPrefix="roles" labels={labels} />
      <ChoiceGroup
        type="checkbox"
        id="roles-roles"
        legend={labels.roles}
        value={roles}
        onChange={setRoles}
        error={errors.field('roles')}
        options={ORG_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`), description: t(`roles.descriptions.${r}`) }))}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={invite.isPending || update.isPending}>
          {mode === 'invite' ? t('people.sendInvite') : t('common.saveChanges')}
        </Button>
        <Button className="button button-secondary" onPress={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
