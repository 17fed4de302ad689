import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useHardEvent } from '../../api/hard-events';
import { formatDate, formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';

/**
 * One event as its recorder or a line manager sees it: who was offered each check-in and whether
 * it is still open; who asked to be referred. Nothing else about anyone's check-ins exists here.
 */
export function HardEventPage() {
  const { t, i18n } = useTranslation();
  const { eventId = '' } = useParams();
  const event = useHardEvent(eventId);
  const data = event.data;
  const title = data
    ? t('hardEvents.event.title', { category: t(`hardEvents.categories.${data.category}`), date: formatDate(data.occurredOn, i18n.language) })
    : t('hardEvents.manage.title');
  return (
    <Page title={title}>
      {event.isPending ? <Loading /> : null}
      {event.error ? <Notice tone="error">{errorTitle(t, event.error)}</Notice> : null}
      {data ? (
        <>
          <p>{data.unit ? t('hardEvents.manage.forTeam', { team: data.unit.name }) : t('hardEvents.manage.forPeople')}</p>
          <p>{t('hardEvents.event.privacy')}</p>
          <section className="panel" aria-labelledby="he-offered-caption">
            {data.offered.length === 0 ? (
              <>
                <h2 id="he-offered-caption">{t('hardEvents.event.offeredHeading')}</h2>
                <p>{t('hardEvents.event.noneVisible')}</p>
              </>
            ) : (
              <TableRegion captionId="he-offered-caption">
                <table>
                  <caption id="he-offered-caption">{t('hardEvents.event.offeredHeading')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('hardEvents.event.person')}</th>
                      <th scope="col">{t('hardEvents.stages.early')}</th>
                      <th scope="col">{t('hardEvents.stages.later')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.offered.map((p) => (
                      <tr key={p.personId}>
                        <th scope="row">{p.name}</th>
                        {(['early', 'later'] as const).map((stage) => {
                          const offer = p.offers.find((o) => o.stage === stage);
                          return <td key={stage}>{offer ? (offer.open ? t('hardEvents.event.open') : t('hardEvents.event.closed')) : '—'}</td>;
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
            )}
          </section>
          <section className="panel" aria-labelledby="he-event-referrals">
            <h2 id="he-event-referrals">{t('hardEvents.manage.referralsHeading')}</h2>
            {data.referralRequests.length === 0 ? (
              <p>{t('hardEvents.manage.noReferrals')}</p>
            ) : (
              <ul>
                {data.referralRequests.map((r) => (
                  <li key={r.personId}>{t('hardEvents.manage.referralAsked', { name: r.name, when: formatDateTime(r.requestedAt, i18n.language) })}</li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
      <p>
        <Link to="/hard-events">{t('hardEvents.event.back')}</Link>
      </p>
    </Page>
  );
}
