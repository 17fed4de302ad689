import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit-store.js';
import type { Db, Queryable, Tx } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/http/errors.js';
import type { BadRow, DateFormat } from '../../people/import/import-rules.js';
import { IMPORT_BATCH_SIZE, type ImportProgress } from '../../people/import/import-store.js';
import { type ParsedCsv, parseCsv } from '../../people/import/parse-csv.js';
import { badRowsError } from '../../people/import/run-import.js';
import { listPeople } from '../../people/people-store.js';
import { listCourses } from '../course-store.js';
import type { Level } from '../../framework/levels.js';
import {
  checkTrainingMapping,
  completeTrainingMapping,
  suggestTrainingMapping,
  type TrainingMapping,
  type TrainingRow,
  validateTrainingRows,
} from './training-import-rules.js';

/** The training import's use-cases: read a file, preview it, write it in one transaction. */

export { badRowsError };

export interface TrainingImportFile {
  parsed: ParsedCsv;
  mapping: TrainingMapping;
}

/** Reads the file and checks the mapping (the suggested one when none is given). Throws a 400 naming `csv` or `mapping.<field>`. */
export function readTrainingFile(csv: string, mapping?: Partial<TrainingMapping>): TrainingImportFile {
  const parsed = parseCsv(csv);
  const chosen = mapping ?? suggestTrainingMapping(parsed.headers);
  const problems = checkTrainingMapping(chosen, parsed.headers);
  if (problems.length > 0) throw new AppError(400, 'invalid-mapping', 'The column mapping needs attention.', problems);
  return { parsed, mapping: completeTrainingMapping(chosen) };
}

/** Checks every row against the organisation's people and catalogue as they are now. */
export async function checkTrainingFile(q: Queryable, orgId: string, file: TrainingImportFile, dateFormat: DateFormat) {
  // one after another: q may be the import's transaction, and a transaction is one connection
  const { rows: everyone } = await listPeople(q, orgId, { limit: 1_000_000, offset: 0 });
  const catalogue = await listCourses(q, orgId, { approvedOnly: false });
  const personByEmail = new Map(everyone.map((p) => [p.email.toLowerCase(), p.id]));
  const courses = catalogue.map((c) => ({ id: c.id, title: c.title, hours: c.hours, levels: c.levels as Level[], validForMonths: c.validForMonths }));
  return validateTrainingRows(file.parsed.rows, file.parsed.headers, file.mapping, { dateFormat, personByEmail, courses });
}

/** What an import would do: headers, the mapping used, counts, every bad row and the first good rows. Writes nothing. */
export async function previewTrainingImport(q: Queryable, orgId: string, file: TrainingImportFile, dateFormat: DateFormat) {
  const { goodRows, badRows } = await checkTrainingFile(q, orgId, file, dateFormat);
  return {
    headers: file.parsed.headers,
    mapping: file.mapping,
    totalRows: file.parsed.rows.length,
    goodRows: goodRows.length,
    badRows,
    sample: goodRows.slice(0, 10).map((r) => ({ line: r.line, title: r.title, completedOn: r.completedOn, hours: r.hours, levels: r.levels, expiresOn: r.expiresOn })),
  };
}

const array = (values: ReadonlyArray<string | number | null>, type: 'text' | 'uuid' | 'date' | 'numeric' | 'jsonb') =>
  sql`${sql.param(values)}::${sql.raw(type)}[]`;

/** Rows go in as `unnest` arrays, a batch per statement: one round trip each (see IMPORT_BATCH_SIZE). */
async function insertBatch(tx: Tx, orgId: string, rows: readonly TrainingRow[], recordedBy: string | null) {
  await tx.execute(sql`
    INSERT INTO training_records (org_id, id, person_id, course_id, title, completed_on, hours, levels, evidence_note, expires_on, recorded_by_person_id)
    SELECT ${orgId}, u.id, u.person_id, u.course_id, u.title, u.completed_on, u.hours, u.levels, u.evidence_note, u.expires_on, ${recordedBy}::uuid
    FROM unnest(
      ${array(rows.map(() => uuidv7()), 'uuid')}, ${array(rows.map((r) => r.personId), 'uuid')}, ${array(rows.map((r) => r.courseId), 'uuid')},
      ${array(rows.map((r) => r.title), 'text')}, ${array(rows.map((r) => r.completedOn), 'date')}, ${array(rows.map((r) => r.hours), 'numeric')},
      ${array(rows.map((r) => JSON.stringify(r.levels)), 'jsonb')}, ${array(rows.map((r) => r.evidenceNote), 'text')}, ${array(rows.map((r) => r.expiresOn), 'date')}
    ) AS u(id, person_id, course_id, title, completed_on, hours, levels, evidence_note, expires_on)`);
}

/**
 * Validates and writes the file in one transaction, rechecking at write time. With bad rows and
 * not `goodRowsOnly`, writes nothing (`written: false`). Records one `training.imported` event.
 */
export async function writeTrainingFile(
  db: Db,
  input: {
    orgId: string;
    actor: Pick<Actor, 'orgId' | 'accountId' | 'personId'> | null;
    file: TrainingImportFile;
    dateFormat: DateFormat;
    goodRowsOnly: boolean;
    onProgress?: ImportProgress | undefined;
  },
): Promise<{ written: boolean; created: number; badRows: BadRow[] }> {
  return db.transaction(async (tx) => {
    const { goodRows, badRows } = await checkTrainingFile(tx, input.orgId, input.file, input.dateFormat);
    if (badRows.length > 0 && !input.goodRowsOnly) return { written: false, created: 0, badRows };
    let processed = 0;
    for (let i = 0; i < goodRows.length; i += IMPORT_BATCH_SIZE) {
      const batch = goodRows.slice(i, i + IMPORT_BATCH_SIZE);
      await insertBatch(tx, input.orgId, batch, input.actor?.personId ?? null);
      processed += batch.length;
      input.onProgress?.({ processed, total: goodRows.length });
    }
    await recordAudit(tx, input.actor, { orgId: input.orgId, type: 'training.imported', data: { created: goodRows.length, skipped: badRows.length } });
    return { written: true, created: goodRows.length, badRows };
  });
}
