import { describe, expect, it } from 'vitest';
import { emailOf, longDay, subjectOf } from './email-texts.js';
import { PRIVATE_KINDS, REMINDER_KINDS, type ReminderKind } from './model.js';

const URL = 'https://tend.example.org';
const reminder = (kind: ReminderKind, params = {}) => ({ kind, params, dueOn: '2027-01-12', link: kind === 'check-in-due' ? '/me/wellbeing/check-in' : '/me/development' });

/** Words that would tell a reader of the mailbox what a private reminder is about. */
const TELLING = /well-?being|bienestar|check-?in|seguimiento|stress|estrés|mood|ánimo|health|salud|coping|afrontamiento|shar|compart|trauma|burn/i;

describe('reminder emails', () => {
  it('writes days in full in the person’s language', () => {
    expect(longDay('2027-01-12', 'en')).toBe('12 January 2027');
    expect(longDay('2027-01-12', 'es')).toBe('12 de enero de 2027');
  });

  it.each([...PRIVATE_KINDS])('a well-being reminder (%s) never says what it is about: subject, preview or body, in both languages', (kind) => {
    for (const locale of ['en', 'es']) {
      const mail = emailOf(reminder(kind, { name: 'Amara Osei' }), 'p@example.org', locale, URL);
      expect(mail.subject).not.toMatch(TELLING);
      expect(mail.text).not.toMatch(TELLING);
      expect(mail.text).not.toContain('Amara');
      expect(mail.text).toContain(`${URL}/notifications`);
      expect(mail.text).not.toContain('/me/wellbeing');
    }
  });

  it('every private kind has the same subject, so they cannot be told apart in an inbox', () => {
    const subjects = new Set([...PRIVATE_KINDS].map((kind) => subjectOf(reminder(kind), 'en')));
    expect([...subjects]).toEqual(['Something is waiting for you in Tend']);
  });

  it.each([
    ['plan-review-due', { role: 'self' }, 'Your development plan review is due on 12 January 2027'],
    ['plan-review-due', { role: 'manager', name: 'Sam Lee' }, 'A development plan review is due on 12 January 2027: Sam Lee'],
    ['training-expiring', { title: 'First aid' }, 'Your training "First aid" expires on 12 January 2027'],
    ['survey-open', { title: 'Staff survey 2027' }, 'A staff survey is open until 12 January 2027: Staff survey 2027'],
    ['survey-closing', { title: 'Staff survey 2027' }, 'The staff survey "Staff survey 2027" closes on 12 January 2027'],
    ['supervision-due', { role: 'self', name: 'Ana Ruiz' }, 'Your supervision is due by 12 January 2027'],
    ['supervision-due', { role: 'supervisor', name: 'Sam Lee' }, 'Supervision with Sam Lee is due by 12 January 2027'],
  ] as const)('the subject of %s says what and when', (kind, params, expected) => {
    expect(subjectOf(reminder(kind, params), 'en')).toBe(expected);
  });

  it('the other kinds link to their own page, in Spanish too', () => {
    const mail = emailOf(reminder('training-expiring', { title: 'Primeros auxilios' }), 'p@example.org', 'es', URL);
    expect(mail.subject).toBe('Tu formación «Primeros auxilios» caduca el 12 de enero de 2027');
    expect(mail.text).toContain(`${URL}/me/development`);
  });

  it('covers every kind', () => {
    for (const kind of REMINDER_KINDS) expect(subjectOf(reminder(kind), 'en').length).toBeGreaterThan(10);
  });
});
