import { z } from '@hono/zod-openapi';
import { orNull } from '../../platform/http/openapi-shared.js';
import { ZSupportContact } from './support-store.js';
import { type GrantStatus, GRANT_SCOPES, grantStatus, RHYTHMS, ZCheckInAnswers, ZCopingPlan, ZProfile } from './model.js';
import type { CheckInRow } from './check-in-store.js';
import type { GrantRow } from './grant-store.js';
import type { ScaleOutcome } from '../instruments/instrument-types.js';
import { ZLocalText } from '../instruments/present.js';
import type { ReflectionRow } from './space-store.js';

/** What leaves the server from the well-being space: every field listed, a raw row never. */

/** The OpenAPI tag every route of the space is listed under. */
export const wellbeingTags = ['Well-being (my own space)'];


export const ZScaleScore = z
  .object({
    scaleId: z.string(),
    name: ZLocalText,
    model: z.string().describe('"main", or the alternative scoring this scale belongs to'),
    score: z.number().nullable().describe('null when too few items were answered'),
    answered: z.number().int(),
    itemCount: z.number().int(),
    missing: z
      .enum(['prorate', 'zero', 'none'])
      .describe('how an unanswered item counts: prorate (estimated from the answers given), zero (adds nothing), none (every item needed)'),
    band: z.object({ id: z.string(), label: ZLocalText, guidance: ZLocalText, suggestSupport: z.boolean() }).nullable(),
  })
  .openapi('ScaleScore');

export const ZCheckIn = z
  .object({
    id: z.string(),
    instrumentId: z.string(),
    instrumentVersion: z.string(),
    submittedOn: z.string().describe('YYYY-MM-DD'),
    submittedAt: z.string(),
    answers: ZCheckInAnswers,
    scores: z.array(ZScaleScore).describe('recomputed from the answers; empty when the instrument is no longer available'),
    origin: z
      .enum(['tend', 'imported'])
      .describe("'tend': answered here; 'imported': a past response the person brought in from another app (dated by its own `authored`)"),
    importedAt: z.string().nullable().describe('when an imported check-in was brought in; null for one answered here'),
  })
  .openapi('CheckIn');
export type TCheckIn = z.infer<typeof ZCheckIn>;

export const presentCheckIn = (row: CheckInRow, scores: ScaleOutcome[]): TCheckIn => ({
  id: row.id,
  instrumentId: row.instrumentId,
  instrumentVersion: row.instrumentVersion,
  submittedOn: row.submittedOn,
  submittedAt: row.submittedAt.toISOString(),
  answers: ZCheckInAnswers.parse(row.answers),
  scores: presentScores(scores),
  origin: row.origin,
  importedAt: row.importedAt?.toISOString() ?? null,
});

/** Recomputed scale outcomes as they leave (the engine's texts are per-locale records). */
export const presentScores = (scores: ScaleOutcome[]): z.infer<typeof ZScaleScore>[] =>
  scores.map((s) => ({ ...s, name: s.name as Record<string, string>, band: s.band as z.infer<typeof ZScaleScore>['band'] }));

export const ZTrendPoint = z
  .object({ checkInId: z.string(), on: z.string(), score: z.number().nullable(), bandId: z.string().nullable(), bandLabel: orNull(ZLocalText) })
  .openapi('TrendPoint');
export const ZTrend = z
  .object({
    instrumentId: z.string(),
    scaleId: z.string(),
    scaleName: ZLocalText,
    lowest: z.number().describe("the scale's lowest possible score (over every version of the instrument the points answered): a chart's fixed axis"),
    highest: z.number().describe("the scale's highest possible score, likewise"),
    points: z.array(ZTrendPoint).describe('oldest first'),
  })
  .openapi('CheckInTrend');
export type TTrend = z.infer<typeof ZTrend>;

export const ZRhythmSetting = z
  .object({ rhythm: z.enum(RHYTHMS), instrumentId: z.string().nullable() })
  .openapi('CheckInRhythm');

export const ZReminder = z
  .object({
    rhythm: z.enum(RHYTHMS),
    instrumentId: z.string().nullable(),
    dueOn: z.string().nullable().describe('YYYY-MM-DD; null when the rhythm is off'),
    due: z.boolean().describe('a check-in is due today or overdue'),
  })
  .openapi('CheckInReminder');

export const ZOverview = z
  .object({
    profile: ZProfile,
    copingPlan: ZCopingPlan,
    rhythm: ZRhythmSetting,
    nextCheckIn: ZReminder,
    latestResults: z.array(ZCheckIn).describe('the latest check-in of each instrument, newest first'),
    checkInCounts: z
      .array(z.object({ instrumentId: z.string(), count: z.number().int() }))
      .describe('how many check-ins I have of each instrument I used, most used first: the one to offer first'),
    supportContacts: z.array(ZSupportContact),
    contributesToFigures: z.boolean().describe("whether I let my check-in results count in the organisation's figures (through the privacy gate only)"),
  })
  .openapi('WellbeingOverview');

export const ZReflection = z.object({ id: z.string(), body: z.string(), createdAt: z.string(), updatedAt: z.string() }).openapi('Reflection');
export const presentReflection = (r: ReflectionRow): z.infer<typeof ZReflection> => ({
  id: r.id,
  body: r.body,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export const ZGrant = z
  .object({
    id: z.string(),
    grantee: z.object({ personId: z.string(), name: z.string() }),
    scope: z.enum(GRANT_SCOPES),
    checkInId: z.string().nullable(),
    expiresAt: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    status: z.enum(['active', 'expired', 'revoked']),
  })
  .openapi('WellbeingGrant');

export const presentGrant = (g: GrantRow, granteeName: string, now = new Date()): z.infer<typeof ZGrant> => ({
  id: g.id,
  grantee: { personId: g.granteePersonId, name: granteeName },
  scope: g.scope,
  checkInId: g.checkInId,
  expiresAt: g.expiresAt.toISOString(),
  createdAt: g.createdAt.toISOString(),
  revokedAt: g.revokedAt?.toISOString() ?? null,
  status: grantStatus(g, now) satisfies GrantStatus,
});

export const ZSharedGrant = z
  .object({ id: z.string(), owner: z.object({ name: z.string() }), scope: z.enum(GRANT_SCOPES), expiresAt: z.string() })
  .openapi('SharedWithMe');
export const presentSharedGrant = (g: GrantRow, ownerName: string): z.infer<typeof ZSharedGrant> => ({
  id: g.id,
  owner: { name: ownerName },
  scope: g.scope,
  expiresAt: g.expiresAt.toISOString(),
});

/** Exactly the granted part: one of three shapes, told apart by scope. */
export const ZSharedPart = z
  .discriminatedUnion('scope', [
    ZSharedGrant.extend({ scope: z.literal('coping-plan'), copingPlan: ZCopingPlan }),
    ZSharedGrant.extend({ scope: z.literal('check-in-trend'), trends: z.array(ZTrend).describe('scores over time, per instrument and scale; no answers') }),
    ZSharedGrant.extend({
      scope: z.literal('check-in'),
      checkIn: ZCheckIn.omit({ answers: true }).describe('one result: its scores and bands, not the answers to each item'),
    }),
  ])
  .openapi('SharedPart');
export type TSharedPart = z.infer<typeof ZSharedPart>;

/** How one response of an import was read: by its position in the file. */
export const ZImportedResponse = z
  .object({
    position: z.string().describe('where it is in what was sent: responses[3], or entry[3].resource in a Bundle'),
    outcome: z
      .enum(['new', 'already-imported', 'repeated', 'too-old', 'problem'])
      .describe("'new': brought in (or would be, in a dry run); 'already-imported', 'repeated' (the same response earlier in the file), 'too-old' (before the organisation's retention keeps check-ins): skipped; 'problem': see problems"),
    submittedOn: z.string().nullable().describe("the day it was answered (its `authored`, where the organisation works); null when that cannot be read"),
    submittedAt: z.string().nullable(),
    scores: z.array(ZScaleScore).describe('recomputed from its answers (a stored total is never trusted); empty while it has problems'),
    notes: z.array(z.string()).describe('what was read differently from the response, such as a stored total its answers do not give'),
    problems: z.array(z.object({ field: z.string(), problem: z.string() })).describe('each with its JSON path, starting with the position'),
    skipped: z.string().nullable().describe('why it is not brought in, in words'),
  })
  .openapi('ImportedResponse');

export const ZImportReport = z
  .object({
    instrumentId: z.string(),
    instrumentVersion: z.string().describe('the version the answers are stored and scored with'),
    dryRun: z.boolean(),
    stored: z.number().int().describe('how many were brought in now (0 in a dry run)'),
    responses: z.array(ZImportedResponse),
    problems: z.array(z.object({ field: z.string(), problem: z.string() })).describe("every response's problems: while there is one, nothing is brought in"),
    notes: z.array(z.string()),
  })
  .openapi('ResponseImportReport');
export type TImportReport = z.infer<typeof ZImportReport>;

/** An import's report as it leaves: never the answers, nor the identities the file gave. */
export const presentImportReport = (report: {
  instrumentId: string;
  instrumentVersion: string;
  dryRun: boolean;
  stored: number;
  responses: Array<{ position: string; outcome: TImportReport['responses'][number]['outcome']; submittedOn: string | null; submittedAt: Date | null; scores: ScaleOutcome[]; notes: string[]; problems: Array<{ field: string; problem: string }>; skipped: string | null }>;
  problems: Array<{ field: string; problem: string }>;
  notes: string[];
}): TImportReport => ({
  instrumentId: report.instrumentId,
  instrumentVersion: report.instrumentVersion,
  dryRun: report.dryRun,
  stored: report.stored,
  responses: report.responses.map((r) => ({
    position: r.position,
    outcome: r.outcome,
    submittedOn: r.submittedOn,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    scores: presentScores(r.scores),
    notes: r.notes,
    problems: r.problems,
    skipped: r.skipped,
  })),
  problems: report.problems,
  notes: report.notes,
});
