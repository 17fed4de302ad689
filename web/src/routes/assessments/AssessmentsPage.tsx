import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCycles } from '../../api/assessments';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { ShowMore } from '../../components/ShowMore';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import { useCycleDates, useScopeName } from './common';
import { OpenCycleForm } from './OpenCycleForm';

/** For org admins: every cycle, and the form that opens a new one. */
export function AssessmentsPage() {
  const { t } = useTranslation();
  const cycles = useCycles();
  const list = cycles.data?.pages.flatMap((p) => p.cycles) ?? [];
  const scope = useScopeName();
  const dates = useCycleDates();
  const [opened, setOpened] = useState<{ id: string; title: string } | null>(null);

  return (
    <Page title={t('assessments.list.title')} lead={<p>{t('assessments.list.lead')}</p>}>
      <p>
        <Link to="/admin/assessments/actions">{t('assessments.actions.allLink')}</Link>
      </p>
      <section className="panel" aria-labelledby="cycles-heading">
        <h2 id="cycles-heading">{t('assessments.list.cyclesHeading')}</h2>
        {opened ? (
          <Notice tone="success">
            <p>
              {t('assessments.list.opened', { title: opened.title })} <Link to={`/assessments/${opened.id}`}>{t('assessments.list.open', { title: opened.title })}</Link>
            </p>
          </Notice>
        ) : null}
        {cycles.isPending ? <Loading /> : null}
        {cycles.error ? <Notice tone="error">{errorTitle(t, cycles.error)}</Notice> : null}
        {cycles.data && list.length === 0 ? <p>{t('assessments.list.none')}</p> : null}
        {list.length > 0 ? (
          <TableRegion captionId="cycles-caption">
            <table>
              <caption id="cycles-caption">{t('assessments.list.caption', { count: list.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('assessments.list.cycle')}</th>
                  <th scope="col">{t('assessments.list.scope')}</th>
                  <th scope="col">{t('assessments.list.mode')}</th>
                  <th scope="col">{t('assessments.list.dates')}</th>
                  <th scope="col">{t('assessments.list.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`/assessments/${c.id}`}>{c.title}</Link>
                    </th>
                    <td>{scope(c)}</td>
                    <td>{t(`assessments.modes.${c.mode}`)}</td>
                    <td>{dates(c)}</td>
                    <td>{t(`assessments.status.${c.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : null}
        {list.length > 0 ? <ShowMore hasMore={cycles.hasNextPage} loading={cycles.isFetchingNextPage} onMore={() => void cycles.fetchNextPage()} shown={list.length} /> : null}
      </section>
      <section className="panel" aria-labelledby="open-cycle-heading">
        <h2 id="open-cycle-heading">{t('assessments.form.heading')}</h2>
        <OpenCycleForm onOpened={setOpened} />
      </section>
    </Page>
  );
}
