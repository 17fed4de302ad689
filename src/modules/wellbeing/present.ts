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
  scores: scores.map((s) => ({ ...s, name: s.name as Record<string, string>, band: s.band as z.infer<typeof ZScaleScore>['band'] })),
});

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
    supportContacts: z.array(ZSupportContact),
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
