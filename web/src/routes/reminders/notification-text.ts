import type { TFunction } from 'i18next';
import type { Notification } from '../../api/reminders';
import { dateLocale } from '../../components/format';

/** A day written in full ("12 January 2027", "12 de enero de 2027"): a short date such as "Jan 12" can read as something else. */
function longDay(isoDate: string, lng: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(dateLocale(lng), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A notification's sentence in the page's language, from its kind and what it names. */
export function notificationText(t: TFunction, n: Pick<Notification, 'kind' | 'params' | 'dueOn'>, lng: string): string {
  const values = { day: longDay(n.dueOn, lng), name: n.params.name ?? '', title: n.params.title ?? '' };
  if (n.kind === 'plan-review-due') return t(n.params.role === 'manager' ? 'reminders.kinds.plan-review-due.text_manager' : 'reminders.kinds.plan-review-due.text_self', values);
  if (n.kind === 'supervision-due') return t(n.params.role === 'supervisor' ? 'reminders.kinds.supervision-due.text_supervisor' : 'reminders.kinds.supervision-due.text_self', values);
  return t(`reminders.kinds.${n.kind}.text`, values);
}
