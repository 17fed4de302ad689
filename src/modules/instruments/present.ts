import { z } from '@hono/zod-openapi';
import { orNull } from '../../platform/http/openapi-shared.js';
import type { InstrumentPack } from './instrument-types.js';

/** An instrument as a worker's check-in form shows it, in every locale it has. */

export const ZLocalText = z.record(z.string(), z.string()).openapi('LocalText', { description: 'One text per locale (en, es; imported licensed texts may have one)' });

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
    scales: z.array(z.object({ id: z.string(), name: ZLocalText, model: z.string() })),
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
  scales: p.body.scales.map((s) => ({ id: s.id, name: text(s.name), model: s.model ?? 'main' })),
});
