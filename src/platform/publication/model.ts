import { z } from '@hono/zod-openapi';
import { CROSS_ORG_HIDDEN_REASONS, type CrossOrgVerdict } from './cross-org-verdict.js';

/**
 * What a hub's open-data publication is made of, and the zod schemas of the files it gives out
 * (the JSON document and the data dictionary). The schemas are the contract with whoever reuses
 * the data: a change here changes every published file, so version it: `PUBLICATION_FORMAT` says
 * which shape a file has (`metadata.format`), and a document stored before a change must still
 * read (publications are stored whole), so a new field has a default that says what old files
 * meant. Pure.
 */

/**
 * The shape of the files: 1, the staff survey's figures alone (no `format`, no `measure_kind`);
 * 2, every kind of figure, each row saying its kind.
 */
export const PUBLICATION_FORMAT = 2;

export const PUBLICATION_LOCALES = ['en', 'es'] as const;
export type PublicationLocale = (typeof PUBLICATION_LOCALES)[number];

/** Epsilon is kept in millionths so that budgets add up exactly (0.1 + 0.2 is 0.3 here). */
export const EPSILON_DECIMALS = 6;
const MICRO = 10 ** EPSILON_DECIMALS;
export const MAX_EPSILON = 100;

/** An epsilon a person may set: positive, at most 100, at most six decimals. */
export const ZEpsilon = z
  .number({ error: 'must be a number' })
  .positive({ error: 'must be more than 0' })
  .max(MAX_EPSILON, { error: `must be at most ${MAX_EPSILON}` })
  .refine((e) => Math.abs(e * MICRO - Math.round(e * MICRO)) < 1e-6, { error: 'must have at most six decimals' });

/**
 * What a figure measures: a staff survey section (the mean of people's ratings on the survey's
 * scale), an audit section (the mean of an organisation's confirmed criterion ratings, red 0,
 * amber 1, green 2) or a check-in band (the share of people whose check-ins fell in the band,
 * 0 to 1). A band's figure is read as a share (`presentationOf`), the others as a mean.
 */
export const MEASURE_KINDS = ['staff-survey', 'audit', 'check-in-bands'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export type Presentation = 'mean' | 'share';
export const presentationOf = (kind: MeasureKind): Presentation => (kind === 'check-in-bands' ? 'share' : 'mean');

/** A figure's labels: where it comes from and what it measures, as people read them. */
export interface FigureLabels {
  /** what the figure measures; absent: a staff survey section */
  kind?: MeasureKind;
  /** the learning collaborative's name, or the hub's for a hub-wide figure */
  collaborative: string;
  timepoint: { label: string; /** YYYY-MM-DD */ date: string };
  measure: { id: string; name: string };
  /** the group the figure is about, e.g. "All staff" or "Front-line teams" */
  cell: string;
  /**
   * The measure's range per person. `step` (default 1) is the smallest difference between two
   * people's values; differential privacy counts the sum in steps, so every value must be a
   * multiple of it above `min`.
   */
  scale: { min: number; max: number; step?: number };
  /**
   * What the figure's count counts: people (the default: each person gives one value), or
   * ratings, where one contributor may give up to `perPerson` values (a person a survey section's
   * criteria; an organisation's review an audit section's). Differential privacy scales its noise
   * to the most one contributor can move the count and the sum.
   */
  count?: { unit: CountUnit; perPerson: number };
}

export const COUNT_UNITS = ['people', 'ratings'] as const;
export type CountUnit = (typeof COUNT_UNITS)[number];

/** One figure the gate decided on, with its labels. */
export interface PublishedFigure {
  verdict: CrossOrgVerdict;
  labels: FigureLabels;
}

/** What the hub says about the release as a whole. */
export interface PublicationFacts {
  hub: string;
  /** YYYY-MM-DD, both ends included */
  period: { from: string; to: string };
  rule: { minGroupSize: number; minOrganisations: number };
  release: { id: string; version: number };
  /** ISO date-time */
  publishedAt: string;
  licence: { name: string; url?: string };
}

export const ZHiddenReason = z.enum(CROSS_ORG_HIDDEN_REASONS);

/** One row of the CSV and of the JSON document: the same keys, `null` where the CSV cell is empty. */
export const ZOpenDataRow = z.object({
  figure_id: z.string(),
  collaborative: z.string(),
  timepoint: z.string(),
  timepoint_date: z.iso.date(),
  measure_id: z.string(),
  measure: z.string(),
  // a file of format 1 has no kind: it held the staff survey's figures alone
  measure_kind: z.enum(MEASURE_KINDS).default('staff-survey'),
  cell: z.string(),
  scale_min: z.number(),
  scale_max: z.number(),
  status: z.enum(['shown', 'not_shown']),
  count: z.number().int().min(1).nullable(),
  count_unit: z.enum(COUNT_UNITS),
  organisations: z.number().int().min(1).nullable(),
  mean: z.number().nullable(),
  baseline_timepoint: z.string().nullable(),
  change_since_baseline: z.number().nullable(),
  not_shown_reason: ZHiddenReason.nullable(),
  not_shown_explanation: z.string().nullable(),
});
export type OpenDataRow = z.infer<typeof ZOpenDataRow>;
/** The columns in file order (the CSV header). */
export const OPEN_DATA_COLUMNS = Object.keys(ZOpenDataRow.shape) as (keyof OpenDataRow)[];

export const ZNoiseMetadata = z.discriminatedUnion('applied', [
  z.object({ applied: z.literal(false), explanation: z.string() }),
  z.object({
    applied: z.literal(true),
    mechanism: z.literal('two-sided-geometric'),
    /** spent by this whole release */
    epsilon: z.number().positive(),
    /** spent on one figure (half on its count, half on its sum) */
    epsilonPerFigure: z.number().positive(),
    explanation: z.string(),
  }),
]);
export type NoiseMetadata = z.infer<typeof ZNoiseMetadata>;

export const ZPublicationMetadata = z.object({
  // a file of format 1 has no format
  format: z.number().int().min(1).default(1),
  title: z.string(),
  hub: z.string(),
  language: z.enum(PUBLICATION_LOCALES),
  period: z.object({ from: z.iso.date(), to: z.iso.date() }),
  release: z.object({ id: z.string(), version: z.number().int().min(1) }),
  publishedAt: z.iso.datetime({ offset: true }),
  licence: z.object({ name: z.string(), url: z.string().nullable() }),
  suppression: z.object({ minGroupSize: z.number().int().min(1), minOrganisations: z.number().int().min(1), explanation: z.string() }),
  noise: ZNoiseMetadata,
  figures: z.object({ total: z.number().int().min(0), shown: z.number().int().min(0), notShown: z.number().int().min(0) }),
});
export type PublicationMetadata = z.infer<typeof ZPublicationMetadata>;

/** The JSON file: the metadata and the same rows as the CSV. */
export const ZOpenDataDocument = z.object({ metadata: ZPublicationMetadata, rows: z.array(ZOpenDataRow) });
export type OpenDataDocument = z.infer<typeof ZOpenDataDocument>;

export const ZDictionaryColumn = z.object({
  name: z.string(),
  type: z.enum(['string', 'integer', 'number', 'date']),
  meaning: z.string(),
  units: z.string().nullable(),
  allowedValues: z.string(),
  emptyWhen: z.string().nullable(),
});
export type DictionaryColumn = z.infer<typeof ZDictionaryColumn>;
export const ZDataDictionary = z.object({ language: z.enum(PUBLICATION_LOCALES), columns: z.array(ZDictionaryColumn), notes: z.array(z.string()) });
export type DataDictionary = z.infer<typeof ZDataDictionary>;

/** A built publication: the metadata and rows every file is written from. */
export interface Publication {
  metadata: PublicationMetadata;
  rows: OpenDataRow[];
}
