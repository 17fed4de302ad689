import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { orgAdmins, signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZHardEventInput } from './model.js';
import { hardEventTags as tags, ZHardEvent, ZHardEventFigures, ZHardEventSummary, ZReferralRequest } from './present.js';
import { hardEventFigures } from './use-cases/figures.js';
import { listEvents, listReferralRequests, showEvent } from './use-cases/manager-view.js';
import { recordHardEvent } from './use-cases/record-event.js';

const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was recorded');
const ZDay = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });
const ZPeriod = z.object({ from: ZDay, to: ZDay });

/**
 * Hard events as the people around the affected see them: recording one (category and day only)
 * and following who was offered support, whether each offer is still open and who asked to be
 * referred. Counts for the organisation come only through the privacy gate.
 */
export function registerEventRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/hard-events',
      tags,
      summary: 'Record that a team or named people met a hard event (a category and a day; nothing about what happened): each is offered two supportive check-ins',
      request: { body: jsonBody(ZHardEventInput) },
      responses: { 201: jsonContent(ZHardEvent, 'The event as its recorder sees it'), 400: badInput, 403: jsonContent(ZProblem, 'Not a team you belong to or manage') },
    }),
    async (c) => c.json(await recordHardEvent(db, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/hard-events',
      tags,
      summary: 'Events I recorded, and (for a supervisor) events that affected my direct reports, newest first',
      responses: { 200: jsonContent(z.object({ events: z.array(ZHardEventSummary) }).openapi('HardEvents'), 'The events') },
    }),
    async (c) => c.json({ events: await listEvents(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/hard-events/{id}',
      tags,
      summary: 'One event: who was offered and whether each offer is still open (never answers, never taken or declined), and who asked to be referred',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZHardEvent, 'The event'), 404: jsonContent(ZProblem, 'No such event that I recorded or that affected my direct reports') },
    }),
    async (c) => c.json(await showEvent(db, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/hard-event-referrals',
      tags,
      summary: 'Who asked to be referred for support after a hard event: all for an org admin; on events I recorded or of my direct reports otherwise',
      responses: { 200: jsonContent(z.object({ referralRequests: z.array(ZReferralRequest) }).openapi('HardEventReferralRequests'), 'Newest first') },
    }),
    async (c) => c.json({ referralRequests: await listReferralRequests(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/hard-event-figures',
      tags,
      summary: 'People offered support after hard events, offers and events per unit for events in a period, through the privacy gate',
      request: { query: ZPeriod },
      responses: {
        200: jsonContent(ZHardEventFigures, 'The figures the gate released'),
        400: badInput,
        422: jsonContent(ZProblem, 'Together with figures shown earlier, these could point at individuals'),
      },
    }),
    async (c) => {
      const { from, to } = c.req.valid('query');
      return c.json(await hardEventFigures(db, requireActor(c), from, to), 200);
    },
  );
}
