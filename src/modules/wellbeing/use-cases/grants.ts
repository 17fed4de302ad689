import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit-store.js';
import type { Db, Queryable } from '../../../platform/db/client.js';
import { badRequest, notFound } from '../../../platform/http/errors.js';
import { type PageQuery, pageOf } from '../../../platform/http/page.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { findPerson } from '../../people/people-store.js';
import { namesOf } from '../../people/person-names.js';
import { trendsOf, withScores } from '../check-in-results.js';
import { findOwnCheckIn } from '../check-in-store.js';
import { activeGrantsTo, addGrant, findGrant, type GrantRow, grantsOpenedBy, markRevoked, pageGrantsByOwner } from '../grant-store.js';
import { timeCursor } from '../keyset.js';
import { type GrantRequest, grantPolicy, grantProblems, ownSpace, spacePolicy } from '../policy.js';
import { presentGrant, presentSharedGrant, type TSharedPart } from '../present.js';
import { getSpace } from '../space-store.js';

/**
 * Sharing: the owner grants one named colleague one part of their space until a date, and may
 * revoke it; the grantee reads exactly that part while it is in force, and each read is written
 * to the owner's access log in the same transaction as the read.
 */

const MINE = 'Your grant';
const SHARED = 'The shared item';

/** Shares one part of the actor's space with one colleague of their organisation until a date. */
export async function makeGrant(db: Db, actor: Actor, input: GrantRequest) {
  authorize(spacePolicy(actor, 'share', ownSpace(actor)), MINE);
  return db.transaction(async (tx) => {
    const grantee = input.granteePersonId === actor.personId ? undefined : await findPerson(tx, actor.orgId, input.granteePersonId);
    const ownCheckIn = input.checkInId ? Boolean(await findOwnCheckIn(tx, actor.orgId, actor.personId, input.checkInId)) : false;
    const problems = grantProblems(actor, input, grantee, ownCheckIn);
    if (problems.length > 0) throw badRequest('The grant has fields that need attention.', problems);
    const checkInId = input.scope === 'check-in' ? (input.checkInId ?? null) : null;
    const grant = await addGrant(tx, actor.orgId, actor.personId, { granteePersonId: input.granteePersonId, scope: input.scope, checkInId, expiresAt: input.expiresAt });
    return presentGrant(grant, grantee?.name ?? '');
  });
}

/** One page of what the actor shared, newest first, each active, expired or revoked; grantees named in one query. */
export async function listMyGrants(db: Db, actor: Actor, page: PageQuery) {
  authorize(spacePolicy(actor, 'list', ownSpace(actor)), MINE);
  const rows = await pageGrantsByOwner(db, actor.orgId, actor.personId, { cursor: timeCursor(page.cursor), limit: page.limit });
  const { items, nextCursor } = pageOf(rows, page.limit, (row) => row.sortKey);
  const names = await namesOf(db, actor.orgId, items.map((g) => g.granteePersonId));
  return { grants: items.map((g) => presentGrant(g, names.get(g.granteePersonId) ?? '')), nextCursor };
}

/** Stops sharing: the grantee loses access at once. 404 for any grant the actor did not make. */
export async function revokeMyGrant(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const grant = await findGrant(tx, actor.orgId, id);
    if (!grant) throw notFound(MINE);
    authorize(grantPolicy()(actor, 'remove', grant), MINE);
    const revoked = await markRevoked(tx, grant);
    const names = await namesOf(tx, actor.orgId, [revoked.granteePersonId]);
    return presentGrant(revoked, names.get(revoked.granteePersonId) ?? '');
  });
}

/** What colleagues are sharing with the actor now, newest first; owners named in one query. */
export async function sharedWithMe(db: Db, actor: Actor) {
  // the query already asks for grants to the actor in force; the policy has the last word
  const rows = (await activeGrantsTo(db, actor.orgId, actor.personId)).filter((g) => grantPolicy()(actor, 'see', g).kind === 'allowed');
  const names = await namesOf(db, actor.orgId, rows.map((g) => g.personId));
  return rows.map((g) => presentSharedGrant(g, names.get(g.personId) ?? ''));
}

/**
 * What colleagues shared with the actor that they have not opened yet, newest first: a Home task
 * until it is opened, revoked or expires. Owners are named (the actor may read the part anyway).
 */
export async function sharedWithMeUnopened(db: Db, actor: Actor) {
  const rows = (await activeGrantsTo(db, actor.orgId, actor.personId)).filter((g) => grantPolicy()(actor, 'see', g).kind === 'allowed');
  const opened = await grantsOpenedBy(db, actor.orgId, actor.personId, rows);
  const waiting = rows.filter((g) => !opened.has(g.id));
  const names = await namesOf(db, actor.orgId, waiting.map((g) => g.personId));
  return waiting.map((g) => presentSharedGrant(g, names.get(g.personId) ?? ''));
}

/** Exactly the granted part of the owner's space: nothing beside it. */
async function grantedPart(q: Queryable, grant: GrantRow, ownerName: string): Promise<TSharedPart> {
  const head = presentSharedGrant(grant, ownerName);
  if (grant.scope === 'coping-plan') return { ...head, scope: 'coping-plan', copingPlan: (await getSpace(q, grant.orgId, grant.personId)).copingPlan };
  if (grant.scope === 'check-in-trend') return { ...head, scope: 'check-in-trend', trends: await trendsOf(q, grant.orgId, grant.personId) };
  const row = grant.checkInId ? await findOwnCheckIn(q, grant.orgId, grant.personId, grant.checkInId) : undefined;
  if (!row) throw notFound(SHARED);
  const [scored] = await withScores(q, grant.orgId, [row]);
  const { answers: _answers, ...result } = scored!;
  return { ...head, scope: 'check-in', checkIn: result };
}

/**
 * Reads what a colleague shared with the actor: only the granted part, and only while the grant
 * is in force. The read is written to the owner's access log in the same transaction.
 */
export async function readThroughGrant(db: Db, actor: Actor, id: string): Promise<TSharedPart> {
  return db.transaction(async (tx) => {
    const grant = await findGrant(tx, actor.orgId, id);
    if (!grant) throw notFound(SHARED);
    authorize(grantPolicy()(actor, 'see', grant), SHARED);
    const names = await namesOf(tx, actor.orgId, [grant.personId]);
    const part = await grantedPart(tx, grant, names.get(grant.personId) ?? '');
    // the owner sees every read of their personal data: same transaction as the read
    await recordAudit(tx, actor, { type: 'wellbeing.shared-read', subjectPersonId: grant.personId, data: { record: grant.scope, grantId: grant.id } });
    return part;
  });
}
