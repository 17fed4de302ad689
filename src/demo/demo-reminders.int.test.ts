import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/db/client.js';
import { createMemoryMailer } from '../platform/mail/mailer.js';
import { sendDueReminders } from '../modules/reminders/use-cases/send-reminders.js';
import { buildTestApp, signIn } from '../test-support/factories.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { loadDemo } from './load-demo.js';

/** The demo shows notifications from the first start, and a reminders round over it runs cleanly. */

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database);
});
afterAll(() => database.close());

describe('the demo’s reminders', () => {
  it('the demo worker has notifications waiting; a round over the demo sends without a failure, and never again', async () => {
    const app = buildTestApp(database).app;
    const worker = await signIn(app, 'worker@riverside.example', DEMO_PASSWORD);
    const listed = (await (await worker.request('GET', '/api/v1/me/notifications')).json()) as { notifications: Array<{ kind: string }>; unread: number };
    expect(listed.notifications.map((n) => n.kind)).toEqual(expect.arrayContaining(['training-expiring', 'supervision-due']));
    const deps = { database, mailer: createMemoryMailer(), publicUrl: 'http://localhost', log: () => {} };
    const first = await sendDueReminders(deps);
    expect(first.failed).toBe(0);
    expect(await sendDueReminders(deps)).toEqual({ sent: 0, failed: 0 });
    console.log(`a first round over the demo sent ${first.sent} reminders`);
  });
});
