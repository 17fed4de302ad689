import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSupervisees } from '../../api/supervision';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import { HeldCounts } from './HeldCounts';

/** A supervisor's people, with their next and due dates (overdue only here and to the worker). */
export function SuperviseesPage() {
  const { t, i18n } = useTranslation();
  const list = useSupervisees();
  const supervisees = list.data?.supervisees ?? [];
  return (
    <Page title={t('supervision.supervisees.title')} lead={<p>{t('supervision.supervisees.lead')}</p>}>
      {list.isPending ? <Loading /> : null}
      {list.error ? <Notice tone="error">{errorTitle(t, list.error)}</Notice> : null}
      {list.data && supervisees.length === 0 ? <p>{t('supervision.supervisees.none')}</p> : null}
      {supervisees.length > 0 ? (
        <TableRegion captionId="supervisees-caption">
          <table>
            <caption id="supervisees-caption">{t('supervision.supervisees.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('supervision.supervisees.name')}</th>
                <th scope="col">{t('supervision.supervisees.team')}</th>
                <th scope="col">{t('supervision.supervisees.next')}</th>
                <th scope="col">{t('supervision.supervisees.dueBy')}</th>
                <th scope="col">{t('supervision.supervisees.waiting')}</th>
              </tr>
            </thead>
            <tbody>
              {supervisees.map((s) => (
                <tr key={s.worker.id}>
                  <th scope="row">
                    <Link to={`/supervision/supervisees/${s.worker.id}`}>{s.worker.name}</Link>
                  </th>
                  <td>{s.worker.unitName ?? ''}</td>
                  <td>{s.dates.nextDate ? formatDate(s.dates.nextDate, i18n.language) : t('supervision.dates.nextNone')}</td>
                  <td>{s.dates.overdue ? t('supervision.supervisees.overdueSince', { date: formatDate(s.dates.dueBy, i18n.language) }) : formatDate(s.dates.dueBy, i18n.language)}</td>
                  <td>{t('supervision.supervisees.waitingCount', { confirm: s.waitingForWorker, change: s.changeAsked })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      <HeldCounts />
    </Page>
  );
}
