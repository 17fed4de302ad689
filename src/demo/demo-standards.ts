import { eq } from 'drizzle-orm';
import { getPack } from '../content/pack-store.js';
import { recordAudit } from '../platform/audit/audit-store.js';
import type { Tx } from '../platform/db/client.js';
import { organisations } from '../platform/tenancy/schema.js';
import { addDays } from '../platform/time/day.js';
import * as standardsStore from '../modules/standards/standards-store.js';
import { DEMO_AUDIT_PACK } from './demo-assessments.js';
import { DEMO_PARTNERS } from './demo-data.js';

/** The demo hub's standard: the built-in audit as the hub publishes it, and the partner it recognised. */
export const DEMO_STANDARD = {
  name: 'Trauma-informed services',
  note: 'Our first standard: the whole trauma-informed audit, every section. Members meet it when a team review has every criterion rated green or amber with a plan.',
  recognisedNote: 'Checked with the hub at the spring visit.',
};

/**
 * Publishes the built-in audit pack's installed version as the demo hub's standard (a year ago,
 * as the collaborative began) and recognises the first partner organisation, which consented to
 * the hub, as having met it a month ago. Written through the standards store as publishing and
 * recognising write it, audit trail included. Skipped without the audit pack.
 */
export async function addDemoStandards(tx: Tx, hubId: string, hubAdmin: { personId: string; accountId: string; orgId: string }, today: string): Promise<void> {
  const found = await getPack(tx, DEMO_AUDIT_PACK);
  if (!found) return;
  const { pack } = found;
  const standardId = await standardsStore.insertStandard(tx, { hubId, name: DEMO_STANDARD.name, packId: pack.id, kind: 'assessment' });
  await standardsStore.insertVersion(tx, { hubId, standardId, packVersion: pack.version, note: DEMO_STANDARD.note, publishedByPersonId: hubAdmin.personId, publishedAt: new Date(`${addDays(today, -380)}T10:00:00Z`) });
  await recordAudit(tx, hubAdmin, { type: 'standard.published', data: { standardId, packId: pack.id, packVersion: pack.version, from: 'installed' } });
  const [partner] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, DEMO_PARTNERS[0]!.slug));
  if (!partner) return;
  const metOn = addDays(today, -30);
  await standardsStore.writeRecognition(tx, { hubId, standardId, packVersion: pack.version, orgId: partner.id, metOn, note: DEMO_STANDARD.recognisedNote, byPersonId: hubAdmin.personId });
  const data = { standardId, packVersion: pack.version, orgId: partner.id, metOn };
  await recordAudit(tx, hubAdmin, { type: 'standard.recognised', data });
  await recordAudit(tx, null, { orgId: partner.id, type: 'standard.recognised', data: { ...data, hubId, via: 'hub' } });
}
