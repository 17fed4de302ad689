import { sql } from 'drizzle-orm';
import { ZOrgSettings } from '../org-settings.js';
import { createPerson } from '../modules/people/people-store.js';
import { createUnit } from '../modules/units/unit-store.js';
import { createAccount } from '../platform/auth/auth-store.js';
import { hashPassword } from '../platform/auth/password-hash.js';
import type { Database } from '../platform/db/client.js';
import { createOrganisation, getOrganisation } from '../platform/tenancy/org-store.js';
import { addDays, todayIn } from '../platform/time/day.js';
import { insertAbsences, insertMoves } from '../modules/workforce/hr-event-store.js';
import { demoAbsences, demoMovers } from './demo-workforce.js';
import { buildDemoPeople, DEMO_ORG, DEMO_PASSWORD, DEMO_UNITS } from './demo-data.js';
import { placeDemoUnits } from './demo-placements.js';
import { addDemoTraining } from './demo-training.js';
import { addDemoPlans } from './demo-plans.js';
import { addDemoAssessments } from './demo-assessments.js';
import { addDemoCheckIns } from './demo-check-ins.js';
import { addDemoSupportContacts } from './demo-wellbeing.js';
import { addDemoVoice } from './demo-voice.js';
import { addDemoSupervision } from './demo-supervision.js';
import { addDemoPeers } from './demo-peers.js';
import { addDemoHardEvent } from './demo-hard-events.js';
import { addDemoReminders } from './demo-reminders.js';
import { addDemoHub } from './demo-hub.js';

export const DEMO_SIGN_INS = [
  { role: 'org admin', email: 'admin@riverside.example' },
  { role: 'supervisor', email: 'supervisor@riverside.example' },
  { role: 'worker', email: 'worker@riverside.example' },
  { role: 'hub admin (the demo regional hub)', email: 'hub-admin@region.example' },
  { role: 'hub analyst (the demo regional hub)', email: 'analyst@region.example' },
];

/** True when no organisation exists yet: the moment to offer the demo. */
export async function databaseIsEmpty(database: Database): Promise<boolean> {
  const result = await database.db.execute(sql`SELECT NOT EXISTS (SELECT 1 FROM organisations) AS empty`);
  return Boolean((result.rows[0] as { empty: boolean }).empty);
}

/** True when the demo organisation is in the database (so its sign-ins are worth printing). */
export async function demoIsLoaded(database: Database): Promise<boolean> {
  const result = await database.db.execute(sql`SELECT EXISTS (SELECT 1 FROM organisations WHERE slug = ${DEMO_ORG.slug}) AS loaded`);
  return Boolean((result.rows[0] as { loaded: boolean }).loaded);
}

/** Loads the demo organisation in one transaction; returns its id. */
export async function loadDemo(database: Database): Promise<string> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return database.db.transaction(async (tx) => {
    const orgId = await createOrganisation(tx, DEMO_ORG, ZOrgSettings);
    // through each module's own store, as any other organisation's data is made
    const unitIds = new Map<string, string>();
    for (const unit of DEMO_UNITS) {
      const parentId = unit.parent ? unitIds.get(unit.parent) : null;
      if (parentId === undefined) throw new Error(`The demo lists the unit ${unit.key} before its parent ${unit.parent}`);
      unitIds.set(unit.key, await createUnit(tx, orgId, { name: unit.name, kind: unit.kind, parentId }));
    }
    const personIds = new Map<string, string>();
    for (const p of buildDemoPeople()) {
      // the demo lists every manager before the people they manage
      const managerId = p.managerEmail ? personIds.get(p.managerEmail) : null;
      if (managerId === undefined) throw new Error(`The demo lists ${p.email} before their manager ${p.managerEmail}`);
      const id = await createPerson(tx, orgId, {
        name: p.name,
        email: p.email,
        jobTitle: p.jobTitle,
        unitId: unitIds.get(p.unit)!,
        managerId,
        kind: p.kind,
        startDate: p.startDate,
      });
      personIds.set(p.email, id);
      if (p.roles) await createAccount(tx, { orgId, personId: id, email: p.email, roles: p.roles, passwordHash });
    }
    const people = buildDemoPeople();
    const unitOf = new Map(people.map((p) => [p.email, unitIds.get(p.unit) ?? null]));
    const today = todayIn((await getOrganisation(tx, orgId, ZOrgSettings)).settings.timeZone);
    const adminId = personIds.get('admin@riverside.example')!;
    // decided a little over a year ago, so coverage has all twelve month ends to count
    await placeDemoUnits(tx, orgId, unitIds, adminId, new Date(`${addDays(today, -400)}T09:00:00Z`));
    // a year of absence, so the workforce figures show something from the first start
    const spells = demoAbsences(
      people.map((p) => ({ email: p.email, signsIn: p.roles !== undefined })),
      today,
    );
    await insertAbsences(
      tx,
      orgId,
      spells.map(({ email, ...spell }) => ({ ...spell, personId: personIds.get(email)!, unitId: unitOf.get(email) ?? null })),
      'entered',
      null,
    );
    // two years of starts and leaves, so turnover and stability are more than zero from the first start
    const movers = demoMovers(today);
    const moves = [];
    for (const m of movers) {
      const unitId = unitIds.get(m.unit)!;
      const personId = await createPerson(tx, orgId, { name: m.name, email: m.email, jobTitle: m.jobTitle, unitId, managerId: null, kind: m.kind, startDate: m.startDate, endDate: m.endDate });
      moves.push(
        m.endDate
          ? { personId, kind: 'leave' as const, on: m.endDate, unitId, workerKind: m.kind, leaveReason: m.leaveReason }
          : { personId, kind: 'start' as const, on: m.startDate, unitId, workerKind: m.kind, leaveReason: null },
      );
    }
    await insertMoves(tx, orgId, moves, 'entered', null);
    await addDemoSupportContacts(tx, orgId);
    // every other member of staff has read the announcement; never the four demo sign-ins (the journeys mark their own)
    const signIns = new Set(DEMO_SIGN_INS.map((s) => s.email));
    const readers = people.filter((p, i) => i % 2 === 0 && !signIns.has(p.email)).map((p) => personIds.get(p.email)!);
    await addDemoVoice(tx, orgId, today, personIds.get('admin@riverside.example')!, readers);
    await addDemoSupervision(tx, orgId, people, personIds, today);
    await addDemoPeers(tx, orgId, personIds);
    await addDemoHardEvent(tx, orgId, today, unitIds.get('district')!, personIds.get('supervisor@riverside.example')!);
    await addDemoReminders(tx, orgId, today, { workerId: personIds.get('worker@riverside.example')!, supervisorId: personIds.get('supervisor@riverside.example')!, workerName: 'Aisha Rahman', supervisorName: 'Daniel Reyes' });
    // a living year: courses and records, plans at each stage, a closed review and survey, check-ins
    await addDemoTraining(tx, orgId, people, personIds, adminId, today);
    await addDemoPlans(tx, orgId, personIds, today);
    await addDemoAssessments(tx, orgId, today, {
      adminId,
      leadId: personIds.get('oluwaseun.murphy.5@riverside.example')!,
      contributorId: personIds.get('priya.mensah.6@riverside.example')!,
      familyUnitId: unitIds.get('family')!,
      adultUnitId: unitIds.get('adult')!,
      // everyone asked answered but the demo sign-ins (the journeys answer their own surveys)
      respondents: people.filter((p) => p.roles && !signIns.has(p.email)).map((p) => ({ personId: personIds.get(p.email)!, unitId: unitOf.get(p.email) ?? null })),
    });
    await addDemoCheckIns(tx, orgId, personIds.get('worker@riverside.example')!, today);
    await addDemoHub(tx, orgId, passwordHash, today);
    return orgId;
  });
}
