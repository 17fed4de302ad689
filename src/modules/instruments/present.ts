import { z } from '@hono/zod-openapi';
import { orNull } from '../../platform/http/openapi-shared.js';
import type { InstrumentPack } from './instrument-types.js';

/** An instrument as a worker's check-in form shows it, in every locale it has. */

export const ZLocalText = z.record(z.string(), z.string()).openapi('LocalText', { description: 'One text per locale (en, es; imported licensed texts may have one)' });

/** How a scale is scored, for the page that explains it to the person answering. */
export const ZScaleRules = z
  .object({
    id: z.string(),
    name: ZLocalText,
    model: z.string(),
    items: z.array(z.string()).describe('the item ids it scores'),
    reversedItems: z.array(z.string()).describe('those of its items scored the other way round'),
    method: z.enum(['sum', 'mean']),
    minAnswered: z.number().int(),
    missing: z.enum(['prorate', 'zero', 'none']),
    missingRuleFrom: orNull(z.string()).describe("who set the rule for unanswered items (an outside reference); null: the rule is Tend's own"),
    bands: z.array(z.object({ id: z.string(), min: z.number(), max: z.number(), label: ZLocalText })),
    references: z.array(z.string()).describe('the outside references the scale cites (SEED-MAP ids are left out)'),
  })
  .openapi('ScaleRules');

export const ZInstrument = z
  .object({
    id: z.string(),
    version: z.string(),
    title: ZLocalText,
    summary: ZLocalText,
    purpose: z.enum(['reflection', 'measure']),
    licensed: z.boolean().describe('a licensed measure whose texts this organisation imported'),
    intro: ZLocalText,
    contentNote: orNull(ZLocalText),
    answerSets: z.array(z.object({ id: z.string(), options: z.array(z.object({ value: z.number(), text: ZLocalText })) })),
    items: z.array(z.object({ id: z.string(), text: orNull(ZLocalText), answerSet: z.string(), contentNote: orNull(ZLocalText) })),
    scales: z.array(ZScaleRules),
  })
  .openapi('Instrument');

const text = (t: Partial<Record<string, string>>) => t as Record<string, string>;
export const presentInstrument = (p: InstrumentPack): z.infer<typeof ZInstrument> => ({
  id: p.id,
  version: p.version,
  title: text(p.title),
  summary: text(p.summary),
  purpose: p.body.purpose,
  licensed: p.body.licence !== null,
  intro: text(p.body.intro),
  contentNote: p.body.contentNote ? text(p.body.contentNote) : null,
  answerSets: p.body.answerSets.map((s) => ({ id: s.id, options: s.options.map((o) => ({ value: o.value, text: text(o.text) })) })),
  items: p.body.items.map((i) => ({ id: i.id, text: i.text ? text(i.text) : null, answerSet: i.answerSet, contentNote: i.contentNote ? text(i.contentNote) : null })),
  scales: p.body.scales.map((s) => presentScaleRules(p, s)),
});

const outside = (source: string) => (source.startsWith('ext:') ? source.slice(4).trim() : undefined);

function presentScaleRules(p: InstrumentPack, s: InstrumentPack['body']['scales'][number]): z.infer<typeof ZScaleRules> {
  const reversed = new Set(p.body.items.filter((i) => i.reverse).map((i) => i.id));
  return {
    id: s.id,
    name: text(s.name),
    model: s.model ?? 'main',
    items: [...s.items],
    reversedItems: s.items.filter((id) => reversed.has(id)),
    method: s.method,
    minAnswered: s.minAnswered,
    missing: s.missing,
    missingRuleFrom: s.missingRuleSource ? (outside(s.missingRuleSource) ?? s.missingRuleSource) : null,
    bands: s.bands.map((b) => ({ id: b.id, min: b.min, max: b.max, label: text(b.label) })),
    references: s.source.flatMap((source) => outside(source) ?? []),
  };
}
