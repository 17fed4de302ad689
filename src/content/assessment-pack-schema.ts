import { z } from 'zod';
import { jsonPath } from './json-path.js';
import type { TText } from './pack-schema.js';
import { type IssueSink, isRecord, listAt, nonEmptyArray, obj, ZId, ZSources } from './pack-schema-parts.js';

/**
 * The body of kind "assessment" (PACK-FORMAT.md, "kind: assessment"): sections of criteria rated
 * red / amber / green by a team review, or on a scale by an anonymous staff survey. Built by
 * pack-schema.ts for one kind of text, like the instrument's parts.
 */

/** The three ratings of a team review, in this order (red: not in place yet). */
export const RAG_IDS = ['red', 'amber', 'green'] as const;
export type RagId = (typeof RAG_IDS)[number];

/** The ten implementation domains of H.domains, in their order (H.domains.1 is governance). */
export const DOMAIN_IDS = ['governance', 'policy', 'environment', 'engagement', 'collaboration', 'screening', 'workforce', 'monitoring', 'financing', 'evaluation'] as const;

export function assessmentSchemas(text: z.ZodType<TText>, name: <T extends z.ZodType>(schema: T, id: string) => T) {
  const criterion = name(
    obj({
      id: ZId,
      text,
      evidenceHint: text.optional(),
      domains: z
        .array(z.enum(DOMAIN_IDS))
        .optional()
        .describe('the implementation domains (H.domains) the criterion belongs to'),
      source: ZSources,
    }),
    'Criterion',
  );
  const section = name(
    obj({
      id: ZId,
      title: text,
      summary: text,
      journeyPrompt: text.describe('"where are you on your journey?" note asked per section'),
      source: ZSources,
      criteria: nonEmptyArray(criterion, 'criterion'),
    }),
    'AssessmentSection',
  );
  const rag = obj({ id: z.enum(RAG_IDS), text });
  const scale = obj({
    min: z.number().int(),
    max: z.number().int(),
    labels: nonEmptyArray(obj({ value: z.number().int(), text }), 'label'),
  });
  const body = obj({
    intro: text,
    ratings: obj({ rag: z.array(rag).describe('exactly red, amber and green, in that order'), scale }),
    sections: nonEmptyArray(section, 'section'),
  });
  return { body, section, criterion };
}

/**
 * What field-by-field parsing cannot see: section and criterion ids unique in the pack, the RAG
 * ratings exactly red, amber, green, and a scale whose labels sit inside min..max. Runs on partly
 * invalid input too, so it reads defensively.
 */
export function checkAssessment(pack: unknown, ctx: IssueSink): void {
  const body = isRecord(pack) ? pack.body : undefined;
  if (!isRecord(body)) return;
  const ratings = isRecord(body.ratings) ? body.ratings : undefined;
  if (ratings && Array.isArray(ratings.rag)) {
    const ids = ratings.rag.map((r) => (isRecord(r) ? r.id : undefined));
    // an id that is not a rating at all is reported at its own place by the enum
    const known = ids.every((id) => (RAG_IDS as readonly unknown[]).includes(id));
    if (known && (ids.length !== RAG_IDS.length || RAG_IDS.some((id, i) => ids[i] !== id))) {
      ctx.addIssue({ code: 'custom', message: 'the ratings are exactly red, amber and green, in that order, each once', path: ['body', 'ratings', 'rag'] });
    }
  }
  const scale = ratings && isRecord(ratings.scale) ? ratings.scale : undefined;
  if (scale && typeof scale.min === 'number' && typeof scale.max === 'number') {
    const { min, max } = scale;
    if (min >= max) ctx.addIssue({ code: 'custom', message: `the scale's min (${min}) must be below its max (${max})`, path: ['body', 'ratings', 'scale', 'max'] });
    const seen = new Set<number>();
    if (min < max) listAt(scale, 'labels').forEach((label, i) => {
      if (!isRecord(label) || typeof label.value !== 'number') return;
      const at = ['body', 'ratings', 'scale', 'labels', i, 'value'];
      if (label.value < min || label.value > max) ctx.addIssue({ code: 'custom', message: `label value ${label.value} is outside the scale (${min} to ${max})`, path: at });
      if (seen.has(label.value)) ctx.addIssue({ code: 'custom', message: `value ${label.value} already has a label`, path: at });
      seen.add(label.value);
    });
  }
  const ids = new Map<string, PropertyKey[]>();
  const claim = (entry: unknown, path: PropertyKey[]) => {
    if (!isRecord(entry) || typeof entry.id !== 'string') return;
    const first = ids.get(entry.id);
    if (first) ctx.addIssue({ code: 'custom', message: `id "${entry.id}" is already used at ${jsonPath([...first, 'id'])}`, path: [...path, 'id'] });
    else ids.set(entry.id, path);
  };
  listAt(body, 'sections').forEach((section, s) => {
    claim(section, ['body', 'sections', s]);
    listAt(section, 'criteria').forEach((criterion, c) => {
      claim(criterion, ['body', 'sections', s, 'criteria', c]);
      const domains = listAt(criterion, 'domains');
      domains.forEach((d, i) => {
        if (typeof d === 'string' && domains.indexOf(d) !== i) {
          ctx.addIssue({ code: 'custom', message: `domain "${d}" is listed twice`, path: ['body', 'sections', s, 'criteria', c, 'domains', i] });
        }
      });
    });
  });
}
