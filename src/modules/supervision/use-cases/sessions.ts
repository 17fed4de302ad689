import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit, recordRead } from '../../../platform/audit/audit-store.js';
import type { Db, Queryable } from '../../../platform/db/client.js';
import { badRequest, conflict, notFound } from '../../../platform/http/errors.js';
import { todayIn } from '../../../platform/time/day.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import type { Ability } from '../../../platform/access/policy.js';
import { namesOf } from '../../people/person-names.js';
import { recordProblems, type TRecordSessionInput } from '../model.js';
import { sessionPolicy } from '../policy.js';
import { presentSession } from '../present.js';
import { answerRecord, deleteSession, findSession, type SessionRow, writeRecord } from '../session-store.js';

/**
 * A session's shared record: the pair's alone. Load, authorise (anyone outside the pair: 404,
 * the same as an unknown id), then act with the audit event in one transaction.
 */

const WHAT = 'The session';

/** The session, once the actor may `ability` it. */
export async function loadSession(q: Queryable, actor: Actor, id: string, ability: Ability): Promise<SessionRow> {
  const session = await findSession(q, actor.orgId, id);
  if (!session) throw notFound(WHAT);
  authorize(sessionPolicy(actor, ability, { orgId: session.orgId, workerId: session.workerId, supervisorId: session.supervisorId }), WHAT);
  return session;
}

async function present(q: Queryable, actor: Actor, session: SessionRow) {
  const names = await namesOf(q, actor.orgId, [session.workerId, session.supervisorId]);
  return presentSession(session, names, actor.personId);
}

/** One session with its shared notes, for either member; the supervisor's read is logged for the worker. */
export async function seeSession(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const session = await loadSession(tx, actor, id, 'see');
    await recordRead(tx, actor, session.workerId, 'supervision-session');
    return present(tx, actor, session);
  });
}

/** The supervisor records (or re-records, after a change was asked) the shared notes; the worker is asked to confirm. */
export async function recordSession(db: Db, actor: Actor, id: string, input: TRecordSessionInput) {
  return db.transaction(async (tx) => {
    const session = await loadSession(tx, actor, id, 'change');
    if (session.status === 'confirmed') throw conflict('The worker has confirmed these notes; they stay as agreed.');
    const problems = recordProblems(input, todayIn(actor.timeZone));
    if (problems.length > 0) throw badRequest('The session could not be recorded.', problems);
    const row = await writeRecord(tx, actor.orgId, id, input);
    await recordAudit(tx, actor, { type: 'supervision.session-changed', subjectPersonId: session.workerId, data: { sessionId: id, step: 'recorded' } });
    return present(tx, actor, row);
  });
}

/** The worker confirms the recorded notes, or asks for a change in their own words. */
export async function answerSession(db: Db, actor: Actor, id: string, answer: { confirm: true } | { changeRequest: string }) {
  return db.transaction(async (tx) => {
    const session = await loadSession(tx, actor, id, 'manage');
    if (session.status !== 'recorded') throw conflict(session.status === 'planned' ? 'The session has not been recorded yet.' : 'These notes are not waiting for you.');
    const row = await answerRecord(tx, actor.orgId, id, answer);
    await recordAudit(tx, actor, { type: 'supervision.session-changed', subjectPersonId: session.workerId, data: { sessionId: id, step: 'confirm' in answer ? 'confirmed' : 'change-asked' } });
    return present(tx, actor, row);
  });
}

/** The supervisor cancels a planned session (a held one is part of the record and stays). */
export async function cancelSession(db: Db, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const session = await loadSession(tx, actor, id, 'remove');
    if (session.status !== 'planned') throw conflict('Only a planned session can be cancelled; a held one stays on record.');
    await deleteSession(tx, actor.orgId, id);
    await recordAudit(tx, actor, { type: 'supervision.session-changed', subjectPersonId: session.workerId, data: { sessionId: id, step: 'cancelled' } });
  });
}
