import { type SQL, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit-store.js';
import type { Queryable, Tx } from '../../../platform/db/client.js';
import { listUnits } from '../../units/unit-store.js';
import type { ImportContext, ImportField, ValidRow } from './import-rules.js';

/**
 * Rows per statement. Measured here: Drizzle's row builder costs ~3 s per 100k rows, while one
 * statement over `unnest` arrays (one parameter per column, whatever the rows) is a single round
 * trip; 5,000 rows make 20 statements of 100,000 and still give the progress bar steps to show.
 */
export const IMPORT_BATCH_SIZE = 5_000;

/** Progress of a write: rows written so far of all rows to write. */
export type ImportProgress = (progress: { processed: number; total: number }) => void;

/** What the rows are checked against: the organisation's units and its people's emails (lower case). */
export async function loadImportTargets(q: Queryable, orgId: string): Promise<Omit<ImportContext, 'dateFormat'>> {
  const units = await listUnits(q, orgId);
  const result = await q.execute(sql`SELECT lower(email) AS email FROM people WHERE org_id = ${orgId}`);
  return {
    units: units.map((u) => ({ id: u.id, name: u.name })),
    existingEmails: new Set(result.rows.map((r) => (r as { email: string }).email)),
  };
}

/** A Postgres array parameter: one `$n`, where an interpolated JS array would become a list. */
const array = (values: ReadonlyArray<string | null>, type: 'text' | 'uuid' | 'date') => sql`${sql.param(values)}::${sql.raw(type)}[]`;

function* batches<T>(rows: readonly T[]) {
  for (let i = 0; i < rows.length; i += IMPORT_BATCH_SIZE) yield rows.slice(i, i + IMPORT_BATCH_SIZE);
}

/**
 * Writes checked rows inside the caller's transaction: people whose email is already in the
 * organisation are updated, the others created; then, once everyone exists, line managers are
 * set from their emails. Only mapped columns change on existing people (an unmapped column
 * keeps what is there; a mapped but empty cell clears it, as the export writes empty for none;
 * an empty kind keeps the kind). Records one `people.imported` audit event. Returns the counts.
 */
export async function writeImportedPeople(
  tx: Tx,
  input: {
    orgId: string;
    actor: Pick<Actor, 'orgId' | 'accountId' | 'personId'> | null;
    rows: readonly ValidRow[];
    existingEmails: ReadonlySet<string>;
    mapped: ReadonlySet<ImportField>;
    onProgress?: ImportProgress | undefined;
  },
): Promise<{ created: number; updated: number }> {
  const { orgId, rows, mapped } = input;
  const total = rows.length;
  let processed = 0;
  let created = 0;
  let updated = 0;
  for (const batch of batches(rows)) {
    const toUpdate = batch.filter((r) => input.existingEmails.has(r.email));
    const toCreate = batch.filter((r) => !input.existingEmails.has(r.email));
    if (toUpdate.length > 0) updated += await updateBatch(tx, orgId, toUpdate, mapped);
    if (toCreate.length > 0) created += await insertBatch(tx, orgId, toCreate);
    processed += batch.length;
    input.onProgress?.({ processed, total });
  }
  // one pass once everyone exists: a manager may be on a later row than their reports
  if (mapped.has('manager_email') && rows.length > 0) await setManagers(tx, orgId, rows);
  await recordAudit(tx, input.actor, { orgId, type: 'people.imported', data: { created, updated } });
  return { created, updated };
}

async function insertBatch(tx: Tx, orgId: string, rows: readonly ValidRow[]): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO people (org_id, id, name, email, job_title, unit_id, kind, start_date, end_date)
    SELECT ${orgId}, u.id, u.name, u.email, u.job_title, u.unit_id, coalesce(u.kind, 'employee'), u.start_date, u.end_date
    FROM unnest(
      ${array(rows.map(() => uuidv7()), 'uuid')}, ${array(rows.map((r) => r.name), 'text')}, ${array(rows.map((r) => r.email), 'text')},
      ${array(rows.map((r) => r.jobTitle), 'text')}, ${array(rows.map((r) => r.unitId), 'uuid')}, ${array(rows.map((r) => r.kind), 'text')},
      ${array(rows.map((r) => r.startDate), 'date')}, ${array(rows.map((r) => r.endDate), 'date')}
    ) AS u(id, name, email, job_title, unit_id, kind, start_date, end_date)`);
  return result.rowCount ?? 0;
}

async function updateBatch(tx: Tx, orgId: string, rows: readonly ValidRow[], mapped: ReadonlySet<ImportField>): Promise<number> {
  const sets: SQL[] = [sql`name = u.name`];
  if (mapped.has('job_title')) sets.push(sql`job_title = u.job_title`);
  if (mapped.has('unit')) sets.push(sql`unit_id = u.unit_id`);
  if (mapped.has('kind')) sets.push(sql`kind = coalesce(u.kind, p.kind)`);
  if (mapped.has('start_date')) sets.push(sql`start_date = u.start_date`);
  if (mapped.has('end_date')) sets.push(sql`end_date = u.end_date`);
  sets.push(sql`updated_at = now()`);
  const result = await tx.execute(sql`
    UPDATE people AS p SET ${sql.join(sets, sql`, `)}
    FROM unnest(
      ${array(rows.map((r) => r.email), 'text')}, ${array(rows.map((r) => r.name), 'text')}, ${array(rows.map((r) => r.jobTitle), 'text')},
      ${array(rows.map((r) => r.unitId), 'uuid')}, ${array(rows.map((r) => r.kind), 'text')},
      ${array(rows.map((r) => r.startDate), 'date')}, ${array(rows.map((r) => r.endDate), 'date')}
    ) AS u(email, name, job_title, unit_id, kind, start_date, end_date)
    WHERE p.org_id = ${orgId} AND lower(p.email) = u.email`);
  return result.rowCount ?? 0;
}

/**
 * Every manager now exists, so emails resolve to ids (read once) and one statement sets every
 * row's manager by primary key; an empty cell clears the manager. Joining on emails in SQL
 * instead ran for minutes at 100,000 rows when the planner still took the table for small.
 */
async function setManagers(tx: Tx, orgId: string, rows: readonly ValidRow[]) {
  const everyone = await tx.execute(sql`SELECT id, lower(email) AS email FROM people WHERE org_id = ${orgId}`);
  const idOf = new Map(everyone.rows.map((r) => [(r as { email: string }).email, (r as { id: string }).id]));
  await tx.execute(sql`
    UPDATE people AS p SET manager_id = u.manager_id
    FROM unnest(${array(rows.map((r) => idOf.get(r.email)!), 'uuid')}, ${array(rows.map((r) => (r.managerEmail ? idOf.get(r.managerEmail)! : null)), 'uuid')}) AS u(id, manager_id)
    WHERE p.org_id = ${orgId} AND p.id = u.id`);
}
