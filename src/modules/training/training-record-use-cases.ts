import type { Actor } from '../../platform/access/policy.js';
import { recordAudit, recordRead } from '../../platform/audit/audit-store.js';
import type { Db, Queryable } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { todayIn } from '../../platform/time/day.js';
import { findPerson } from '../people/people-store.js';
import type { TTrainingRecordInput } from './model.js';
import { trainingRecordPolicy } from './policy.js';
import { createTrainingRecord, deleteTrainingRecord, listTrainingOf, presentTrainingRecord } from './training-store.js';

/**
 * A person's training records as use-cases: load the person, authorize with the training record
 * policy (missing and not allowed answer alike, 404, so ids cannot be probed), then read or
 * change with the audit event in one transaction.
 */

async function personWhoseTraining(q: Queryable, actor: Actor, personId: string, ability: 'see' | 'create' | 'remove') {
  const person = await findPerson(q, actor.orgId, personId);
  if (!person) throw notFound('The person');
  authorize(trainingRecordPolicy(actor, ability, person), 'The person');
  return person;
}

/** A person's records, newest first, with their validity today; the read is logged. */
export async function listTrainingRecords(db: Db, actor: Actor, personId: string) {
  await personWhoseTraining(db, actor, personId, 'see');
  const rows = await listTrainingOf(db, actor.orgId, personId);
  await recordRead(db, actor, personId, 'training');
  const today = todayIn(actor.timeZone);
  return { records: rows.map((r) => presentTrainingRecord(r, today)) };
}

/** Records a course or other learning for a person. */
export async function recordTraining(db: Db, actor: Actor, personId: string, input: TTrainingRecordInput) {
  await personWhoseTraining(db, actor, personId, 'create');
  const row = await db.transaction(async (tx) => {
    const recordId = await createTrainingRecord(tx, actor.orgId, personId, input, actor.personId);
    await recordAudit(tx, actor, { type: 'training.recorded', subjectPersonId: personId, data: { recordId } });
    return (await listTrainingOf(tx, actor.orgId, personId)).find((r) => r.id === recordId)!;
  });
  return presentTrainingRecord(row, todayIn(actor.timeZone));
}

/** Removes one of a person's records (404 when it is not theirs). */
export async function removeTrainingRecord(db: Db, actor: Actor, personId: string, recordId: string) {
  await personWhoseTraining(db, actor, personId, 'remove');
  await db.transaction(async (tx) => {
    if (!(await deleteTrainingRecord(tx, actor.orgId, personId, recordId))) throw notFound('The training record');
    await recordAudit(tx, actor, { type: 'training.deleted', subjectPersonId: personId, data: { recordId } });
  });
}
