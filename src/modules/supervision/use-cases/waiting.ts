import type { Actor } from '../../../platform/access/policy.js';
import type { Db } from '../../../platform/db/client.js';
import { findPair, rhythmsOf, superviseesOf } from '../pair-store.js';
import { sessionsOfSupervisor } from '../session-store.js';
import { datesOf, levelsOf, rhythmDefaults, rhythmView } from './pair-context.js';
import { mySupervision } from './pair.js';

/** What waits on the actor in supervision, for their Home. */

/**
 * As the supervised worker: each recorded session waiting for their confirmation, and whether
 * supervision is overdue by the pair's rhythm (with the day it was due). Nothing without a pair.
 */
export async function supervisionWaitingOnWorker(db: Db, actor: Actor) {
  if (!(await findPair(db, actor.orgId, actor.personId))) return { toConfirm: [], overdueSince: null, noneHeld: false };
  const view = await mySupervision(db, actor);
  const toConfirm = view.sessions.filter((s) => s.status === 'recorded').map((s) => ({ id: s.id, heldOn: s.heldOn ?? s.plannedFor }));
  // with no session ever held, "due" counts from when the pair began, which can be years back:
  // the worker is told none is on record rather than an old date that reads like a lapse
  return { toConfirm, overdueSince: view.dates?.overdue ? view.dates.dueBy : null, noneHeld: view.dates !== null && view.dates.lastHeld === null };
}

/**
 * As a supervisor: how many supervisees are overdue for supervision and how many of their records
 * came back with a change asked, with the earliest day among the overdue. Counts only, no names:
 * the list with names is read, and logged in each person's access log, at /supervision/supervisees.
 */
export async function supervisionWaitingOnSupervisor(db: Db, actor: Actor) {
  const pairs = await superviseesOf(db, actor.orgId, actor.personId);
  if (pairs.length === 0) return { overdue: 0, overdueSince: null, changeAsked: 0 };
  const ids = pairs.map((p) => p.worker.id);
  const [levels, defaults, rhythms, sessions] = await Promise.all([
    levelsOf(db, actor.orgId, pairs.map((p) => p.worker)),
    rhythmDefaults(db, actor.orgId),
    rhythmsOf(db, actor.orgId, actor.personId, ids),
    sessionsOfSupervisor(db, actor.orgId, actor.personId, ids),
  ]);
  let overdue = 0;
  let overdueSince: string | null = null;
  for (const pair of pairs) {
    const own = sessions.filter((s) => s.workerId === pair.worker.id);
    const rhythm = rhythmView(actor, levels.get(pair.worker.id)!, defaults, rhythms.get(pair.worker.id));
    const dates = datesOf(actor, own, rhythm.weeks, pair.since);
    if (!dates.overdue) continue;
    overdue += 1;
    if (!overdueSince || dates.dueBy < overdueSince) overdueSince = dates.dueBy;
  }
  return { overdue, overdueSince, changeAsked: sessions.filter((s) => s.status === 'change-asked').length };
}
