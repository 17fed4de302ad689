import { z } from '@hono/zod-openapi';
import type { TInstrumentPack } from '../../content/pack-schema.js';
import { orNull } from '../../platform/http/openapi-shared.js';
import type { ScaleOutcome } from './instrument-types.js';
import type { OrgInstrumentRow } from './org-instrument-store.js';
import { presentInstrument, ZInstrument, ZLocalText } from './present.js';

/** An organisation's own instrument as its admins see it: status, the form's totals, safety marks, notes. */

const ZStatus = z.enum(['draft', 'published', 'withdrawn']).describe('draft: admins only; published: offered to workers; withdrawn: offered to nobody, past check-ins keep their scores');

export const ZOrgInstrumentSummary = z
  .object({
    id: z.string().describe('this import (a uuid)'),
    instrumentId: z.string(),
    version: z.string(),
    status: ZStatus,
    title: ZLocalText,
    itemCount: z.number().int(),
    scaleCount: z.number().int(),
    safetyItemCount: z.number().int(),
    noteCount: z.number().int(),
    importedAt: z.string(),
    publishedAt: orNull(z.string()),
  })
  .openapi('OrgInstrumentSummary');

const ZFormTotal = z.object({ linkId: z.string(), name: z.string().describe("the calculated item's text in the form") }).openapi('FormTotal');

export const ZOrgInstrument = ZOrgInstrumentSummary.extend({
  instrument: ZInstrument,
  safetyItems: z.array(z.object({ itemId: z.string(), supportAtOrAbove: z.number() })).describe('the items whose answer at or above the value calls for support'),
  scaleRules: z.array(
    z.object({ id: z.string(), items: z.array(z.string()), method: z.enum(['sum', 'mean']), minAnswered: z.number().int(), missing: z.enum(['none', 'prorate', 'zero']) }),
  ),
  formTotals: z.array(ZFormTotal).describe("the form's own calculated items: the preview evaluates each"),
  notes: z.array(z.string()).describe('what the import left out or could not carry'),
}).openapi('OrgInstrument');

export const ZPreview = z
  .object({
    scores: z.array(
      z.object({ scaleId: z.string(), name: ZLocalText, score: z.number().nullable(), answered: z.number().int(), itemCount: z.number().int(), bandLabel: orNull(ZLocalText) }),
    ),
    formTotals: z.array(ZFormTotal.extend({ value: z.number().nullable().describe('what the form’s own expression gives; null when it gives nothing') })),
    safetyItemsCalling: z.array(z.string()).describe('safety items these answers would call support for'),
  })
  .openapi('InstrumentPreview');

const packOf = (row: OrgInstrumentRow) => row.pack as TInstrumentPack;

export const presentOrgInstrumentSummary = (row: OrgInstrumentRow): z.infer<typeof ZOrgInstrumentSummary> => {
  const pack = packOf(row);
  return {
    id: row.id,
    instrumentId: row.instrumentId,
    version: row.version,
    status: row.status,
    title: pack.title as Record<string, string>,
    itemCount: pack.body.items.length,
    scaleCount: pack.body.scales.length,
    safetyItemCount: pack.body.items.filter((i) => i.supportAtOrAbove !== undefined).length,
    noteCount: (row.notes as string[]).length,
    importedAt: row.importedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
};

export const presentOrgInstrument = (row: OrgInstrumentRow, formTotals: Array<z.infer<typeof ZFormTotal>>): z.infer<typeof ZOrgInstrument> => {
  const pack = packOf(row);
  return {
    ...presentOrgInstrumentSummary(row),
    instrument: presentInstrument(pack),
    safetyItems: pack.body.items.flatMap((i) => (i.supportAtOrAbove === undefined ? [] : [{ itemId: i.id, supportAtOrAbove: i.supportAtOrAbove }])),
    scaleRules: pack.body.scales.map((s) => ({ id: s.id, items: [...s.items], method: s.method, minAnswered: s.minAnswered, missing: s.missing })),
    formTotals,
    notes: row.notes as string[],
  };
};

export const presentPreviewScores = (scores: ScaleOutcome[]) =>
  scores.map((s) => ({ scaleId: s.scaleId, name: s.name as Record<string, string>, score: s.score, answered: s.answered, itemCount: s.itemCount, bandLabel: s.band ? (s.band.label as Record<string, string>) : null }));
