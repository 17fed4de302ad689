import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import type { Mail } from '../../platform/mail/mailer.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { PRIVATE_KINDS, type ReminderKind } from './model.js';
import { sendDueReminders } from './use-cases/send-reminders.js';
import { buildWorld, roundDeps, type World, WORLD_KINDS } from './test-world.js';
import type { BuiltPerson } from '../../test-support/factories.js';

let database: Database & { name: string };
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

type Listed = { notifications: Array<{ id: string; kind: ReminderKind; params: Record<string, string>; link: string; readAt: string | null }>; unread: number };
const notificationsOf = async (w: World, p: BuiltPerson) => (await (await w.as(p).request('GET', '/api/v1/me/notifications')).json()) as Listed;
const mailTo = (sent: Mail[], p: BuiltPerson) => sent.filter((m) => m.to === p.email);

/** The subject each kind's email carries to the worker (private kinds: the one neutral line). */
const SUBJECT: Record<(typeof WORLD_KINDS)[number], RegExp> = {
  'check-in-due': /^Something is waiting for you in Tend$/,
  'grant-expiring': /^Something is waiting for you in Tend$/,
  'plan-review-due': /^Your development plan review is due on /,
  'training-expiring': /^Your training "Safeguarding refresher" expires on /,
  'survey-open': /^A staff survey is open until .*: Winter staff survey$/,
  'survey-closing': /^The staff survey "Winter staff survey" closes on /,
  'supervision-due': /^Your supervision is due by /,
};

describe('each kind of reminder', () => {
  it.each(WORLD_KINDS)('%s: sent by email and shown in-app to the person', async (kind) => {
    const w = await buildWorld(database, [kind]);
    const { deps, mailer } = roundDeps(database);
    await sendDueReminders(deps);
    const mails = mailTo(mailer.sent, w.worker);
    expect(mails.some((m) => SUBJECT[kind].test(m.subject))).toBe(true);
    const listed = await notificationsOf(w, w.worker);
    expect(listed.notifications.map((n) => n.kind)).toContain(kind);
    expect(listed.unread).toBeGreaterThan(0);
  });

  it.each(WORLD_KINDS)('%s: neither sent nor shown once the person switched it off', async (kind) => {
    const w = await buildWorld(database, [kind]);
    const off = await w.as(w.worker).request('PUT', '/api/v1/me/reminder-preferences', { preferences: [{ kind, inApp: false, email: false }] });
    expect(off.status).toBe(200);
    const { deps, mailer } = roundDeps(database);
    await sendDueReminders(deps);
    // a survey closing soon is also a survey open: only the kind switched off must stay silent
    const others = kind === 'survey-closing' ? 1 : 0;
    expect(mailTo(mailer.sent, w.worker).filter((m) => SUBJECT[kind].test(m.subject))).toHaveLength(0);
    expect(mailTo(mailer.sent, w.worker)).toHaveLength(others);
    expect((await notificationsOf(w, w.worker)).notifications.filter((n) => n.kind === kind)).toEqual([]);
  });

  it('email off, in-app on: shown in Tend and not mailed', async () => {
    const w = await buildWorld(database, ['training-expiring']);
    await w.as(w.worker).request('PUT', '/api/v1/me/reminder-preferences', { preferences: [{ kind: 'training-expiring', inApp: true, email: false }] });
    const { deps, mailer } = roundDeps(database);
    await sendDueReminders(deps);
    expect(mailTo(mailer.sent, w.worker)).toEqual([]);
    expect((await notificationsOf(w, w.worker)).notifications.map((n) => n.kind)).toEqual(['training-expiring']);
  });

  it('the other side is told too, in their own words: a plan review to the line manager, supervision to the supervisor', async () => {
    const w = await buildWorld(database, ['plan-review-due', 'supervision-due']);
    const { deps, mailer } = roundDeps(database);
    await sendDueReminders(deps);
    const subjects = mailTo(mailer.sent, w.manager).map((m) => m.subject);
    expect(subjects.some((s) => /^A development plan review is due on .*: Wren Worker$/.test(s))).toBe(true);
    expect(subjects.some((s) => /^Supervision with Wren Worker is due by /.test(s))).toBe(true);
    const links = (await notificationsOf(w, w.manager)).notifications.map((n) => n.link);
    expect(links).toContain(`/team/plans/${w.worker.personId}`);
    expect(links).toContain(`/supervision/supervisees/${w.worker.personId}`);
  });
});

describe('well-being stays the person’s own', () => {
  it('a check-in and a sharing ending are told to their owner only, and the email says nothing of what', async () => {
    const w = await buildWorld(database, ['check-in-due', 'grant-expiring']);
    const { deps, mailer, logs } = roundDeps(database);
    await sendDueReminders(deps);
    const toWorker = mailTo(mailer.sent, w.worker);
    expect(toWorker).toHaveLength(2);
    for (const mail of toWorker) {
      expect(mail.subject).toBe('Something is waiting for you in Tend');
      expect(`${mail.subject}\n${mail.text}`).not.toMatch(/well-?being|check-?in|shar|coping|Cal Colleague/i);
    }
    // the colleague the worker shares with, their line manager and the admin hear nothing of it
    for (const other of [w.colleague, w.manager, w.admin]) {
      expect(mailTo(mailer.sent, other)).toEqual([]);
      expect((await notificationsOf(w, other)).notifications).toEqual([]);
    }
    expect(logs.join('\n')).not.toMatch(/Wren|check-in/i);
    expect((await notificationsOf(w, w.worker)).notifications.map((n) => n.kind).sort()).toEqual(['check-in-due', 'grant-expiring']);
    expect([...PRIVATE_KINDS].sort()).toEqual(['check-in-due', 'grant-expiring']);
  });
});

describe('reading notifications', () => {
  it('lists unread first; the owner marks one read; nobody else can, not even an admin (404)', async () => {
    const w = await buildWorld(database, ['training-expiring', 'plan-review-due']);
    await sendDueReminders(roundDeps(database).deps);
    const before = await notificationsOf(w, w.worker);
    expect(before.unread).toBe(2);
    const [first, second] = before.notifications;
    for (const other of [w.admin, w.manager, w.colleague]) {
      expect((await w.as(other).request('POST', `/api/v1/me/notifications/${first!.id}/read`)).status).toBe(404);
    }
    const read = await w.as(w.worker).request('POST', `/api/v1/me/notifications/${first!.id}/read`);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { readAt: string | null }).readAt).not.toBeNull();
    const after = await notificationsOf(w, w.worker);
    expect(after.unread).toBe(1);
    expect(after.notifications[0]!.id).toBe(second!.id);
    expect(((await (await w.as(w.worker).request('GET', '/api/v1/me/notifications/unread-count')).json()) as { unread: number }).unread).toBe(1);
    await w.as(w.worker).request('POST', '/api/v1/me/notifications/read-all');
    expect((await notificationsOf(w, w.worker)).unread).toBe(0);
  });

  it('refuses bad choices naming the field, and changes nothing', async () => {
    const w = await buildWorld(database);
    const bad = await w.as(w.worker).request('PUT', '/api/v1/me/reminder-preferences', { preferences: [{ kind: 'weather', inApp: true, email: true }] });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('preferences.0.kind');
    const prefs = (await (await w.as(w.worker).request('GET', '/api/v1/me/reminder-preferences')).json()) as { preferences: Array<{ inApp: boolean; email: boolean }> };
    expect(prefs.preferences.every((p) => p.inApp && p.email)).toBe(true);
  });
});
