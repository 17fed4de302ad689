import type { z } from '@hono/zod-openapi';
import type { Queryable } from '../../platform/db/client.js';

/**
 * Something another module keeps that is one person's own and nobody else's — a private
 * supervision note, the answers to a check-in after a hard event, a named concern. The person
 * takes it away and erases it from one place, the well-being space's "My data": a module hands
 * its part in through this interface (wired in app.ts), so the well-being module names none of
 * them and no module depends on it for this.
 */
export interface PersonalDataPart {
  /** The part's key in the export's `alsoYours` and in the erase counts (camelCase). */
  key: string;
  /** Its heading in the readable (PDF) export. */
  title: { en: string; es: string };
  /** The part's exported shape, for the OpenAPI document. */
  schema: z.ZodType;
  /** Everything of the person's own in the part, JSON-ready. */
  exportFor(q: Queryable, orgId: string, personId: string): Promise<unknown>;
  /** Deletes what the person owns in the part; how many rows of each kind went. */
  eraseFor(q: Queryable, orgId: string, personId: string): Promise<Record<string, number>>;
}

/** Every part's export, by key, read inside the caller's transaction so the parts agree. */
export async function exportParts(q: Queryable, parts: readonly PersonalDataPart[], orgId: string, personId: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const part of parts) out[part.key] = await part.exportFor(q, orgId, personId);
  return out;
}

/** Every part's erase, by key, inside the caller's transaction: all of it goes, or none. */
export async function eraseParts(q: Queryable, parts: readonly PersonalDataPart[], orgId: string, personId: string): Promise<Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, number>> = {};
  for (const part of parts) out[part.key] = await part.eraseFor(q, orgId, personId);
  return out;
}

/**
 * A part's export as lines a person can read (the PDF): each leaf as "field: value", the items of a
 * list one line each. Parts are plain JSON, so this needs to know nothing of them.
 */
export function readableLines(value: unknown, label = ''): string[] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) return value.flatMap((item) => (isObject(item) ? [oneLine(item)] : readableLines(item, label))).filter(Boolean);
  if (isObject(value)) return Object.entries(value).flatMap(([key, inner]) => readableLines(inner, label ? `${label} · ${key}` : key));
  return [label ? `${label}: ${String(value)}` : String(value)];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const oneLine = (item: Record<string, unknown>) =>
  Object.entries(item)
    .filter(([, inner]) => inner !== null && inner !== undefined && inner !== '' && !(Array.isArray(inner) && inner.length === 0))
    .map(([key, inner]) => `${key}: ${typeof inner === 'object' ? JSON.stringify(inner) : String(inner)}`)
    .join('; ');
