import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit-store.js';
import type { Db, Queryable } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/http/errors.js';
import { todayIn } from '../../../platform/time/day.js';
import type { BadRow, DateFormat } from '../../people/import/import-rules.js';
import { IMPORT_BATCH_SIZE, type ImportProgress } from '../../people/import/import-store.js';
import { type ParsedCsv, parseCsv } from '../../people/import/parse-csv.js';
import { badRowsError } from '../../people/import/run-import.js';
import { listPeople } from '../../people/people-store.js';
import { followMoves, lockHrEvents } from '../employment-dates.js';
import { absenceDaysOfOrg, insertAbsences, insertMoves, movesOfOrg } from '../hr-event-store.js';
import type { MoveKind } from '../workforce-rules.js';
import {
  type AbsenceRow,
  checkHrMapping,
  completeHrMapping,
  type HrFileKind,
  type HrImportContext,
  type HrMapping,
  type MoveRow,
  suggestHrMapping,
  validateAbsenceRows,
  validateMoveRows,
} from './hr-import-rules.js';

/** The HR events import's use-cases: read a file, preview it, write it in one transaction. */

export { badRowsError };

export interface HrImportFile {
  kind: HrFileKind;
  parsed: ParsedCsv;
  mapping: HrMapping;
}

/** Reads the file and checks the mapping (the suggested one when none is given). Throws a 400 naming `csv` or `mapping.<field>`. */
export function readHrFile(kind: HrFileKind, csv: string, mapping?: Record<string, string | null | undefined>): HrImportFile {
  const parsed = parseCsv(csv);
  const chosen = mapping ?? suggestHrMapping(kind, parsed.headers);
  const problems = checkHrMapping(kind, chosen, parsed.headers);
  if (problems.length > 0) throw new AppError(400, 'invalid-mapping', 'The column mapping needs attention.', problems);
  return { kind, parsed, mapping: completeHrMapping(kind, chosen as HrMapping) };
}

function byPerson<T extends { personId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.personId, [...(map.get(row.personId) ?? []), row]);
  return map;
}

/** The organisation's people and HR events as they are now, and today where it works. */
async function contextOf(q: Queryable, orgId: string, timeZone: string, dateFormat: DateFormat, kind: HrFileKind): Promise<HrImportContext> {
  // one after another: q may be the import's transaction, and a transaction is one connection
  const { rows: everyone } = await listPeople(q, orgId, { limit: 1_000_000, offset: 0 });
  const personByEmail = new Map(everyone.map((p) => [p.email.toLowerCase(), { id: p.id, kind: p.kind, unitId: p.unitId, startDate: p.startDate }]));
  const storedMoves = kind === 'moves' ? byPerson(await movesOfOrg(q, orgId)) : new Map();
  const storedAbsences = kind === 'absences' ? byPerson(await absenceDaysOfOrg(q, orgId)) : new Map();
  return { dateFormat, today: todayIn(timeZone), personByEmail, storedMoves, storedAbsences };
}

export type CheckedFile = { kind: 'moves'; goodRows: MoveRow[]; badRows: BadRow[] } | { kind: 'absences'; goodRows: AbsenceRow[]; badRows: BadRow[] };

/** Checks every row against the organisation's people and HR events as they are now. */
export async function checkHrFile(q: Queryable, orgId: string, timeZone: string, file: HrImportFile, dateFormat: DateFormat): Promise<CheckedFile> {
  const context = await contextOf(q, orgId, timeZone, dateFormat, file.kind);
  const { headers, rows } = file.parsed;
  return file.kind === 'moves'
    ? { kind: 'moves', ...validateMoveRows(rows, headers, file.mapping, context) }
    : { kind: 'absences', ...validateAbsenceRows(rows, headers, file.mapping, context) };
}

/** One good row as the preview shows it. */
function sampleOf(row: MoveRow | AbsenceRow) {
  if ('kind' in row) return { line: row.line, kind: row.kind as MoveKind | 'absence', day: row.on, lastDay: null, workingDaysLost: null, reason: row.leaveReason, workerKind: row.workerKind };
  return { line: row.line, kind: 'absence' as const, day: row.firstDay, lastDay: row.lastDay, workingDaysLost: row.workingDaysLost, reason: row.reason, workerKind: null };
}

/** What an import would do: headers, the mapping used, counts, every bad row and the first good rows. Writes nothing. */
export async function previewHrImport(q: Queryable, orgId: string, timeZone: string, file: HrImportFile, dateFormat: DateFormat) {
  const checked = await checkHrFile(q, orgId, timeZone, file, dateFormat);
  return {
    fileKind: file.kind,
    headers: file.parsed.headers,
    mapping: file.mapping,
    totalRows: file.parsed.rows.length,
    goodRows: checked.goodRows.length,
    badRows: checked.badRows,
    sample: checked.goodRows.slice(0, 10).map(sampleOf),
  };
}

/**
 * Validates and writes the file in one transaction (under the organisation's HR events lock,
 * rechecking at write time). With bad rows and not `goodRowsOnly`, writes nothing
 * (`written: false`). Starts and leaves move the people's start and end dates. Records one
 * `hr-events.imported` event naming everyone whose events it wrote.
 */
export async function writeHrFile(
  db: Db,
  input: {
    orgId: string;
    timeZone: string;
    actor: Pick<Actor, 'orgId' | 'accountId' | 'personId'> | null;
    file: HrImportFile;
    dateFormat: DateFormat;
    goodRowsOnly: boolean;
    onProgress?: ImportProgress | undefined;
  },
): Promise<{ written: boolean; created: number; peopleUpdated: number; badRows: BadRow[] }> {
  return db.transaction(async (tx) => {
    await lockHrEvents(tx, input.orgId);
    const checked = await checkHrFile(tx, input.orgId, input.timeZone, input.file, input.dateFormat);
    if (checked.badRows.length > 0 && !input.goodRowsOnly) return { written: false, created: 0, peopleUpdated: 0, badRows: checked.badRows };
    const recordedBy = input.actor?.personId ?? null;
    const total = checked.goodRows.length;
    for (let i = 0; i < total; i += IMPORT_BATCH_SIZE) {
      if (checked.kind === 'moves') await insertMoves(tx, input.orgId, checked.goodRows.slice(i, i + IMPORT_BATCH_SIZE), 'imported', recordedBy);
      else await insertAbsences(tx, input.orgId, checked.goodRows.slice(i, i + IMPORT_BATCH_SIZE), 'imported', recordedBy);
      input.onProgress?.({ processed: Math.min(i + IMPORT_BATCH_SIZE, total), total });
    }
    const subjects = [...new Set(checked.goodRows.map((r) => r.personId))];
    let peopleUpdated = 0;
    if (checked.kind === 'moves' && subjects.length > 0) {
      const { rows: everyone } = await listPeople(tx, input.orgId, { limit: 1_000_000, offset: 0 });
      const touched = new Set(subjects);
      peopleUpdated = (await followMoves(tx, input.orgId, everyone.filter((p) => touched.has(p.id)))).length;
    }
    await recordAudit(tx, input.actor, {
      orgId: input.orgId,
      type: 'hr-events.imported',
      subjectPersonIds: subjects,
      data: { fileKind: input.file.kind, created: total, skipped: checked.badRows.length, peopleUpdated },
    });
    return { written: true, created: total, peopleUpdated, badRows: checked.badRows };
  });
}
