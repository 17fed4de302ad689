import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useUnreadCount } from '../../api/reminders';
import { useSession } from '../../api/session';

/**
 * A link to the person's notifications with how many are unread, for the Shell. Core texts only
 * (nav.*): it shows on every page, before any page's own texts load.
 */
export function NotificationsCount() {
  const { t } = useTranslation();
  const { me } = useSession();
  const count = useUnreadCount(Boolean(me));
  if (!me) return null;
  const unread = count.data?.unread ?? 0;
  return (
    <NavLink to="/notifications" className="notifications-link" aria-label={unread > 0 ? t('nav.notificationsUnread', { count: unread }) : undefined}>
      {t('nav.notifications')}
      {unread > 0 ? (
        <span className="notifications-count" aria-hidden="true">
          {unread}
        </span>
      ) : null}
    </NavLink>
  );
}
