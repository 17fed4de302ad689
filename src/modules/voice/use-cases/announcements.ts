import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit-store.js';
import type { Db } from '../../../platform/db/client.js';
import { AppError, conflict, notFound } from '../../../platform/http/errors.js';
import { resolveThresholds } from '../../../platform/privacy/index.js';
import { releaseThroughGate } from '../../../platform/privacy/release-log-store.js';
import { getOrganisation } from '../../../platform/tenancy/org-store.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { listUnits } from '../../units/unit-store.js';
import { findAnnouncement, insertAnnouncement, listAnnouncements, markRead, readersForGate, unmarkRead } from '../announcement-store.js';
import type { TAnnouncementInput } from '../model.js';
import { announcementPolicy } from '../policy.js';
import { presentAnnouncement, presentReadGroups, type TReadCounts } from '../present.js';

const WHAT = 'The announcement';
const orgOf = (actor: Actor) => ({ orgId: actor.orgId });

/** The organisation's announcements, newest first, each with whether the actor marked it read. */
export async function listAnnouncementsFor(db: Db, actor: Actor) {
  authorize(announcementPolicy(actor, 'list', orgOf(actor)), 'Announcements');
  return (await listAnnouncements(db, actor.orgId, actor.personId)).map(presentAnnouncement);
}

/** An org admin publishes an announcement to everyone of the organisation. */
export async function publishAnnouncement(db: Db, actor: Actor, input: TAnnouncementInput) {
  authorize(announcementPolicy(actor, 'create', orgOf(actor)), WHAT);
  return db.transaction(async (tx) => {
    const id = await insertAnnouncement(tx, actor.orgId, input, actor.personId);
    await recordAudit(tx, actor, { type: 'voice.announcement-published', data: { announcementId: id, kind: input.kind } });
    const [row] = (await listAnnouncements(tx, actor.orgId, actor.personId)).filter((a) => a.id === id);
    return presentAnnouncement(row!);
  });
}

/**
 * "I have read this" (or taken back). Not audited: whether someone read an announcement leaves
 * only as a count through the privacy gate, and an event with a time would say who and when.
 */
export async function setRead(db: Db, actor: Actor, id: string, read: boolean): Promise<void> {
  authorize(announcementPolicy(actor, 'change', orgOf(actor)), WHAT);
  const announcement = await findAnnouncement(db, actor.orgId, id);
  if (!announcement) throw notFound(WHAT);
  if (!announcement.asksRead) throw conflict('This announcement does not ask to be marked as read.', [{ field: 'id', problem: 'does not ask to be marked as read' }]);
  if (read) await markRead(db, actor.orgId, id, actor.personId);
  else await unmarkRead(db, actor.orgId, id, actor.personId);
}

/**
 * How many read an announcement, per unit of the tree, released through the privacy gate:
 * groups under the minimum and groups that would give them away are hidden with their reason,
 * and a view that differs from an earlier one by fewer than the minimum number of readers is
 * withheld whole (the difference would say that these few people read it in between).
 */
export async function announcementReadCounts(db: Db, actor: Actor, id: string): Promise<TReadCounts> {
  authorize(announcementPolicy(actor, 'share', orgOf(actor)), WHAT);
  const announcement = await findAnnouncement(db, actor.orgId, id);
  if (!announcement) throw notFound(WHAT);
  const org = await getOrganisation(db, actor.orgId);
  const { minGroupSize } = resolveThresholds({ minGroupSize: org.settings.minGroupSize });
  const units = await listUnits(db, actor.orgId);
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  const pathOf = (unitId: string | null): string[] => {
    const path: string[] = [];
    for (let at = unitId; at && parentOf.has(at) && !path.includes(at); at = parentOf.get(at) ?? null) path.unshift(at);
    return path;
  };
  return db.transaction(async (tx) => {
    const readers = await readersForGate(tx, actor.orgId, id);
    const observations = readers.map((r) => ({ personId: r.personId, groupPath: pathOf(r.unitId), value: 1 }));
    try {
      const root = await releaseThroughGate(tx, { orgId: actor.orgId, dataset: `voice-announcement-reads:${id}`, observations, statistic: 'count', minGroupSize });
      return { announcementId: id, minGroupSize, withheld: null, groups: presentReadGroups(root, (unitId) => (unitId ? (nameOf.get(unitId) ?? '') : org.name)) };
    } catch (error) {
      if (error instanceof AppError && error.code === 'privacy-refused') return { announcementId: id, minGroupSize, withheld: 'differs-from-earlier' as const, groups: [] };
      throw error;
    }
  });
}
