import { type Actor, hidden } from '../../platform/access/policy.js';
import { recordAudit, recordListRead, recordRead } from '../../platform/audit/audit-store.js';
import { mailEmailChange } from '../../platform/auth/email-change.js';
import { sendInvitation } from '../../platform/auth/reset.js';
import type { Db, Queryable } from '../../platform/db/client.js';
import type { AppDeps } from '../../platform/deps.js';
import { toCsv } from '../../platform/http/csv-export.js';
import { authorize } from '../../platform/usecase/authorize.js';
import type { TPersonInput, TPersonPatch } from './model.js';
import { createPerson, findPerson, listPeople, type PersonRow, presentPerson, updatePerson } from './people-store.js';
import { listScope, ownPeople, peoplePolicy, personPolicy } from './policy.js';

/** The CSV export's columns: the same names the import understands without mapping. */
export const EXPORT_COLUMNS = ['name', 'email', 'job_title', 'unit', 'manager_email', 'kind', 'start_date', 'end_date'] as const;

/**
 * The person, if the actor may read their professional record; otherwise 404 "The person"
 * (not found and not allowed answer alike, so ids cannot be probed).
 */
export async function readablePerson(q: Queryable, actor: Actor, personId: string): Promise<PersonRow> {
  const person = await findPerson(q, actor.orgId, personId);
  authorize(person ? personPolicy(actor, 'see', person) : hidden, 'The person');
  return person!;
}

/**
 * A page of people by name: everyone for an org admin, a supervisor's direct reports otherwise.
 * The read is one audit event saying which list, how many were shown and the filters used.
 */
export async function showPeople(
  db: Db,
  actor: Actor,
  query: { search?: string | undefined; unitId?: string | undefined; limit: number; offset: number },
) {
  authorize(peoplePolicy(actor, 'list', ownPeople(actor)), 'The people');
  const { managerId } = listScope(actor);
  return db.transaction(async (tx) => {
    const { rows, total } = await listPeople(tx, actor.orgId, { ...query, managerId });
    await recordListRead(tx, actor, managerId ? 'people:direct-reports' : 'people', rows.map((r) => r.id), {
      searched: Boolean(query.search),
      unitId: query.unitId ?? null,
      offset: query.offset,
      total,
    });
    return { people: rows.map(presentPerson), total };
  });
}

/** Everyone as CSV (UTF-8, comma-separated, ISO dates), with the audit event saying how many. */
export async function exportPeople(db: Db, actor: Actor): Promise<string> {
  authorize(peoplePolicy(actor, 'share', ownPeople(actor)), 'The people');
  return db.transaction(async (tx) => {
    const { rows } = await listPeople(tx, actor.orgId, { limit: 1_000_000, offset: 0 });
    const emailById = new Map(rows.map((r) => [r.id, r.email]));
    const csv = toCsv(
      rows.map((r) => [r.name, r.email, r.jobTitle ?? '', r.unitName ?? '', r.managerId ? (emailById.get(r.managerId) ?? '') : '', r.kind, r.startDate ?? '', r.endDate ?? '']),
      { columns: EXPORT_COLUMNS },
    );
    await recordAudit(tx, actor, { type: 'people.exported', data: { count: rows.length, list: 'people-export' } });
    return csv;
  });
}

/** One person's record for whoever may read it, the read recorded in the person's access log. */
export async function showPerson(db: Db, actor: Actor, personId: string) {
  return db.transaction(async (tx) => {
    const person = await readablePerson(tx, actor, personId);
    await recordRead(tx, actor, person.id, 'profile');
    return presentPerson(person);
  });
}

/** Adds a person, with its audit event; returns the record as shown. */
export async function addPerson(db: Db, actor: Actor, input: TPersonInput) {
  authorize(peoplePolicy(actor, 'create', ownPeople(actor)), 'The people');
  const person = await db.transaction(async (tx) => {
    const id = await createPerson(tx, actor.orgId, input);
    await recordAudit(tx, actor, { type: 'person.created', subjectPersonId: id });
    return findPerson(tx, actor.orgId, id);
  });
  return presentPerson(person!);
}

/**
 * Changes a person, with its audit event naming the fields. A new email for someone with an
 * account waits for its owner's confirmation (mailed once the change is committed); an account
 * still invited gets a new invitation at the new address.
 */
export async function changePerson(deps: AppDeps, actor: Actor, personId: string, patch: TPersonPatch) {
  const db = deps.database.db;
  const { person, emailChange } = await db.transaction(async (tx) => {
    const current = await findPerson(tx, actor.orgId, personId);
    authorize(current ? personPolicy(actor, 'change', current) : hidden, 'The person');
    const { fields, emailChange } = await updatePerson(tx, actor.orgId, personId, patch, actor);
    if (fields.length > 0) await recordAudit(tx, actor, { type: 'person.updated', subjectPersonId: personId, data: { fields } });
    return { person: await findPerson(tx, actor.orgId, personId), emailChange };
  });
  // mail only after the commit: a rolled-back change must not send a link
  if (emailChange?.kind === 'pending') await mailEmailChange(deps, emailChange, actor.name);
  if (emailChange?.kind === 'replaced') {
    await sendInvitation(deps, { orgId: actor.orgId, accountId: emailChange.account.accountId, email: emailChange.newEmail }, actor.name);
  }
  return presentPerson(person!);
}
