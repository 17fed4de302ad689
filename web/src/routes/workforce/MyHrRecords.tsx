import { useTranslation } from 'react-i18next';
import { useMyHrEvents } from '../../api/workforce';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';
import { HrEventsTable } from './HrEventsTable';

/**
 * What the organisation's HR holds about me: my starts, leaves and absences, as admins recorded
 * or imported them. Shown beside who has seen my records, since an admin's look at these is one
 * of the reads listed there.
 */
export function MyHrRecords() {
  const { t } = useTranslation();
  const mine = useMyHrEvents();
  return (
    <section className="panel" aria-labelledby="my-hr-heading">
      <h2 id="my-hr-heading">{t('workforce.mine.title')}</h2>
      <p>{t('workforce.mine.lead')}</p>
      {mine.isPending ? <Loading /> : null}
      {mine.error ? <Notice tone="error">{errorTitle(t, mine.error)}</Notice> : null}
      {mine.data && mine.data.events.length === 0 ? <p>{t('workforce.mine.none')}</p> : null}
      {mine.data && mine.data.events.length > 0 ? <HrEventsTable id="my-hr" caption={t('workforce.mine.caption', { count: mine.data.events.length })} events={mine.data.events} /> : null}
    </section>
  );
}
