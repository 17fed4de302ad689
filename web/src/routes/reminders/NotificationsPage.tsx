import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Notification, useMarkAllRead, useMarkRead, useNotifications } from '../../api/reminders';
import { announce } from '../../components/announcer';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { notificationText } from './notification-text';

/** The person's notifications: unread first, each with the page it opens; marking read is theirs alone. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const list = useNotifications();
  const markAll = useMarkAllRead();
  const all = list.data?.notifications ?? [];
  const unread = all.filter((n) => !n.readAt);
  const read = all.filter((n) => n.readAt);

  return (
    <Page title={t('reminders.page.title')} lead={<p>{t('reminders.page.lead')}</p>}>
      <p>
        <Link to="/settings#reminders-settings">{t('reminders.page.settingsLink')}</Link>
      </p>
      {list.isPending ? <Loading /> : null}
      {list.error ? <Notice tone="error">{errorTitle(t, list.error)}</Notice> : null}
      {list.data && all.length === 0 ? <p>{t('reminders.page.none')}</p> : null}
      {unread.length > 0 ? (
        <section className="panel" aria-labelledby="notifications-unread">
          <h2 id="notifications-unread">{t('reminders.page.unreadHeading')}</h2>
          <NotificationList items={unread} />
          <div className="button-row">
            <Button className="button" isDisabled={markAll.isPending} onPress={() => markAll.mutate(undefined, { onSuccess: () => announce(t('reminders.page.allMarked')) })}>
              {t('reminders.page.markAllRead')}
            </Button>
          </div>
        </section>
      ) : null}
      {read.length > 0 ? (
        <section className="panel" aria-labelledby="notifications-read">
          <h2 id="notifications-read">{t('reminders.page.readHeading')}</h2>
          <NotificationList items={read} />
        </section>
      ) : null}
    </Page>
  );
}

function NotificationList({ items }: { items: Notification[] }) {
  const { t, i18n } = useTranslation();
  const markRead = useMarkRead();
  return (
    <ul className="notification-list">
      {items.map((n) => (
        <li key={n.id} className={n.readAt ? 'notification' : 'notification notification-unread'}>
          <p>
            {n.readAt ? null : <span className="notification-tag">{t('reminders.page.unreadTag')}</span>} {notificationText(t, n, i18n.language)}
          </p>
          <div className="button-row">
            <Link to={n.link} onClick={() => (n.readAt ? undefined : markRead.mutate(n.id))}>
              {t('reminders.page.open')}
            </Link>
            {n.readAt ? null : (
              <Button className="button button-quiet" isDisabled={markRead.isPending} onPress={() => markRead.mutate(n.id, { onSuccess: () => announce(t('reminders.page.marked')) })}>
                {t('reminders.page.markRead')}
              </Button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
