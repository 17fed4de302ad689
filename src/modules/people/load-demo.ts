import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../platform/db/client.js';
import { createAccount } from '../../platform/auth/auth-store.js';
import { hashPassword } from '../../platform/auth/password-hash.js';
import { ZOrgSettings } from '../../org-settings.js';
import { createOrganisation } from '../../platform/tenancy/org-store.js';
import { people } from './schema.js';
import { units } from '../units/schema.js';
import { buildDemoPeople, DEMO_ORG, DEMO_PASSWORD, DEMO_UNITS } from './demo-data.js';
import { placeDemoUnits } from '../framework/demo-placements.js';
import { addDemoSupportContacts } from '../wellbeing/demo-wellbeing.js';

export const DEMO_SIGN_INS = [
  { role: 'org admin', email: 'admin@riverside.example' },
  { role: 'supervisor', email: 'supervisor@riverside.example' },
  { role: 'worker', email: 'worker@riverside.example' },
  { role: 'hub analyst', email: 'analyst@riverside.example' },
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
    const unitIds = new Map(DEMO_UNITS.map((u) => [u.key, uuidv7()]));
    for (const unit of DEMO_UNITS) {
      await tx.insert(units).values({
        orgId,
        id: unitIds.get(unit.key)!,
        name: unit.name,
        kind: unit.kind,
        parentId: unit.parent ? unitIds.get(unit.parent)! : null,
      });
    }
    const demoPeople = buildDemoPeople();
    const personIds = new Map(demoPeople.map((p) => [p.email, uuidv7()]));
    await tx.insert(people).values(
      demoPeople.map((p) => ({
        orgId,
        id: personIds.get(p.email)!,
        name: p.name,
        email: p.email,
        jobTitle: p.jobTitle,
        unitId: unitIds.get(p.unit)!,
        managerId: null,
        kind: p.kind,
        startDate: p.startDate,
      })),
    );
    for (const p of demoPeople) {
      if (p.managerEmail) {
        await tx.execute(sql`UPDATE people SET manager_id = ${personIds.get(p.managerEmail)!} WHERE org_id = ${orgId} AND id = ${personIds.get(p.email)!}`);
      }
      if (p.roles) {
        await createAccount(tx, { orgId, personId: personIds.get(p.email)!, email: p.email, roles: p.roles, passwordHash });
      }
    }
    await placeDemoUnits(tx, orgId, unitIds, personIds.get('admin@riverside.example')!);
    await addDemoSupportContacts(tx, orgId);
    return orgId;
  });
}
