import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type HrEvent, useDeleteHrEvent, useOrgHrEvents } from '../../api/workforce';
import { announce } from '../../components/announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusIfLost } from '../../components/focus-if-lost';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { ShowMore } from '../../components/ShowMore';
import { HrEventsTable, hrEventDays } from './HrEventsTable';
import { RecordHrEventForm } from './RecordHrEventForm';

/**
 * HR events for org admins: record a start, leave or absence of one person, and the
 * organisation's latest events (newest day first, a page at a time) with a way to remove one.
 * Each list the page shows is a logged read of the people in it.
 */
export function WorkforcePage() {
  const { t, i18n } = useTranslation();
  const events = useOrgHrEvents();
  const remove = useDeleteHrEvent();
  const [removing, setRemoving] = useState<HrEvent | null>(null);
  const rows = events.data?.pages.flatMap((p) => p.events) ?? [];

  return (
    <Page title={t('workforce.page.title')} lead={<p>{t('workforce.page.lead')}</p>}>
      <p>
        <Link to="/admin/workforce/import">{t('workforce.page.importLink')}</Link>
      </p>
      <section className="panel" aria-labelledby="hr-record-heading">
        <h2 id="hr-record-heading">{t('workforce.page.recordTitle')}</h2>
        <RecordHrEventForm />
      </section>

      <section className="panel" aria-labelledby="hr-events-heading">
        <h2 id="hr-events-heading" tabIndex={-1}>
          {t('workforce.page.eventsTitle')}
        </h2>
        <p>{t('workforce.page.eventsLead')}</p>
        {events.isPending ? <Loading /> : null}
        {events.error ? <Notice tone="error">{errorTitle(t, events.error)}</Notice> : null}
        {events.data && rows.length === 0 ? <p>{t('workforce.page.noEvents')}</p> : null}
        {rows.length > 0 ? (
          <>
            <HrEventsTable id="hr-events" caption={t('workforce.page.eventsCaption')} events={rows} showPerson onRemove={setRemoving} />
            <ShowMore hasMore={events.hasNextPage} loading={events.isFetchingNextPage} onMore={() => void events.fetchNextPage()} shown={rows.length} />
          </>
        ) : null}
      </section>

      <ConfirmDialog
        isOpen={removing !== null}
        onClose={() => {
          // the removed row's button is gone: keep the keyboard in the same part of the page
          focusIfLost('hr-events-heading');
          setRemoving(null);
        }}
        title={t('workforce.remove.title')}
        confirmLabel={t('workforce.remove.confirm')}
        onConfirm={async () => {
          if (!removing) return;
          await remove.mutateAsync(removing);
          announce(t('workforce.remove.done'));
        }}
      >
        {removing ? (
          <>
            <p>{t('workforce.remove.consequence')}</p>
            <p>
              {t('workforce.remove.which', {
                what: t(`workforce.kinds.${removing.kind}`),
                name: removing.personName ?? '',
                date: hrEventDays(removing, i18n.language),
              })}
            </p>
            {removing.kind !== 'absence' ? <p>{t('workforce.remove.datesStay')}</p> : null}
          </>
        ) : null}
      </ConfirmDialog>
    </Page>
  );
}
