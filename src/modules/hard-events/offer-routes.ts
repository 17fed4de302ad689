import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZCheckInInput } from './model.js';
import { hardEventTags as tags, ZCheckInDone, ZCheckInForm, ZMyCheckIn, ZMyOffer } from './present.js';
import { answerCheckIn, checkInForm, declineOffer, listMyOffers, postponeMyOffer, requestReferral, showMyCheckIn } from './use-cases/my-offers.js';

const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was changed');
const notMine = jsonContent(ZProblem, 'I have no offer with this id');
const closed = jsonContent(ZProblem, 'The offer is already closed, or not yet due');
const ZPostpone = z.strictObject({ until: z.iso.date({ error: 'must be a date (YYYY-MM-DD)' }) }).openapi('HardEventPostpone');

/**
 * The affected person's own offers after a hard event, under /me only: no route takes someone
 * else's id, and another person's offer or check-in id is simply not found.
 */
export function registerOfferRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;
  // decline and referral: an offer id, no body, the offer back
  const offerRoute = (path: string, summary: string) =>
    guarded(signedIn, {
      method: 'post' as const,
      path: `/api/v1/me/hard-event-offers/{id}/${path}`,
      tags,
      summary,
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZMyOffer, 'The offer now'), 400: badInput, 404: notMine, 409: closed },
    });

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/hard-event-offers',
      tags,
      summary: 'My offers of a supportive check-in after hard events, by the day each is due (their status is mine alone)',
      responses: { 200: jsonContent(z.object({ offers: z.array(ZMyOffer) }).openapi('MyHardEventOffers'), 'My offers') },
    }),
    async (c) => c.json({ offers: await listMyOffers(db, requireActor(c)) }, 200),
  );

  app.openapi(offerRoute('decline', 'Let an offer go (others see only that it is no longer open)'), async (c) =>
    c.json(await declineOffer(db, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/me/hard-event-offers/{id}/postpone',
      tags,
      summary: 'Move an open offer to a later day I choose',
      request: { params: ZIdParam, body: jsonBody(ZPostpone) },
      responses: { 200: jsonContent(ZMyOffer, 'The offer now'), 400: badInput, 404: notMine },
    }),
    async (c) => c.json(await postponeMyOffer(db, requireActor(c), c.req.valid('param').id, c.req.valid('json').until), 200),
  );

  app.openapi(offerRoute('referral', 'Ask to be referred for support: the only thing the recorder, my line manager and org admins learn'), async (c) =>
    c.json(await requestReferral(db, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/hard-event-check-in',
      tags,
      summary: 'The questions of the check-in after a hard event (every one may be skipped)',
      responses: { 200: jsonContent(ZCheckInForm, 'The questions'), 503: jsonContent(ZProblem, 'Not installed yet') },
    }),
    async (c) => c.json(await checkInForm(db, requireActor(c)), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/me/hard-event-offers/{id}/check-in',
      tags,
      summary: 'Answer a due offer’s check-in (mine alone); the support contacts come back',
      request: { params: ZIdParam, body: jsonBody(ZCheckInInput) },
      responses: { 201: jsonContent(ZCheckInDone, 'My answers and where support can be found'), 400: badInput, 404: notMine, 409: closed },
    }),
    async (c) => c.json(await answerCheckIn(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/hard-event-check-ins/{id}',
      tags,
      summary: 'One of my check-ins after a hard event',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZMyCheckIn, 'My answers'), 404: jsonContent(ZProblem, 'I have no check-in with this id') },
    }),
    async (c) => c.json(await showMyCheckIn(db, requireActor(c), c.req.valid('param').id), 200),
  );
}
