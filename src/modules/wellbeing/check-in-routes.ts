import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZNextCursor, ZPageQuery } from '../../platform/http/page.js';
import { jsonBody, jsonContent, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZCheckInAnswers } from './model.js';
import { presentInstrument, ZInstrument } from '../instruments/present.js';
import { ZCheckIn, ZTrend } from './present.js';
import { wellbeingTags } from './present.js';
import { ZSupportContact } from './support-store.js';
import { checkIn, listMyCheckIns, myInstruments, myTrend } from './use-cases/check-in.js';

const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was changed');

export const ZCheckInInput = z
  .object({
    instrumentId: z.string().min(1, 'choose an instrument').max(200),
    answers: ZCheckInAnswers.describe('item id → the chosen value; null or left out when skipped (every item may be skipped)'),
  })
  .openapi('CheckInInput');

const ZCheckInResult = z
  .object({
    checkIn: ZCheckIn,
    supportSuggested: z
      .object({
        reason: z.enum(['answer', 'score']).describe("'answer': a safety item (one asking about harm) was answered at or above its mark, crisis lines first; 'score': a scale landed in a band that suggests support"),
        supportContacts: z.array(ZSupportContact),
      })
      .nullable()
      .describe('set when an answer or a score calls for support: where to find it. Shown to the person alone; nothing of it is stored'),
  })
  .openapi('CheckInResult');

/** The owner's check-ins: the instruments on offer, checking in, history and trends. */
export function registerCheckInRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/wellbeing/instruments',
      tags: wellbeingTags,
      summary: "The instruments I can check in with: Tend's reflective self-checks and licensed measures my organisation imported",
      responses: { 200: jsonContent(z.object({ instruments: z.array(ZInstrument) }).openapi('Instruments'), 'The instruments, by id') },
    }),
    async (c) => c.json({ instruments: (await myInstruments(db, requireActor(c))).map(presentInstrument) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/me/wellbeing/check-ins',
      tags: wellbeingTags,
      summary: 'Check in: my answers are stored with my current team and the day; the scores come back, recomputed',
      request: { body: jsonBody(ZCheckInInput) },
      responses: { 201: jsonContent(ZCheckInResult, 'The stored check-in with its scores'), 400: badInput },
    }),
    async (c) => {
      const { checkIn: stored, supportSuggested } = await checkIn(db, requireActor(c), c.req.valid('json'));
      return c.json({ checkIn: stored, supportSuggested }, 201);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/wellbeing/check-ins',
      tags: wellbeingTags,
      summary: 'My check-ins with their scores (recomputed), newest first, a page at a time',
      request: { query: ZPageQuery },
      responses: {
        200: jsonContent(z.object({ checkIns: z.array(ZCheckIn), nextCursor: ZNextCursor }).openapi('CheckIns'), 'One page of my check-ins, newest first'),
        422: jsonContent(ZProblem, 'The cursor is not one this list gave'),
      },
    }),
    async (c) => c.json(await listMyCheckIns(db, requireActor(c), c.req.valid('query')), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/wellbeing/check-ins/trend',
      tags: wellbeingTags,
      summary: "One scale of one instrument over time, from my check-ins, oldest first",
      request: { query: z.object({ instrumentId: z.string().min(1, 'choose an instrument').max(200), scale: z.string().min(1, 'choose a scale').max(200) }) },
      responses: { 200: jsonContent(ZTrend, 'The points, oldest first (none when I have not checked in with it)'), 400: badInput },
    }),
    async (c) => c.json(await myTrend(db, requireActor(c), c.req.valid('query')), 200),
  );
}
