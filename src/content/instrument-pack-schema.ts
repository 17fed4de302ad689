import { z } from 'zod';
import { bandCoverageProblems, boundsOf, isWholeNumberScale, scaleRange } from './instrument-scale-range.js';
import { jsonPath } from './json-path.js';
import type { TText } from './pack-schema.js';
import { type IssueSink, isRecord, listAt, nonEmptyArray, obj, ZId, ZSource, ZSources } from './pack-schema-parts.js';

/**
 * The body of kind "instrument" (PACK-FORMAT.md, "kind: instrument"): answer sets, items, scales
 * with bands. Built by pack-schema.ts for one kind of text, like the framework's parts.
 */
export function instrumentSchemas(text: z.ZodType<TText>, name: <T extends z.ZodType>(schema: T, id: string) => T) {
  const option = obj({ value: z.number(), text });
  const answerSet = name(obj({ id: ZId, options: nonEmptyArray(option, 'option') }), 'AnswerSet');
  const item = name(
    obj({
      id: ZId,
      text: text.nullable().describe('null only when licence.textsIncluded is false'),
      answerSet: ZId.describe('the id of one of body.answerSets'),
      reverse: z.boolean().describe('scores (lowest + highest option value) − value'),
      contentNote: text.optional(),
      supportAtOrAbove: z
        .number()
        .optional()
        .describe('a safety item: an answer of this option value or higher calls for a support response, whatever the scales say'),
      source: ZSources,
    }),
    'InstrumentItem',
  );
  const band = name(obj({ id: ZId, min: z.number(), max: z.number(), label: text, guidance: text, suggestSupport: z.boolean() }), 'Band');
  const scale = name(
    obj({
      id: ZId,
      name: text,
      model: ZId.optional().describe('groups alternative scorings of the same answers, e.g. "dsm5"; "main" when absent'),
      items: nonEmptyArray(ZId, 'item'),
      method: z.enum(['sum', 'mean']),
      minAnswered: z.number().int().min(1),
      missing: z.enum(['prorate', 'zero', 'none']).describe('an unanswered item: prorate (the answered mean stands in), zero (adds 0), none (no score)'),
      missingRuleSource: ZSource.optional().describe(
        "where the missing-answer rule (minAnswered, missing) comes from: the measure's authors or the form's own total; absent when the rule is Tend's own, which Tend then says",
      ),
      bands: z.array(band).describe("cover the scale's whole possible range without gaps or overlaps"),
      source: ZSources,
    }),
    'Scale',
  );
  const licence = obj({ holder: z.string().trim().min(1, 'name the licence holder'), textsIncluded: z.boolean(), fhirUrl: z.string().trim().min(1).optional() });
  const body = obj({
    purpose: z.enum(['reflection', 'measure']),
    answeredIn: z
      .enum(['check-in', 'own-page'])
      .optional()
      .describe(
        "where people answer it: 'check-in' (absent means this) is offered in the well-being space's check-in; 'own-page' only in the place made for it (the supervisors' self-rating, the check-in after a hard event), never as a check-in",
      ),
    licence: licence.nullable(),
    intro: text,
    contentNote: text.nullable(),
    answerSets: nonEmptyArray(answerSet, 'answer set'),
    items: nonEmptyArray(item, 'item'),
    scales: z.array(scale),
  });
  return { body, item, scale };
}

/** Ids in one list, each once: a second use names where the first one is. */
function checkUnique(list: unknown[], basePath: PropertyKey[], seen: Map<string, PropertyKey[]>, ctx: IssueSink): void {
  list.forEach((entry, i) => {
    if (!isRecord(entry) || typeof entry.id !== 'string') return;
    const first = seen.get(entry.id);
    if (first) ctx.addIssue({ code: 'custom', message: `id "${entry.id}" is already used at ${jsonPath([...first, 'id'])}`, path: [...basePath, i, 'id'] });
    else seen.set(entry.id, [...basePath, i]);
  });
}

/**
 * What field-by-field parsing cannot see: ids unique (items and scales share the pack's ids; an
 * answer set's within the answer sets; a band's within its scale), references that resolve, texts
 * withheld exactly when the licence says so, and bands that cover their scale. Runs on partly
 * invalid input too, so it reads defensively.
 */
export function checkInstrument(pack: unknown, ctx: IssueSink): void {
  const body = isRecord(pack) ? pack.body : undefined;
  if (!isRecord(body)) return;
  const answerSets = listAt(body, 'answerSets');
  const items = listAt(body, 'items');
  const scales = listAt(body, 'scales');
  checkUnique(answerSets, ['body', 'answerSets'], new Map(), ctx);
  const packIds = new Map<string, PropertyKey[]>();
  checkUnique(items, ['body', 'items'], packIds, ctx);
  checkUnique(scales, ['body', 'scales'], packIds, ctx);

  const valuesOfSet = new Map<string, number[]>();
  answerSets.forEach((set, s) => {
    if (!isRecord(set)) return;
    const values = listAt(set, 'options').map((o) => (isRecord(o) ? o.value : undefined));
    values.forEach((value, o) => {
      if (typeof value === 'number' && values.indexOf(value) !== o) {
        ctx.addIssue({ code: 'custom', message: `value ${value} is already an option of this answer set`, path: ['body', 'answerSets', s, 'options', o, 'value'] });
      }
    });
    if (typeof set.id === 'string' && values.length > 0 && values.every((v) => typeof v === 'number')) valuesOfSet.set(set.id, values as number[]);
  });

  const licence = body.licence;
  const textsWithheld = isRecord(licence) && licence.textsIncluded === false;
  const valuesOfItem = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (!isRecord(item)) return;
    const at = (field: string) => ['body', 'items', i, field];
    if (typeof item.answerSet === 'string') {
      const values = valuesOfSet.get(item.answerSet);
      if (values && typeof item.id === 'string') valuesOfItem.set(item.id, values);
      if (!values && !answerSets.some((s) => isRecord(s) && s.id === item.answerSet)) {
        ctx.addIssue({ code: 'custom', message: `no answer set "${item.answerSet}" in body.answerSets`, path: at('answerSet') });
      }
    }
    const values = typeof item.answerSet === 'string' ? valuesOfSet.get(item.answerSet) : undefined;
    if (typeof item.supportAtOrAbove === 'number' && values && !values.includes(item.supportAtOrAbove)) {
      ctx.addIssue({ code: 'custom', message: `must be one of the option values of answer set "${String(item.answerSet)}" (${values.join(', ')})`, path: at('supportAtOrAbove') });
    }
    if (item.text === null && !textsWithheld) {
      ctx.addIssue({ code: 'custom', message: 'text may be null only for a licensed measure whose licence.textsIncluded is false', path: at('text') });
    } else if (item.text !== null && item.text !== undefined && textsWithheld) {
      ctx.addIssue({ code: 'custom', message: 'licence.textsIncluded is false: licensed item texts are not shipped, so text must be null', path: at('text') });
    }
  });

  for (const [s, scale] of scales.entries()) checkScale(scale, ['body', 'scales', s], valuesOfItem, ctx);
}

function checkScale(scale: unknown, path: PropertyKey[], valuesOfItem: Map<string, number[]>, ctx: IssueSink): void {
  if (!isRecord(scale)) return;
  const refs = listAt(scale, 'items');
  let resolved = true;
  refs.forEach((ref, r) => {
    if (typeof ref !== 'string') {
      resolved = false;
      return;
    }
    if (refs.indexOf(ref) !== r) ctx.addIssue({ code: 'custom', message: `item "${ref}" is listed twice in this scale`, path: [...path, 'items', r] });
    if (!valuesOfItem.has(ref)) {
      resolved = false;
      ctx.addIssue({ code: 'custom', message: `no item "${ref}" with a valid answer set in body.items`, path: [...path, 'items', r] });
    }
  });
  if (typeof scale.minAnswered === 'number' && refs.length > 0 && scale.minAnswered > refs.length) {
    ctx.addIssue({ code: 'custom', message: `minAnswered is ${scale.minAnswered}, but the scale has only ${refs.length} items`, path: [...path, 'minAnswered'] });
  }
  const bands = listAt(scale, 'bands');
  checkUnique(bands, [...path, 'bands'], new Map(), ctx);
  const method = scale.method;
  const missing = scale.missing;
  const shapeOk = (method === 'sum' || method === 'mean') && (missing === 'prorate' || missing === 'zero' || missing === 'none') && typeof scale.minAnswered === 'number';
  const bandsOk = bands.every((b) => isRecord(b) && typeof b.min === 'number' && typeof b.max === 'number');
  if (!resolved || refs.length === 0 || !shapeOk || !bandsOk) return;
  const itemValues = refs.map((ref) => valuesOfItem.get(ref as string)!);
  const range = scaleRange({ method, missing, minAnswered: scale.minAnswered as number }, itemValues.map(boundsOf));
  const whole = isWholeNumberScale(method, itemValues.flat());
  for (const p of bandCoverageProblems(bands as { min: number; max: number }[], range, whole)) {
    ctx.addIssue({ code: 'custom', message: p.problem, path: [...path, 'bands', p.index, p.field] });
  }
}
