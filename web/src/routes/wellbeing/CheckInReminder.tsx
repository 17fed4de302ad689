import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Reminder } from '../../api/wellbeing';
import { formatDate } from '../../components/format';

/**
 * When the next check-in is, in words: due now (with the way in), on a later day, or no rhythm
 * set. An invitation, never a warning: nothing happens if the person lets it pass.
 */
export function CheckInReminder({ reminder, instrumentTitle }: { reminder: Reminder; instrumentTitle: string | null }) {
  const { t, i18n } = useTranslation();
  if (reminder.rhythm === 'off' || !reminder.dueOn) return <p>{t('wellbeing.reminder.off')}</p>;
  if (reminder.due) {
    return (
      <div className="notice notice-info">
        <p className="notice-title">{t('wellbeing.reminder.dueTitle')}</p>
        <p>{instrumentTitle ? t('wellbeing.reminder.dueWith', { title: instrumentTitle }) : t('wellbeing.reminder.due')}</p>
        <p>
          <Link to="/me/wellbeing/check-in">{t('wellbeing.reminder.start')}</Link>
        </p>
      </div>
    );
  }
  return <p>{t('wellbeing.reminder.next', { date: formatDate(reminder.dueOn, i18n.language) })}</p>;
}
