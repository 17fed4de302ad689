import type { Actor } from '../../../platform/access/policy.js';
import type { Db } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/http/errors.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { ownSpace, spacePolicy } from '../policy.js';
import { presentReflection } from '../present.js';
import { addReflection, deleteReflection, listReflections, updateReflection } from '../space-store.js';

/**
 * Private reflection notes: the owner's alone, and no grant scope reaches them. Every query is
 * scoped to the actor's own ids, so a reflection id of someone else's is simply not found.
 */

const WHAT = 'Your reflection';

/** The actor's reflections, newest first. */
export async function myReflections(db: Db, actor: Actor) {
  authorize(spacePolicy(actor, 'list', ownSpace(actor)), WHAT);
  return (await listReflections(db, actor.orgId, actor.personId)).map(presentReflection);
}

/** Writes a new reflection; returns it. */
export async function writeReflection(db: Db, actor: Actor, body: string) {
  authorize(spacePolicy(actor, 'create', ownSpace(actor)), WHAT);
  return presentReflection(await addReflection(db, actor.orgId, actor.personId, body));
}

/** Rewrites one of the actor's reflections; 404 when they have none with this id. */
export async function rewriteReflection(db: Db, actor: Actor, id: string, body: string) {
  authorize(spacePolicy(actor, 'change', ownSpace(actor)), WHAT);
  const row = await updateReflection(db, actor.orgId, actor.personId, id, body);
  if (!row) throw notFound(WHAT);
  return presentReflection(row);
}

/** Deletes one of the actor's reflections for good; 404 when they have none with this id. */
export async function removeReflection(db: Db, actor: Actor, id: string): Promise<void> {
  authorize(spacePolicy(actor, 'remove', ownSpace(actor)), WHAT);
  if (!(await deleteReflection(db, actor.orgId, actor.personId, id))) throw notFound(WHAT);
}
