import type { TFunction } from 'i18next';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { HrEvent } from '../../api/workforce';
import { formatDate } from '../../components/format';
import { TableRegion } from '../../components/TableRegion';

/** An event in a few words: "Left: resigned (was a volunteer)", "Absent: stress-related, 2 working days lost". */
export function hrEventDetail(t: TFunction, e: HrEvent): string {
  if (e.kind === 'absence') {
    return t('workforce.table.absenceDetail', { reason: t(`workforce.absenceReasons.${e.absenceReason}`), count: e.workingDaysLost ?? 0 });
  }
  const kind = e.workerKind ? t(`kinds.${e.workerKind}`) : '';
  return e.kind === 'leave' ? t('workforce.table.leaveDetail', { reason: t(`workforce.leaveReasons.${e.leaveReason}`), kind }) : t('workforce.table.startDetail', { kind });
}

/** When: one day, or an absence's first to last day. */
export function hrEventDays(e: HrEvent, lng: string): string {
  return e.lastDay && e.lastDay !== e.day ? `${formatDate(e.day, lng)} – ${formatDate(e.lastDay, lng)}` : formatDate(e.day, lng);
}

/**
 * HR events newest first: what happened, when, the details and the team then, and where the
 * record came from. With `showPerson`, a column names whose it is (the organisation's list);
 * with `onRemove`, each row has a button to remove it (the caller confirms first).
 */
export function HrEventsTable({ id, caption, events, showPerson, onRemove }: { id: string; caption: string; events: HrEvent[]; showPerson?: boolean; onRemove?: (event: HrEvent) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <TableRegion captionId={`${id}-caption`}>
      <table>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {showPerson ? <th scope="col">{t('workforce.table.person')}</th> : null}
            <th scope="col">{t('workforce.table.what')}</th>
            <th scope="col">{t('workforce.table.when')}</th>
            <th scope="col">{t('workforce.table.details')}</th>
            <th scope="col">{t('workforce.table.unit')}</th>
            <th scope="col">{t('workforce.table.source')}</th>
            {onRemove ? <th scope="col">{t('common.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              {showPerson ? <th scope="row">{e.personName ?? t('workforce.table.unknownPerson')}</th> : null}
              {showPerson ? <td>{t(`workforce.kinds.${e.kind}`)}</td> : <th scope="row">{t(`workforce.kinds.${e.kind}`)}</th>}
              <td>{hrEventDays(e, i18n.language)}</td>
              <td>{hrEventDetail(t, e)}</td>
              <td>{e.unitName ?? t('workforce.table.noUnit')}</td>
              <td>{t(`workforce.sources.${e.source}`)}</td>
              {onRemove ? (
                <td>
                  <Button
                    id={`remove-hr-event-${e.id}`}
                    className="button button-secondary"
                    onPress={() => onRemove(e)}
                    aria-label={t('workforce.table.removeNamed', { what: t(`workforce.kinds.${e.kind}`), name: e.personName ?? '', date: hrEventDays(e, i18n.language) })}
                  >
                    {t('workforce.table.remove')}
                  </Button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
