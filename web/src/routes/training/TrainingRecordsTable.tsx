import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TrainingRecord } from '../../api/training';
import { formatDate } from '../../components/format';
import { TableRegion } from '../../components/TableRegion';

/**
 * A person's training records with what each covers and whether it is still in date; with
 * `onRemove`, each row has a button to remove it (the caller confirms first).
 */
export function TrainingRecordsTable({ records, caption, id, onRemove }: { records: TrainingRecord[]; caption: string; id: string; onRemove?: (record: TrainingRecord) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <TableRegion captionId={`${id}-caption`}>
      <table>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('training.record.title')}</th>
            <th scope="col">{t('training.record.completedOn')}</th>
            <th scope="col">{t('training.record.hours')}</th>
            <th scope="col">{t('training.record.levels')}</th>
            <th scope="col">{t('training.record.expiresOn')}</th>
            <th scope="col">{t('training.record.validity')}</th>
            {onRemove ? <th scope="col">{t('training.record.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.title}</th>
              <td>{formatDate(r.completedOn, i18n.language)}</td>
              <td>{t('training.hoursValue', { count: r.hours })}</td>
              <td>{r.levels.length > 0 ? r.levels.map((l) => t(`training.levels.${l}`)).join(', ') : t('training.record.hoursOnly')}</td>
              <td>{r.expiresOn ? formatDate(r.expiresOn, i18n.language) : t('training.record.noExpiry')}</td>
              <td>{t(`training.validity.${r.validity}`)}</td>
              {onRemove ? (
                <td>
                  <Button
                    id={`remove-record-${r.id}`}
                    className="button button-secondary"
                    onPress={() => onRemove(r)}
                    aria-label={t('training.record.removeNamed', { title: r.title, date: formatDate(r.completedOn, i18n.language) })}
                  >
                    {t('training.record.remove')}
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
