import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../platform/db/client.js';
import { createMemoryMailer } from '../../platform/mail/mailer.js';
import { updateOrgSettings } from '../../platform/tenancy/org-store.js';
import { ZTenancySettings } from '../../platform/tenancy/settings.js';
import { addDays, todayIn } from '../../platform/time/day.js';
import { type BuiltPerson, buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn, type TestApp } from '../../test-support/factories.js';
import { assessmentCycles } from '../assessments/schema.js';
import { selfAssessments } from '../development/schema.js';
import { trainingRecords } from '../training/schema.js';
import { addGrant } from '../wellbeing/grant-store.js';
import { updateSpace } from '../wellbeing/space-store.js';
import { REMINDER_KINDS, type ReminderKind } from './model.js';

/**
 * For the reminders' integration tests: an organisation (in UTC) with a worker, their line manager
 * (who supervises them), a colleague and an admin, and the one thing that makes a reminder of
 * `kind` due today for the worker — made through the owning modules' own stores.
 */
export interface World {
  app: TestApp;
  orgId: string;
  worker: BuiltPerson;
  manager: BuiltPerson;
  colleague: BuiltPerson;
  admin: BuiltPerson;
  as: (p: BuiltPerson) => Client;
}

export const today = () => todayIn('UTC');

/** The kinds this one-organisation world can make due; a collaborative's needs a hub (collaborative-reminders.int.test.ts). */
export const WORLD_KINDS = REMINDER_KINDS.filter((k): k is Exclude<ReminderKind, 'collaborative-timepoint-due'> => k !== 'collaborative-timepoint-due');

export async function buildWorld(database: Database, kinds: readonly ReminderKind[] = []): Promise<World> {
  const app = buildTestApp(database).app;
  const orgId = await buildOrg(database, 'Birch Care');
  await updateOrgSettings(database.db, orgId, ZTenancySettings, { timeZone: 'UTC' });
  const unitId = await buildUnit(database, orgId, { name: 'Birch Team' });
  const admin = await buildPerson(database, orgId, { name: 'Ada Admin', roles: ['org_admin'] });
  const manager = await buildPerson(database, orgId, { name: 'Max Manager', unitId, roles: ['supervisor', 'worker'] });
  const worker = await buildPerson(database, orgId, { name: 'Wren Worker', unitId, managerId: manager.personId });
  const colleague = await buildPerson(database, orgId, { name: 'Cal Colleague', unitId });
  const db = database.db;
  const t = today();
  // nobody's supervision is due unless asked: the pair began today (due in 8 weeks)
  await db.execute(sql`UPDATE people SET start_date = ${t} WHERE org_id = ${orgId}`);
  for (const kind of kinds) {
    if (kind === 'check-in-due') await updateSpace(db, orgId, worker.personId, { rhythm: 'weekly', rhythmInstrumentId: null });
    if (kind === 'grant-expiring') {
      await addGrant(db, orgId, worker.personId, { granteePersonId: colleague.personId, scope: 'coping-plan', checkInId: null, expiresAt: new Date(Date.now() + 3 * 86_400_000) });
    }
    if (kind === 'plan-review-due') {
      const confirmed = new Date(Date.now() - 30 * 86_400_000);
      await db.insert(selfAssessments).values({
        orgId,
        id: uuidv7(),
        personId: worker.personId,
        version: 1,
        answers: {},
        reviewDate: addDays(t, 5),
        packId: 'test',
        packVersion: '1.0.0',
        submittedAt: confirmed,
        workerConfirmedAt: confirmed,
        managerConfirmedAt: confirmed,
        managerPersonId: manager.personId,
      });
    }
    if (kind === 'training-expiring') {
      await db.insert(trainingRecords).values({ orgId, id: uuidv7(), personId: worker.personId, title: 'Safeguarding refresher', completedOn: addDays(t, -700), hours: 3, expiresOn: addDays(t, 20) });
    }
    if (kind === 'survey-open' || kind === 'survey-closing') {
      // open since last week; a closing one ends in two days, an open one in three weeks
      const closesOn = addDays(t, kind === 'survey-closing' ? 2 : 21);
      await db.insert(assessmentCycles).values({ orgId, id: uuidv7(), packId: 'test', packVersion: '1.0.0', title: 'Winter staff survey', mode: 'staff-survey', opensOn: addDays(t, -7), closesOn });
    }
    if (kind === 'supervision-due') {
      // the pair began 8 weeks less 3 days ago, none held: due in 3 days
      await db.execute(sql`UPDATE people SET start_date = ${addDays(t, -53)} WHERE org_id = ${orgId} AND id = ${worker.personId}`);
    }
  }
  const clients = new Map<BuiltPerson, Client>();
  for (const p of [worker, manager, colleague, admin]) clients.set(p, await signIn(app, p.email));
  return { app, orgId, worker, manager, colleague, admin, as: (p) => clients.get(p)! };
}

/** What a round needs, with a mailer that keeps what it sends. */
export function roundDeps(database: Database) {
  const mailer = createMemoryMailer();
  const logs: string[] = [];
  return { deps: { database, mailer, publicUrl: 'https://tend.example.org', log: (m: string) => logs.push(m) }, mailer, logs };
}
