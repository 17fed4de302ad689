import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCollaboratives } from '../../api/collaboratives';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { useSession } from '../../api/session';
import { StartCollaborativeForm } from './StartCollaborativeForm';

/** The hub's collaboratives, each a link to its timepoints, completion and benchmarks. */
export function HubCollaborativesPage() {
  const { t } = useTranslation();
  const list = useCollaboratives();
  const items = list.data?.collaboratives ?? [];
  const { me } = useSession();
  return (
    <Page title={t('collaboratives.list.title')} lead={<p>{t('collaboratives.list.lead')}</p>}>
      <section className="panel" aria-labelledby="collaboratives-heading">
        <h2 id="collaboratives-heading">{t('collaboratives.list.heading')}</h2>
        {list.isPending ? <Loading /> : null}
        {list.error ? <Notice tone="error">{errorTitle(t, list.error)}</Notice> : null}
        {list.data && items.length === 0 ? <p>{t('collaboratives.list.none')}</p> : null}
        <ul>
          {items.map((c) => (
            <li key={c.id}>
              <Link to={`/region/collaboratives/${c.id}`}>{c.name}</Link>
              {c.purpose ? <span>: {c.purpose}</span> : null}
            </li>
          ))}
        </ul>
      </section>
      {me?.roles.includes('hub_admin') ? <StartCollaborativeForm /> : null}
    </Page>
  );
}
