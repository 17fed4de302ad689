import { useTranslation } from 'react-i18next';
import { useMySupervision } from '../../api/supervision';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { DatesPanel, RhythmPanel, SessionsTable, WhoSees } from './parts';

/** The worker's own supervision: who supervises them, how often, when next, and sessions to confirm. */
export function MySupervisionPage() {
  const { t } = useTranslation();
  const mine = useMySupervision();
  const pair = mine.data;
  return (
    <Page title={t('supervision.me.title')} lead={<p>{t('supervision.me.lead')}</p>}>
      <WhoSees>{t('supervision.me.whoSees')}</WhoSees>
      {mine.isPending ? <Loading /> : null}
      {mine.error ? <Notice tone="error">{errorTitle(t, mine.error)}</Notice> : null}
      {pair ? (
        <>
          <section className="panel" aria-labelledby="supervisor-heading">
            <h2 id="supervisor-heading">{t('supervision.me.supervisor')}</h2>
            {pair.supervisor ? (
              <p>{t('supervision.me.supervisorIs', { name: pair.supervisor.name, source: t(`supervision.source.${pair.supervisor.source}`) })}</p>
            ) : (
              <p>{t('supervision.me.noSupervisor')}</p>
            )}
            {pair.toConfirm > 0 ? <Notice>{t('supervision.me.toConfirm', { count: pair.toConfirm })}</Notice> : null}
          </section>
          <DatesPanel pair={pair} />
          <RhythmPanel pair={pair} />
          <SessionsTable pair={pair} />
        </>
      ) : null}
    </Page>
  );
}
