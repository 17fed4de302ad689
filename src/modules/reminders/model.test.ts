import { describe, expect, it } from 'vitest';
import {
  checkInReminderDue,
  collaborativeSubject,
  collaborativeTimepointDue,
  grantExpiryDue,
  planReviewDue,
  preferencesWithDefaults,
  REMINDER_KINDS,
  supervisionDue,
  surveyClosingDue,
  surveyOpenDue,
  trainingExpiryDue,
  ZPreferencesInput,
} from './model.js';

describe('the check-in reminder follows the person’s own rhythm', () => {
  it.each([
    ['off: never', 'off', '2026-11-02', '2026-10-01', '2026-12-01', null],
    ['weekly, checked in 3 days ago: not yet', 'weekly', '2026-11-02', '2026-10-01', '2026-11-05', null],
    ['weekly, a week after the last check-in: due that day', 'weekly', '2026-11-02', '2026-10-01', '2026-11-09', '2026-11-09'],
    ['weekly, still none 8 days later: the same due day (no daily nagging)', 'weekly', '2026-11-02', '2026-10-01', '2026-11-15', '2026-11-09'],
    ['weekly, none for two weeks: the next interval is a new reminder', 'weekly', '2026-11-02', '2026-10-01', '2026-11-17', '2026-11-16'],
    ['fortnightly', 'fortnightly', '2026-11-02', '2026-10-01', '2026-11-16', '2026-11-16'],
    ['monthly', 'monthly', '2026-01-31', '2026-01-01', '2026-02-28', '2026-02-28'],
    ['never checked in: due the day the rhythm was chosen', 'weekly', null, '2026-11-10', '2026-11-10', '2026-11-10'],
    ['never checked in, weeks later: once per interval since', 'weekly', null, '2026-11-10', '2026-11-25', '2026-11-24'],
  ] as const)('%s', (_name, rhythm, lastOn, setOn, today, expected) => {
    expect(checkInReminderDue(rhythm, lastOn, setOn, today)).toBe(expected);
  });
});

describe('what is due when', () => {
  it('a plan review: from 14 days ahead, and still after the day', () => {
    expect(planReviewDue('2027-01-20', '2027-01-05')).toBeNull();
    expect(planReviewDue('2027-01-20', '2027-01-06')).toBe('2027-01-20');
    expect(planReviewDue('2027-01-20', '2027-02-20')).toBe('2027-01-20');
  });

  it('training: from 30 days before it expires until its last day, not once expired', () => {
    expect(trainingExpiryDue('2027-03-31', '2027-02-28')).toBeNull();
    expect(trainingExpiryDue('2027-03-31', '2027-03-01')).toBe('2027-03-31');
    expect(trainingExpiryDue('2027-03-31', '2027-03-31')).toBe('2027-03-31');
    expect(trainingExpiryDue('2027-03-31', '2027-04-01')).toBeNull();
  });

  it('a survey: open from its first to its last day; closing in its last 3 days', () => {
    expect(surveyOpenDue('2027-01-10', '2027-01-31', '2027-01-09')).toBeNull();
    expect(surveyOpenDue('2027-01-10', '2027-01-31', '2027-01-10')).toBe('2027-01-10');
    expect(surveyOpenDue('2027-01-10', '2027-01-31', '2027-02-01')).toBeNull();
    expect(surveyClosingDue('2027-01-31', '2027-01-27')).toBeNull();
    expect(surveyClosingDue('2027-01-31', '2027-01-28')).toBe('2027-01-31');
    expect(surveyClosingDue('2027-01-31', '2027-02-01')).toBeNull();
  });

  it('supervision: a week ahead, then once overdue; nothing while a session is planned', () => {
    expect(supervisionDue('2027-01-20', false, '2027-01-12')).toBeNull();
    expect(supervisionDue('2027-01-20', false, '2027-01-13')).toEqual({ dueOn: '2027-01-20', overdue: false });
    expect(supervisionDue('2027-01-20', false, '2027-01-21')).toEqual({ dueOn: '2027-01-20', overdue: true });
    expect(supervisionDue('2027-01-20', true, '2027-01-21')).toBeNull();
  });

  it('something shared: from 7 days before it ends', () => {
    expect(grantExpiryDue('2027-01-20', '2027-01-12')).toBeNull();
    expect(grantExpiryDue('2027-01-20', '2027-01-13')).toBe('2027-01-20');
    expect(grantExpiryDue('2027-01-20', '2027-01-21')).toBeNull();
  });
});

describe('preferences', () => {
  it('every kind is on both ways until the person chooses', () => {
    const all = preferencesWithDefaults([{ kind: 'survey-open', inApp: false, email: false }]);
    expect(all.map((p) => p.kind)).toEqual([...REMINDER_KINDS]);
    expect(all.find((p) => p.kind === 'survey-open')).toEqual({ kind: 'survey-open', inApp: false, email: false });
    expect(all.filter((p) => p.kind !== 'survey-open').every((p) => p.inApp && p.email)).toBe(true);
  });

  it('refuses an unknown kind, a kind named twice and extra fields', () => {
    expect(ZPreferencesInput.safeParse({ preferences: [{ kind: 'weather', inApp: true, email: true }] }).success).toBe(false);
    expect(
      ZPreferencesInput.safeParse({
        preferences: [
          { kind: 'survey-open', inApp: true, email: true },
          { kind: 'survey-open', inApp: false, email: true },
        ],
      }).success,
    ).toBe(false);
    expect(ZPreferencesInput.safeParse({ preferences: [{ kind: 'survey-open', inApp: true, email: true, sms: true }] }).success).toBe(false);
  });
});

describe('a collaborative timepoint reminds its organisation’s admins two weeks ahead and on the day', () => {
  it.each([
    ['15 days ahead: not yet', '2027-03-16', null],
    ['14 days ahead: soon', '2027-03-17', 'soon'],
    ['a week ahead: still the same soon step (sent once)', '2027-03-24', 'soon'],
    ['the day before: soon', '2027-03-30', 'soon'],
    ['the due day: due', '2027-03-31', 'due'],
    ['the day after: nothing more', '2027-04-01', null],
  ] as const)('%s', (_name, today, step) => {
    const found = collaborativeTimepointDue('2027-03-31', today);
    expect(found?.step ?? null).toBe(step);
    if (found) expect(found.dueOn).toBe('2027-03-31');
  });

  it('names each step of a timepoint apart, and each day the hub asks', () => {
    const subjects = [collaborativeSubject('t1', 'soon'), collaborativeSubject('t1', 'due'), collaborativeSubject('t1', { askedOn: '2027-03-20' }), collaborativeSubject('t1', { askedOn: '2027-03-21' }), collaborativeSubject('t2', 'soon')];
    expect(new Set(subjects).size).toBe(subjects.length);
  });
});
