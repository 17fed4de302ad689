import { useTranslation } from 'react-i18next';
import { useAuditTrail } from '../../api/org';
import { usePeople } from '../../api/people';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { auditTypeText } from './audit-type';
import { TableRegion } from '../../components/TableRegion';

/** The organisation's audit trail: who did what, and when — never the content. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const audit = useAuditTrail();
  const people = usePeople({ limit: 500 });
  const nameOf = new Map((people.data?.people ?? []).map((p) => [p.id, p.name]));
  const events = audit.data?.events ?? [];
  return (
    <Page title={t('audit.title')} lead={<p>{t('audit.lead')}</p>}>
      {audit.isPending ? <Loading /> : null}
      {audit.error ? <Notice tone="error">{errorTitle(t, audit.error)}</Notice> : null}
      {audit.data && events.length === 0 ? <Notice>{t('audit.empty')}</Notice> : null}
      {events.length > 0 ? (
        <TableRegion captionId="audit-caption">
          <table>
            <caption id="audit-caption">{t('audit.caption', { count: events.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.about')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: events have no id, and rows hold no state, so a shifted key costs nothing
                <tr key={`${e.at}-${index}`}>
                  <td>{formatDateTime(e.at, i18n.language)}</td>
                  <td>{auditTypeText(t, e.type)}</td>
                  <td>{e.by}</td>
                  <td>{e.subjectPersonId ? (nameOf.get(e.subjectPersonId) ?? t('audit.unknownPerson')) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
    </Page>
  );
}
