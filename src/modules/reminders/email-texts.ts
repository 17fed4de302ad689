import type { Mail } from '../../platform/mail/mailer.js';
import { type DueReminder, isPrivateKind, type ReminderKind, type TNotificationParams } from './model.js';

/**
 * The email of a reminder, in the person's language. Pure. A private kind (well-being) says only
 * that something is waiting, with a link to the person's notifications: its subject and its first
 * line (what a mail program previews) are the same for every private kind, so a glance at an
 * inbox tells nobody what it is about.
 */

type Locale = 'en' | 'es';
const localeOf = (locale: string): Locale => (locale.startsWith('es') ? 'es' : 'en');

/** A day written in full in the person's language ("12 January 2027", "12 de enero de 2027"). */
export function longDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(localeOf(locale) === 'es' ? 'es-ES' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

const WAITING = {
  en: { subject: 'Something is waiting for you in Tend', line: 'Something is waiting for you in Tend.', open: 'Open it here', settings: 'You choose which reminders you get, and how, in your settings' },
  es: { subject: 'Tienes algo pendiente en Tend', line: 'Tienes algo pendiente en Tend.', open: 'Ábrelo aquí', settings: 'Tú eliges qué recordatorios recibes, y cómo, en tu configuración' },
} as const;

type Texts = (p: TNotificationParams, day: string) => string;

/** Subject lines of the kinds that are not private; the body repeats it and adds the link. */
const SUBJECTS: Record<Locale, Record<Exclude<ReminderKind, 'check-in-due' | 'grant-expiring'>, Texts>> = {
  en: {
    'plan-review-due': (p, day) => (p.role === 'manager' ? `A development plan review is due on ${day}${p.name ? `: ${p.name}` : ''}` : `Your development plan review is due on ${day}`),
    'training-expiring': (p, day) => `Your training "${p.title ?? ''}" expires on ${day}`,
    'survey-open': (p, day) => `A staff survey is open until ${day}: ${p.title ?? ''}`,
    'survey-closing': (p, day) => `The staff survey "${p.title ?? ''}" closes on ${day}`,
    'supervision-due': (p, day) => (p.role === 'supervisor' ? `Supervision with ${p.name ?? ''} is due by ${day}` : `Your supervision is due by ${day}`),
    'collaborative-timepoint-due': (p, day) => `Your organisation's staff survey for "${p.title ?? ''}" in the collaborative ${p.name ?? ''} is due on ${day}`,
  },
  es: {
    'plan-review-due': (p, day) => (p.role === 'manager' ? `La revisión de un plan de desarrollo vence el ${day}${p.name ? `: ${p.name}` : ''}` : `La revisión de tu plan de desarrollo vence el ${day}`),
    'training-expiring': (p, day) => `Tu formación «${p.title ?? ''}» caduca el ${day}`,
    'survey-open': (p, day) => `Hay una encuesta al personal abierta hasta el ${day}: ${p.title ?? ''}`,
    'survey-closing': (p, day) => `La encuesta al personal «${p.title ?? ''}» se cierra el ${day}`,
    'supervision-due': (p, day) => (p.role === 'supervisor' ? `La supervisión con ${p.name ?? ''} vence el ${day}` : `Tu supervisión vence el ${day}`),
    'collaborative-timepoint-due': (p, day) => `La encuesta al personal de tu organización para «${p.title ?? ''}» en el colaborativo ${p.name ?? ''} vence el ${day}`,
  },
};

/** The subject line of a reminder's email. */
export function subjectOf(reminder: Pick<DueReminder, 'kind' | 'params' | 'dueOn'>, locale: string): string {
  const lang = localeOf(locale);
  if (reminder.kind === 'check-in-due' || reminder.kind === 'grant-expiring') return WAITING[lang].subject;
  return SUBJECTS[lang][reminder.kind](reminder.params, longDay(reminder.dueOn, lang));
}

/** The whole email of a reminder to `to`, its links on `publicUrl`. */
export function emailOf(reminder: Pick<DueReminder, 'kind' | 'params' | 'dueOn' | 'link'>, to: string, locale: string, publicUrl: string): Mail {
  const lang = localeOf(locale);
  const w = WAITING[lang];
  const settings = `${w.settings}: ${publicUrl}/settings`;
  if (isPrivateKind(reminder.kind)) {
    // only the notifications list: even the link's address must not say what is waiting
    return { to, subject: w.subject, text: `${w.line}\n\n${w.open}: ${publicUrl}/notifications\n\n${settings}` };
  }
  const subject = subjectOf(reminder, lang);
  return { to, subject, text: `${subject}.\n\n${w.open}: ${publicUrl}${reminder.link}\n\n${settings}` };
}
