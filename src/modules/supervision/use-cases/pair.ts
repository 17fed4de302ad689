import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit, recordListRead, recordRead } from '../../../platform/audit/audit-store.js';
import type { Db } from '../../../platform/db/client.js';
import { conflict } from '../../../platform/http/errors.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { agreeRhythm, findRhythm, type PairRow, proposeRhythm, rhythmsOf, superviseesOf } from '../pair-store.js';
import { pairPolicy } from '../policy.js';
import { presentSummary } from '../present.js';
import { insertSession, sessionsOfSupervisor, sessionsOfWorker } from '../session-store.js';
import { datesOf, levelsOf, pairOr404, rhythmDefaults, rhythmView, supervisorOf } from './pair-context.js';

const WHAT = 'The supervision';
const NO_SUPERVISOR = 'There is no supervisor yet to agree a rhythm with.';
const pairRef = (actor: Actor, pair: PairRow) => ({ orgId: actor.orgId, workerId: pair.worker.id, supervisorId: pair.supervisorId });

/**
 * A pair's supervision as one member sees it: the supervisor, the rhythm, the dates and the
 * sessions. The worker sees all their sessions (with any supervisor they had); the supervisor only
 * the sessions they held with this worker. A supervisor's look is a read of the worker's record.
 */
async function pairView(db: Db, actor: Actor, pair: PairRow) {
  const supervisor = await supervisorOf(db, actor.orgId, pair);
  const asWorker = actor.personId === pair.worker.id;
  const sessions = await sessionsOfWorker(db, actor.orgId, pair.worker.id, asWorker ? undefined : actor.personId);
  let rhythm = null;
  let dates = null;
  if (pair.supervisorId && supervisor) {
    const [levels, defaults, row] = await Promise.all([levelsOf(db, actor.orgId, [pair.worker]), rhythmDefaults(db, actor.orgId), findRhythm(db, actor.orgId, pair.worker.id, pair.supervisorId)]);
    rhythm = rhythmView(actor, levels.get(pair.worker.id)!, defaults, row);
    dates = datesOf(actor, sessions.filter((s) => s.supervisorId === pair.supervisorId), rhythm.weeks, pair.since);
  }
  return {
    worker: { id: pair.worker.id, name: pair.worker.name, unitName: pair.worker.unitName },
    supervisor: supervisor ? { id: supervisor.id, name: supervisor.name, source: supervisor.source as 'line-manager' | 'assigned' } : null,
    rhythm,
    dates,
    sessions: sessions.map(presentSummary),
    toConfirm: sessions.filter((s) => s.status === 'recorded').length,
  };
}

/** The worker's own supervision ("My supervision"). */
export async function mySupervision(db: Db, actor: Actor) {
  const pair = await pairOr404(db, actor, actor.personId);
  return pairView(db, actor, pair);
}

/** One supervisee's supervision, for their supervisor (404 to anyone else); the read is logged. */
export async function superviseeSupervision(db: Db, actor: Actor, workerId: string) {
  const pair = await pairOr404(db, actor, workerId);
  authorize(pairPolicy(actor, 'see', pairRef(actor, pair)), WHAT);
  const view = await pairView(db, actor, pair);
  await recordRead(db, actor, workerId, 'supervision');
  return view;
}

/** Everyone the actor supervises, with their dates (overdue shown only here and to the worker); one list read logged. */
export async function mySupervisees(db: Db, actor: Actor) {
  const pairs = await superviseesOf(db, actor.orgId, actor.personId);
  const ids = pairs.map((p) => p.worker.id);
  const [levels, defaults, rhythms, sessions] = await Promise.all([
    levelsOf(db, actor.orgId, pairs.map((p) => p.worker)),
    rhythmDefaults(db, actor.orgId),
    rhythmsOf(db, actor.orgId, actor.personId, ids),
    sessionsOfSupervisor(db, actor.orgId, actor.personId, ids),
  ]);
  if (ids.length > 0) await recordListRead(db, actor, 'supervisees', ids);
  return pairs.map((pair) => {
    const own = sessions.filter((s) => s.workerId === pair.worker.id);
    const rhythm = rhythmView(actor, levels.get(pair.worker.id)!, defaults, rhythms.get(pair.worker.id));
    return {
      worker: { id: pair.worker.id, name: pair.worker.name, unitName: pair.worker.unitName },
      rhythmWeeks: rhythm.weeks,
      dates: datesOf(actor, own, rhythm.weeks, pair.since),
      waitingForWorker: own.filter((s) => s.status === 'recorded').length,
      changeAsked: own.filter((s) => s.status === 'change-asked').length,
    };
  });
}

/** The supervisor plans a session with a supervisee; returns it. */
export async function planSession(db: Db, actor: Actor, workerId: string, plannedFor: string) {
  return db.transaction(async (tx) => {
    const pair = await pairOr404(tx, actor, workerId);
    authorize(pairPolicy(actor, 'create', pairRef(actor, pair)), WHAT);
    const session = await insertSession(tx, actor.orgId, { workerId, supervisorId: actor.personId }, plannedFor);
    await recordAudit(tx, actor, { type: 'supervision.session-changed', subjectPersonId: workerId, data: { sessionId: session.id, step: 'planned' } });
    return presentSummary(session);
  });
}

/**
 * A rhythm other than the organisation's default: one member proposes, the other agrees (the pair
 * agrees together, as S.org.5's partnership asks). Proposing again replaces a waiting proposal.
 */
export async function proposePairRhythm(db: Db, actor: Actor, workerId: string, weeks: number) {
  await db.transaction(async (tx) => {
    const pair = await pairOr404(tx, actor, workerId);
    authorize(pairPolicy(actor, 'change', pairRef(actor, pair)), WHAT);
    if (!pair.supervisorId) throw conflict(NO_SUPERVISOR);
    await proposeRhythm(tx, actor.orgId, { workerId, supervisorId: pair.supervisorId }, weeks, actor.personId);
    await recordAudit(tx, actor, { type: 'supervision.rhythm-changed', subjectPersonId: workerId, data: { step: 'proposed', weeks } });
  });
}

/** The other member agrees to the waiting proposal; 409 when there is none, or the actor made it. */
export async function agreePairRhythm(db: Db, actor: Actor, workerId: string) {
  await db.transaction(async (tx) => {
    const pair = await pairOr404(tx, actor, workerId);
    authorize(pairPolicy(actor, 'change', pairRef(actor, pair)), WHAT);
    if (!pair.supervisorId) throw conflict(NO_SUPERVISOR);
    const pairKey = { workerId, supervisorId: pair.supervisorId };
    const row = await findRhythm(tx, actor.orgId, workerId, pairKey.supervisorId);
    if (!row?.proposedWeeks) throw conflict('There is no proposed rhythm to agree to.');
    if (row.proposedByPersonId === actor.personId) throw conflict('You proposed this rhythm: the other person agrees to it.');
    await agreeRhythm(tx, actor.orgId, pairKey, row.proposedWeeks);
    await recordAudit(tx, actor, { type: 'supervision.rhythm-changed', subjectPersonId: workerId, data: { step: 'agreed', weeks: row.proposedWeeks } });
  });
}
