import { z } from 'zod';
import { sourceProblem } from './seed-ids.js';

/**
 * The small pieces every kind of pack is built from (ids, sources, strict objects), apart from
 * pack-schema.ts so that a kind's own file (instrument-pack-schema.ts) can use them without an
 * import cycle.
 */

const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** Every object of the format refuses fields it does not know: a misspelt `sorce` must not vanish silently. */
const objectError = (issue: { code: string }) => (issue.code === 'unrecognized_keys' ? 'unknown field: the pack format has no such field here' : undefined);
export const obj = <Shape extends z.ZodRawShape>(shape: Shape) => z.strictObject(shape, { error: objectError });

export const nonEmptyArray = <T extends z.ZodType>(item: T, what: string) => z.array(item).min(1, `needs at least one ${what}`);

export const isIdText = (value: string): boolean => ID_PATTERN.test(value);
export const ZId = z.string().regex(ID_PATTERN, 'an id is lowercase letters and digits, separated by dots or dashes (like "informed.k1")');

/** A SEED-MAP.md ID (H.levels.informed) or an outside reference (ext:…). */
export const ZSource = z
  .string()
  .superRefine((value, ctx) => {
    const problem = sourceProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ id: 'Source', description: 'A SEED-MAP.md ID (like H.levels.informed or H.audit.safety.3) or an outside reference "ext:…"' });
export const ZSources = nonEmptyArray(ZSource, 'source');

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
export const listAt = (value: unknown, key: string): unknown[] => (isRecord(value) && Array.isArray(value[key]) ? value[key] : []);

export type IssueSink = { addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[] }): void };
