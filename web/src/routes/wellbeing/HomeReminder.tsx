import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canOpen, WELLBEING_ROLES } from '../../app/nav';
import type { Role } from '../../api/session';
import { useReminders } from '../../api/wellbeing';

/**
 * On Home, when the person's own rhythm says a check-in is due: a gentle invitation, shown only
 * to them, in the app (nothing is sent anywhere). Silent when nothing is due or on any error.
 */
export function HomeReminder({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const mayHaveSpace = canOpen({ roles: WELLBEING_ROLES }, roles);
  const reminders = useReminders(mayHaveSpace);
  if (!mayHaveSpace || !reminders.data?.checkIn.due) return null;
  return (
    <section className="notice notice-info" aria-labelledby="home-reminder-title">
      <h2 id="home-reminder-title" className="notice-title">
        {t('wellbeing.reminder.dueTitle')}
      </h2>
      <p>{t('wellbeing.reminder.homeBody')}</p>
      <p>
        <Link to="/me/wellbeing/check-in">{t('wellbeing.reminder.start')}</Link>
      </p>
    </section>
  );
}
