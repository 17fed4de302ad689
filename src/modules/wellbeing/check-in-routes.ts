import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { badRequest } from '../../platform/http/errors.js';
import { jsonBody, jsonContent, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded } from '../../platform/http/route.js';
import { possibleScaleRange } from '../instruments/score-instrument.js';
import { findPerson } from '../people/people-store.js';
import { trendsOf, withScores } from './check-in-results.js';
import { answerProblems, completeAnswers } from './check-in-rules.js';
import { addCheckIn, listCheckIns } from './check-in-store.js';
import { availableInstruments, findInstrument } from './instrument-catalogue.js';
import { isoDay, ZCheckInAnswers } from './model.js';
import { presentInstrument, ZCheckIn, ZInstrument, ZTrend } from './present.js';
import { scoreCheckIn, suggestsSupport } from './score-check-in.js';
import { wellbeingTags } from './space-routes.js';
import { listSupportContacts, ZSupportContact } from './support-store.js';

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
      .object({ supportContacts: z.array(ZSupportContact) })
      .nullable()
      .describe('set when a scale landed in a band that suggests outside support: where to find it'),
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
    async (c) => {
      const actor = c.get('actor')!;
      return c.json({ instruments: (await availableInstruments(db, actor.orgId)).map(presentInstrument) }, 200);
    },
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
      const actor = c.get('actor')!;
      const { instrumentId, answers } = c.req.valid('json');
      const instrument = await findInstrument(db, actor.orgId, instrumentId);
      if (!instrument) throw badRequest('The check-in has fields that need attention.', [{ field: 'instrumentId', problem: 'no such instrument available to you' }]);
      const problems = answerProblems(instrument, answers);
      if (problems.length > 0) throw badRequest('The check-in has answers that need attention.', problems);
      const me = await findPerson(db, actor.orgId, actor.personId);
      const row = await addCheckIn(db, actor.orgId, actor.personId, {
        instrumentId,
        instrumentVersion: instrument.version,
        answers: completeAnswers(instrument, answers),
        // the team and day are what the privacy gate aggregates by; nothing else leaves this row
        unitId: me?.unitId ?? null,
        submittedOn: isoDay(),
      });
      const [checkIn] = await withScores(db, actor.orgId, [row]);
      const support = suggestsSupport(scoreCheckIn(instrument, completeAnswers(instrument, answers)));
      return c.json({ checkIn: checkIn!, supportSuggested: support ? { supportContacts: await listSupportContacts(db, actor.orgId) } : null }, 201);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/wellbeing/check-ins',
      tags: wellbeingTags,
      summary: 'My check-ins with their scores (recomputed), newest first',
      responses: { 200: jsonContent(z.object({ checkIns: z.array(ZCheckIn) }).openapi('CheckIns'), 'My check-ins, newest first') },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      return c.json({ checkIns: await withScores(db, actor.orgId, await listCheckIns(db, actor.orgId, actor.personId)) }, 200);
    },
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
    async (c) => {
      const actor = c.get('actor')!;
      const { instrumentId, scale } = c.req.valid('query');
      const instrument = await findInstrument(db, actor.orgId, instrumentId);
      if (!instrument) throw badRequest('The trend has fields that need attention.', [{ field: 'instrumentId', problem: 'no such instrument available to you' }]);
      const declared = instrument.body.scales.find((s) => s.id === scale);
      if (!declared) throw badRequest('The trend has fields that need attention.', [{ field: 'scale', problem: `${instrumentId} has no scale "${scale}"` }]);
      const [trend] = await trendsOf(db, actor.orgId, actor.personId, { instrumentId, scaleId: scale });
      if (trend) return c.json(trend, 200);
      const range = possibleScaleRange(instrument, scale)!;
      return c.json({ instrumentId, scaleId: scale, scaleName: declared.name as Record<string, string>, lowest: range.min, highest: range.max, points: [] }, 200);
    },
  );
}
