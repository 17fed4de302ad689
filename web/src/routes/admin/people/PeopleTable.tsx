import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../api/people';
import type { PersonAction } from './PeoplePage';
import { TableRegion } from '../../../components/TableRegion';

/** An email that may wrap after the @ on a narrow screen, and nowhere else. */
function EmailText({ email }: { email: string }) {
  const at = email.indexOf('@');
  if (at < 0) return <>{email}</>;
  return (
    <>
      {email.slice(0, at)}
      <wbr />
      {email.slice(at)}
    </>
  );
}

/** The people list; each row's buttons name the person, so they make sense read out of context. */
export function PeopleTable({ people, meId, onAction }: { people: Person[]; meId?: string; onAction: (action: PersonAction) => void }) {
  const { t } = useTranslation();
  return (
    <TableRegion captionId="people-caption">
      <table>
        <caption id="people-caption">{t('people.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('person.name')}</th>
            <th scope="col">{t('person.email')}</th>
            <th scope="col">{t('person.unit')}</th>
            <th scope="col">{t('person.kind')}</th>
            <th scope="col">{t('people.account')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {p.name}
                {p.jobTitle ? <span className="cell-note">{p.jobTitle}</span> : null}
              </th>
              <td>
                <EmailText email={p.email} />
                {p.pendingEmail ? <span className="cell-note">{t('identity.pendingEmail', { email: p.pendingEmail })}</span> : null}
              </td>
              <td>{p.unitName}</td>
              <td>{t(`kinds.${p.kind}`)}</td>
              <td>
                <span className={`status status-${p.account?.status ?? 'none'}`}>{t(`accountStatus.${p.account?.status ?? 'none'}`)}</span>
                {p.account ? <span className="cell-note">{p.account.roles.map((r) => t(`roles.${r}`)).join(', ')}</span> : null}
              </td>
              <td className="cell-actions">
                <div className="row-actions">
                  <Button
                    id={`edit-${p.id}`}
                    className="button button-small"
                    aria-label={t('people.editNamed', { name: p.name })} onPress={() => onAction({ kind: 'edit', person: p })}>
                    {t('common.edit')}
                  </Button>
                  {p.account ? (
                    <>
                      <Button
                        className="button button-small"
                        aria-label={t('people.rolesNamed', { name: p.name })}
                        onPress={() => onAction({ kind: 'roles', person: p })}
                      >
                        {t('people.roles')}
                      </Button>
                      {p.id !== meId ? (
                        <Button
                          className="button button-small"
                          aria-label={t(p.account.disabled ? 'people.enableNamed' : 'people.disableNamed', { name: p.name })}
                          onPress={() => onAction({ kind: 'toggle', person: p })}
                        >
                          {p.account.disabled ? t('people.enable') : t('people.disable')}
                        </Button>
                      ) : null}
                    </>
                  ) : (
                    <Button
                      className="button button-small"
                      aria-label={t('people.inviteNamed', { name: p.name })}
                      onPress={() => onAction({ kind: 'invite', person: p })}
                    >
                      {t('people.invite')}
                    </Button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
