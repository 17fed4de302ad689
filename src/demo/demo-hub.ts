import { recordAudit } from '../platform/audit/audit-store.js';
import { createAccount } from '../platform/auth/auth-store.js';
import type { Tx } from '../platform/db/client.js';
import { createOrganisation } from '../platform/tenancy/org-store.js';
import { ZOrgSettings } from '../org-settings.js';
import { writeInvitation } from '../modules/hub/hub-store.js';
import { createPerson } from '../modules/people/people-store.js';
import { addDemoCollaborative } from './demo-collaborative.js';
import { DEMO_HUB, DEMO_HUB_PEOPLE } from './demo-data.js';
import { addDemoStandards } from './demo-standards.js';

/**
 * The demo's regional hub: a hub admin and a hub analyst (the demo password), an invitation to
 * the demo organisation that waits for its admin's answer, so the admin's Home shows it, and a
 * learning collaborative of three partner organisations with pooled figures (demo-collaborative.ts),
 * and a published standard with one partner recognised for it (demo-standards.ts).
 * Returns the hub's id.
 */
export async function addDemoHub(tx: Tx, orgId: string, passwordHash: string, today: string): Promise<string> {
  const hubId = await createOrganisation(tx, { ...DEMO_HUB, kind: 'hub' }, ZOrgSettings);
  await recordAudit(tx, null, { orgId: hubId, type: 'hub.created', data: { via: 'operator' } });
  const made: Array<{ personId: string; accountId: string; orgId: string }> = [];
  for (const p of DEMO_HUB_PEOPLE) {
    const personId = await createPerson(tx, hubId, { name: p.name, email: p.email, kind: 'employee' });
    const accountId = await createAccount(tx, { orgId: hubId, personId, email: p.email, roles: [...p.roles], passwordHash });
    made.push({ personId, accountId, orgId: hubId });
  }
  const hubAdmin = made[0]!;
  // invited by the hub admin a few days ago, in both trails as any invitation is
  await writeInvitation(tx, hubId, orgId, hubAdmin.personId, new Date(Date.now() - 3 * 86_400_000));
  await recordAudit(tx, hubAdmin, { type: 'hub.invited', data: { hubId, orgId } });
  await recordAudit(tx, null, { orgId, type: 'hub.invited', data: { hubId, orgId, via: 'hub' } });
  await addDemoCollaborative(tx, hubId, hubAdmin.personId, today);
  await addDemoStandards(tx, hubId, hubAdmin, today);
  return hubId;
}
