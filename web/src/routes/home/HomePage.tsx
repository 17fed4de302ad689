import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { Page } from '../../components/Page';
import { FewPlaces } from './FewPlaces';
import { SetupSteps } from './SetupSteps';
import { TaskList } from './TaskList';
import './home.css';

/** Home: what is waiting for the person first, then an admin's setup steps, then a few places they use most. */
export function HomePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me) return null;
  return (
    <Page title={t('home.title', { name: me.name })} lead={<p>{t('home.lead')}</p>}>
      <TaskList />
      {me.roles.includes('org_admin') ? <SetupSteps personId={me.personId} /> : null}
      <FewPlaces personId={me.personId} roles={me.roles} />
    </Page>
  );
}
