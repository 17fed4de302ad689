import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PEOPLE_EXPORT_URL, type Person, usePeople, useUpdateAccount } from '../../../api/people';
import { useSession } from '../../../api/session';
import { announce } from '../../../components/announcer';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { focusIfLost } from '../../../components/focus-if-lost';
import { TextInput } from '../../../components/fields';
import { Loading } from '../../../components/Loading';
import { ModalDialog } from '../../../components/ModalDialog';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { errorTitle } from '../../../components/problem-text';
import { PeopleTable } from './PeopleTable';
import { PersonForm } from './PersonForm';
import { RolesForm } from './RolesForm';

const PAGE_SIZE = 50;

export type PersonAction = { kind: 'add' } | { kind: 'edit' | 'invite' | 'roles' | 'toggle'; person: Person };

/** Everyone in the organisation: find, add, change, invite, and manage accounts. */
export function PeoplePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [action, setAction] = useState<PersonAction | null>(null);
  const updateAccount = useUpdateAccount();

  // wait for a pause in typing before asking the server
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setSearch(searchText.trim());
      setOffset(0);
    }, 300);
    return () => window.clearTimeout(timer);
  }, [searchText]);

  const people = usePeople({ search, limit: PAGE_SIZE, offset });
  const total = people.data?.total ?? 0;
  const close = () => {
    if (action && 'person' in action) focusIfLost(`edit-${action.person.id}`);
    setAction(null);
  };

  const toggling = action?.kind === 'toggle' ? action.person : null;
  const willDisable = Boolean(toggling && !toggling.account?.disabled);

  return (
    <Page title={t('people.title')} lead={<p>{t('people.lead')}</p>}>
      <div className="toolbar">
        <Button className="button button-primary" onPress={() => setAction({ kind: 'add' })}>
          {t('people.add')}
        </Button>
        <a className="button button-secondary" href={PEOPLE_EXPORT_URL} download>
          {t('people.downloadCsv')}
        </a>
      </div>

      <search className="search-box">
        <TextInput id="people-search" label={t('people.search')} hint={t('people.searchHint')} type="search" value={searchText} onChange={setSearchText} />
      </search>

      <p role="status" className="result-count">
        {people.data ? t('people.found', { count: total }) : ''}
      </p>
      {people.isPending ? <Loading /> : null}
      {people.error ? <Notice tone="error">{errorTitle(t, people.error)}</Notice> : null}
      {people.data && people.data.people.length > 0 ? (
        <PeopleTable people={people.data.people} meId={me?.personId} onAction={setAction} />
      ) : null}

      {total > PAGE_SIZE ? (
        <nav className="pager" aria-label={t('people.pages')}>
          <Button className="button button-secondary" isDisabled={offset === 0} onPress={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            {t('common.previousPage')}
          </Button>
          <span>{t('common.showing', { from: offset + 1, to: Math.min(offset + PAGE_SIZE, total), total })}</span>
          <Button className="button button-secondary" isDisabled={offset + PAGE_SIZE >= total} onPress={() => setOffset(offset + PAGE_SIZE)}>
            {t('common.nextPage')}
          </Button>
        </nav>
      ) : null}

      <ModalDialog isOpen={action?.kind === 'add'} onClose={close} title={t('people.addTitle')}>
        <PersonForm onDone={close} />
      </ModalDialog>
      <ModalDialog isOpen={action?.kind === 'edit'} onClose={close} title={action?.kind === 'edit' ? t('people.editTitle', { name: action.person.name }) : ''}>
        {action?.kind === 'edit' ? <PersonForm person={action.person} onDone={close} /> : null}
      </ModalDialog>
      <ModalDialog isOpen={action?.kind === 'invite'} onClose={close} title={action?.kind === 'invite' ? t('people.inviteTitle', { name: action.person.name }) : ''}>
        {action?.kind === 'invite' ? <RolesForm person={action.person} mode="invite" onDone={close} /> : null}
      </ModalDialog>
      <ModalDialog isOpen={action?.kind === 'roles'} onClose={close} title={action?.kind === 'roles' ? t('people.rolesTitle', { name: action.person.name }) : ''}>
        {action?.kind === 'roles' ? <RolesForm person={action.person} mode="change" onDone={close} /> : null}
      </ModalDialog>
      <ConfirmDialog
        destructive={willDisable}
        isOpen={toggling !== null}
        onClose={close}
        title={toggling ? t(willDisable ? 'people.disableTitle' : 'people.enableTitle', { name: toggling.name }) : ''}
        confirmLabel={willDisable ? t('people.disableConfirm') : t('people.enableConfirm')}
        onConfirm={async () => {
          if (!toggling) return;
          await updateAccount.mutateAsync({ id: toggling.id, disabled: willDisable });
          announce(t(willDisable ? 'people.disabled' : 'people.enabled', { name: toggling.name }));
        }}
      >
        <p>{toggling ? t(willDisable ? 'people.disableExplain' : 'people.enableExplain', { name: toggling.name }) : ''}</p>
      </ConfirmDialog>
    </Page>
  );
}
