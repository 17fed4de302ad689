import { z } from '@hono/zod-openapi';
import { MAX_CSV_BYTES, PEOPLE_CSV_LIMITS } from './parse-csv.js';

/**
 * What every CSV import's API shares (people, training records): the file as text, the date
 * format the admin chose, a bad row with its line, and the job the progress bar polls.
 */

// The byte limit is checked exactly when the file is read; this only stops absurd bodies early.
export const ZCsv = z.string().min(1, 'must not be empty').max(MAX_CSV_BYTES, 'must be at most 5 MB of text');
/**
 * A CSV import sends its file as JSON text: escaping (quotes, line breaks as \n) can double it,
 * so these routes take up to twice the file limit plus room for the rest (input-guard.ts).
 */
export const MAX_CSV_BODY_BYTES = 2 * MAX_CSV_BYTES + 1024 * 1024;
export const CSV_BODY = { maxJsonBytes: MAX_CSV_BODY_BYTES };

/** The people import's file: a whole organisation in one file (PEOPLE_CSV_LIMITS), the same doubling for JSON. */
export const ZPeopleCsv = z.string().min(1, 'must not be empty').max(PEOPLE_CSV_LIMITS.maxBytes, 'must be at most 100 MB of text');
export const MAX_PEOPLE_CSV_BODY_BYTES = 2 * PEOPLE_CSV_LIMITS.maxBytes + 1024 * 1024;
export const PEOPLE_CSV_BODY = { maxJsonBytes: MAX_PEOPLE_CSV_BODY_BYTES };
export const ZDateFormat = z.enum(['iso', 'dmy'], { error: "must be 'iso' (YYYY-MM-DD) or 'dmy' (DD/MM/YYYY)" });
export const ZBadRow = z.object({ line: z.number().int(), problems: z.array(z.object({ field: z.string(), problem: z.string() })) });

export const ZImportJob = z
  .object({
    status: z.enum(['running', 'done', 'failed']),
    processed: z.number().int(),
    total: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    message: z.string().nullable(),
  })
  .openapi('ImportJob');
