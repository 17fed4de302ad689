import { useTranslation } from 'react-i18next';
import { useAccessLog } from '../../api/me';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { auditTypeText } from '../admin/audit-type';
import { TableRegion } from '../../components/TableRegion';
import { MyHrRecords } from '../workforce/MyHrRecords';

/** "Who has seen or changed my records": every access by someone else, newest first; then my HR records, which admins may read. */
export function AccessLogPage() {
  const { t, i18n } = useTranslation();
  const log = useAccessLog();
  return (
    <Page title={t('accessLog.title')} lead={<p>{t('accessLog.lead')}</p>}>
      {log.isPending ? <Loading /> : null}
      {log.error ? <Notice tone="error">{errorTitle(t, log.error)}</Notice> : null}
      {log.data && log.data.accesses.length === 0 ? <Notice>{t('accessLog.empty')}</Notice> : null}
      {log.data && log.data.accesses.length > 0 ? (
        <TableRegion captionId="access-log-caption">
          <table>
            <caption id="access-log-caption">{t('accessLog.caption', { count: log.data.accesses.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accessLog.when')}</th>
                <th scope="col">{t('accessLog.who')}</th>
                <th scope="col">{t('accessLog.what')}</th>
                <th scope="col">{t('accessLog.record')}</th>
              </tr>
            </thead>
            <tbody>
              {log.data.accesses.map((a, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: events have no id, and rows hold no state, so a shifted key costs nothing
                <tr key={`${a.at}-${index}`}>
                  <td>{formatDateTime(a.at, i18n.language)}</td>
                  <td>{a.via ? t(`identity.via.${a.via}`, { defaultValue: a.by }) : a.by}</td>
                  <td>{auditTypeText(t, a.type)}</td>
                  <td>
                    {a.record ? t(`records.${a.record}`, { defaultValue: a.record }) : ''}
                    {a.consent ? <span className="hint">{t('accessLog.consent', { consent: a.consent })}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      <MyHrRecords />
    </Page>
  );
}
