import { z } from 'zod';
import { type JsonPath, jsonPath } from './json-path.js';
import { assessmentSchemas, checkAssessment } from './assessment-pack-schema.js';
import { checkCoping, copingSchemas } from './coping-pack-schema.js';
import { checkInstrument, instrumentSchemas } from './instrument-pack-schema.js';
import { type IssueSink, isRecord, listAt, nonEmptyArray, obj, ZId, ZSources } from './pack-schema-parts.js';

export { ZId, ZSource, ZSources } from './pack-schema-parts.js';

/**
 * The content pack format (PACK-FORMAT.md beside this file), as zod schemas. This file is the
 * source of truth: pack.schema.json is generated from ZPack, and validate-pack.ts turns the
 * issues found here into problems an author can act on.
 *
 * Texts are checked twice over: ZPack accepts a text in any locale Tend knows (that is what
 * editors get from the JSON Schema); packSchemaFor(pack.locales) demands exactly the pack's own
 * locales in every text, and is what validatePack runs.
 */

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Spanish' };

/** The practice levels of H.levels, in their order (informed is 1). */
export const LEVEL_IDS = ['informed', 'skilled', 'enhanced', 'specialist'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

/** Every kind the format has; ACCEPTED_KINDS are those this Tend reads (all of them now). */
export const PACK_KINDS = ['framework', 'assessment', 'instrument', 'coping'] as const;
export const ACCEPTED_KINDS = ['framework', 'assessment', 'instrument', 'coping'] as const;

/**
 * Semantic versioning without build metadata: two versions that differ only in `+build` have
 * the same precedence, and "the latest version" must name one pack.
 */
const VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$/;

export const ZVersion = z.string().regex(VERSION_PATTERN, 'a version is semver like 1.0.0 or 1.1.0-draft.1 (no +build part)');

/** A text in any of Tend's locales; the pack's own `locales` are enforced by packSchemaFor. */
export const ZText = z
  .partialRecord(z.enum(LOCALES), z.string().trim().min(1, 'text is empty'), {
    // zod's types omit it, but a record with enum keys reports other keys as unrecognized_keys
    error: (issue) => ((issue.code as string) === 'unrecognized_keys' ? `not a locale Tend has (${LOCALES.join(', ')})` : undefined),
  })
  .meta({ id: 'Text', description: "One non-empty string per locale of the pack (exactly the pack's `locales`)" });
export type TText = z.output<typeof ZText>;

/** A text with exactly `locales`: a missing one, an empty one and an extra one are each named. */
function textFor(locales: readonly Locale[]): z.ZodType<TText> {
  const shape = Object.fromEntries(
    locales.map((locale) => {
      const name = LOCALE_NAMES[locale];
      const text = z
        .string({ error: (issue) => (issue.input === undefined ? `missing ${name} text` : `${name} text must be a string`) })
        .trim()
        .min(1, `${name} text is empty`);
      return [locale, text];
    }),
  );
  const listed = locales.join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return `not one of the pack's locales (${listed})`;
      return issue.input === undefined ? undefined : `expected a text: an object with one string per locale (${listed})`;
    },
  }) as z.ZodType<TText>;
}

/**
 * The schemas that hold texts, built for one kind of text (any locale, or a pack's own). Only the
 * any-locale build names its parts ($defs in pack.schema.json): a name belongs to one schema.
 */
function buildSchemas(text: z.ZodType<TText>, named: boolean) {
  const name = <T extends z.ZodType>(schema: T, id: string): T => (named ? schema.meta({ id }) : schema);
  const answer = z.discriminatedUnion(
    'type',
    [
      obj({ type: z.literal('text') }),
      obj({ type: z.literal('yes-no') }),
      obj({ type: z.literal('level').describe("one of the framework's levels") }),
      obj({
        type: z.literal('choice'),
        multiple: z.boolean(),
        options: nonEmptyArray(obj({ id: ZId, text }), 'option'),
      }),
    ],
    { error: (issue) => (issue.code === 'invalid_union' ? 'answer type must be one of text, yes-no, level, choice' : undefined) },
  );
  const question = name(obj({ id: ZId, text, help: text.optional(), source: ZSources, answer: name(answer, 'Answer') }), 'Question');
  const questionSet = (what: string) => obj({ source: ZSources, questions: nonEmptyArray(question, 'question') }).describe(what);
  const statement = name(obj({ id: ZId, audience: z.enum(['all', 'managers', 'child-family']), text, source: ZSources }), 'Statement');
  const level = name(
    obj({
      id: z.enum(LEVEL_IDS),
      order: z.number().int().min(1).max(4),
      name: text,
      forWhom: text,
      source: ZSources,
      knowledge: nonEmptyArray(statement, 'knowledge statement').describe('what workers at this level know'),
      skills: nonEmptyArray(statement, 'skill').describe('what workers at this level can do'),
      exampleRoles: z.array(obj({ id: ZId, name: text, source: ZSources })),
    }),
    'Level',
  );
  const frameworkBody = obj({
    startsWith: z.enum(LEVEL_IDS).describe('the level everyone completes before their own'),
    levels: z.array(level),
    placement: obj({ source: ZSources, questions: nonEmptyArray(question, 'question'), guidance: text }),
    needsAssessment: questionSet('training needs assessment questions for managers (H.tna)'),
    selfAssessment: questionSet('employee self-assessment, completed with the manager (H.self)'),
    trainingQuality: questionSet('questions for choosing quality training (H.training)'),
  });
  // every kind starts the same way, in the order PACK-FORMAT.md shows (export keeps this order)
  const header = <Kind extends string>(kind: Kind) => ({
    $schema: z.string().optional(),
    id: ZId,
    version: ZVersion,
    kind: z.literal(kind),
    locales: z
      .array(z.enum(LOCALES))
      .min(1, 'needs at least one locale')
      .refine((list) => new Set(list).size === list.length, 'a locale is listed twice'),
    title: text,
    summary: text,
    source: ZSources,
  });
  const framework = obj({ ...header('framework'), body: frameworkBody }).superRefine(checkFramework, {
    // run on a partly wrong pack too, so every problem is reported at once
    when: (payload) => isRecord(payload.value),
  });
  const instrumentParts = instrumentSchemas(text, name);
  const instrument = obj({ ...header('instrument'), body: instrumentParts.body }).superRefine(checkInstrument, {
    when: (payload) => isRecord(payload.value),
  });
  const assessmentParts = assessmentSchemas(text, name);
  const assessment = obj({ ...header('assessment'), body: assessmentParts.body }).superRefine(checkAssessment, {
    when: (payload) => isRecord(payload.value),
  });
  const copingParts = copingSchemas(text, name);
  const coping = obj({ ...header('coping'), body: copingParts.body }).superRefine(checkCoping, {
    when: (payload) => isRecord(payload.value),
  });
  const pack = z.discriminatedUnion('kind', [framework, assessment, instrument, coping], { error: kindError });
  return {
    pack,
    framework,
    question,
    level,
    instrument,
    instrumentItem: instrumentParts.item,
    scale: instrumentParts.scale,
    assessment,
    assessmentSection: assessmentParts.section,
    criterion: assessmentParts.criterion,
    coping,
    strategy: copingParts.strategy,
  };
}

function kindError(issue: { code: string; input?: unknown }): string | undefined {
  const kind = isRecord(issue.input) ? issue.input.kind : undefined;
  if (issue.code !== 'invalid_union') return undefined;
  if (kind === undefined) return `missing kind (${ACCEPTED_KINDS.join(', ')})`;
  if ((PACK_KINDS as readonly unknown[]).includes(kind)) {
    return `packs of kind "${String(kind)}" are not accepted yet: this version of Tend reads ${ACCEPTED_KINDS.join(', ')} packs`;
  }
  return `kind must be ${ACCEPTED_KINDS.map((k) => `"${k}"`).join(' or ')}, not ${JSON.stringify(kind)}`;
}

/**
 * What field-by-field parsing cannot see: the four levels each once in their order, and item ids
 * unique in the pack. Runs on partly invalid input, so it reads defensively.
 */
function checkFramework(pack: unknown, ctx: IssueSink): void {
  const body = isRecord(pack) ? pack.body : undefined;
  const levels = listAt(body, 'levels');
  if (isRecord(body) && Array.isArray(body.levels)) {
    const present = levels.map((l) => (isRecord(l) ? l.id : undefined));
    for (const id of LEVEL_IDS) {
      if (!present.includes(id)) ctx.addIssue({ code: 'custom', message: `missing level "${id}"`, path: ['body', 'levels'] });
    }
    levels.forEach((level, i) => {
      if (!isRecord(level)) return;
      const expected = LEVEL_IDS.indexOf(level.id as LevelId) + 1;
      if (expected > 0 && typeof level.order === 'number' && level.order !== expected) {
        ctx.addIssue({ code: 'custom', message: `the order of level "${String(level.id)}" is ${expected}, not ${level.order}`, path: ['body', 'levels', i, 'order'] });
      }
    });
  }
  checkUniqueIds(body, ['body'], ctx);
}

/**
 * Item ids are unique in the whole pack (answers refer to them across versions); an option id
 * only within its question, since options are short words like "knowledge".
 */
function checkUniqueIds(root: unknown, rootPath: PropertyKey[], ctx: IssueSink): void {
  const walk = (value: unknown, path: PropertyKey[], seen: Map<string, JsonPath>) => {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, [...path, i], seen);
      return;
    }
    if (!isRecord(value)) return;
    if (typeof value.id === 'string') {
      const first = seen.get(value.id);
      if (first) ctx.addIssue({ code: 'custom', message: `id "${value.id}" is already used at ${jsonPath([...first, 'id'])}`, path: [...path, 'id'] });
      else seen.set(value.id, path);
    }
    for (const [key, child] of Object.entries(value)) {
      // options start a scope of their own; their ids do not enter the pack's
      walk(child, [...path, key], key === 'options' ? new Map() : seen);
    }
  };
  walk(root, rootPath, new Map());
}

const anyLocale = buildSchemas(ZText, true);

/** A pack of any accepted kind, with texts in any of Tend's locales. pack.schema.json is made from this. */
export const ZPack = anyLocale.pack.meta({ title: 'Tend content pack', description: 'See src/content/PACK-FORMAT.md' });
export const ZFrameworkPack = anyLocale.framework;
export const ZQuestion = anyLocale.question;
export const ZLevel = anyLocale.level;

export const ZInstrumentPack = anyLocale.instrument;
export const ZAssessmentPack = anyLocale.assessment;
export type TAssessmentPack = z.output<typeof ZAssessmentPack>;
export type TAssessmentBody = TAssessmentPack['body'];
export type TAssessmentSection = z.output<typeof anyLocale.assessmentSection>;
export type TCriterion = z.output<typeof anyLocale.criterion>;

export const ZCopingPack = anyLocale.coping;
export type TCopingPack = z.output<typeof ZCopingPack>;
export type TCopingStrategy = z.output<typeof anyLocale.strategy>;

export type TPack = z.output<typeof ZPack>;
export type TInstrumentPack = z.output<typeof ZInstrumentPack>;
export type TInstrumentBody = TInstrumentPack['body'];
export type TInstrumentItem = z.output<typeof anyLocale.instrumentItem>;
export type TScale = z.output<typeof anyLocale.scale>;
export type TBand = TScale['bands'][number];
export type TFrameworkPack = z.output<typeof ZFrameworkPack>;
export type TFrameworkBody = TFrameworkPack['body'];
export type TLevel = z.output<typeof ZLevel>;
export type TQuestion = z.output<typeof ZQuestion>;
export type TPackKind = TPack['kind'];

const byLocales = new Map<string, z.ZodType<TPack>>();

/** The pack schema that demands exactly `locales` in every text (built once per set of locales). */
export function packSchemaFor(locales: readonly Locale[]): z.ZodType<TPack> {
  const key = locales.join(',');
  let schema = byLocales.get(key);
  if (!schema) {
    schema = buildSchemas(textFor(locales), false).pack as z.ZodType<TPack>;
    byLocales.set(key, schema);
  }
  return schema;
}

/**
 * Semver precedence: -1, 0 or 1. A pre-release sorts before its release (1.0.0-draft < 1.0.0);
 * pre-release parts compare as numbers when both are numeric, else as text.
 */
export function compareVersions(a: string, b: string): number {
  const [coreA = '', preA] = splitVersion(a);
  const [coreB = '', preB] = splitVersion(b);
  const numsA = coreA.split('.').map(Number);
  const numsB = coreB.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const diff = (numsA[i] ?? 0) - (numsB[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  if (preA === undefined || preB === undefined) return preA === preB ? 0 : preA === undefined ? 1 : -1;
  const partsA = preA.split('.');
  const partsB = preB.split('.');
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i++) {
    const x = partsA[i];
    const y = partsB[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (x === y) continue;
    const numeric = /^\d+$/;
    if (numeric.test(x) && numeric.test(y)) return Math.sign(Number(x) - Number(y));
    if (numeric.test(x) !== numeric.test(y)) return numeric.test(x) ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

function splitVersion(version: string): [string, string | undefined] {
  const dash = version.indexOf('-');
  return dash === -1 ? [version, undefined] : [version.slice(0, dash), version.slice(dash + 1)];
}
