import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { orgAdmins, signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { ZNextCursor, ZPageQuery } from '../../platform/http/page.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { listOrgHrEvents, listOwnHrEvents, listPersonHrEvents, recordAbsence, recordMove, removeHrEvent } from './hr-event-use-cases.js';
import { ZAbsenceInput, ZMoveInput, ZPeriodFields } from './model.js';
import { ZHrEvent } from './present.js';

const ZEventParams = z.object({ id: z.uuid('must be an id (UUID)'), eventId: z.uuid('must be the id of an HR event') });
const ZEvents = z.object({ events: z.array(ZHrEvent) });

/** HR events: a person's own, a person's for an org admin, the organisation's by period, and recording and removing them. */
export function registerHrEventRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/hr-events',
      tags: ['HR events'],
      summary: 'My own HR records: starts, leaves and absences, newest first',
      responses: { 200: jsonContent(ZEvents, 'Newest first') },
    }),
    async (c) => c.json(await listOwnHrEvents(db, requireActor(c)), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/people/{id}/hr-events',
      tags: ['HR events'],
      summary: "A person's HR events (org admins, and the person); an admin's read is logged in the person's access log",
      request: { params: ZIdParam },
      responses: {
        200: jsonContent(ZEvents, 'Newest first'),
        403: jsonContent(ZProblem, "The person's line manager: HR events are not theirs to read"),
        404: jsonContent(ZProblem, 'No such person you may see'),
      },
    }),
    async (c) => c.json(await listPersonHrEvents(db, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/people/{id}/hr-events/moves',
      tags: ['HR events'],
      summary: "Record a start or a leave (org admins); the person's start and end dates follow",
      request: { params: ZIdParam, body: jsonBody(ZMoveInput) },
      responses: {
        201: jsonContent(ZHrEvent, 'Recorded'),
        400: jsonContent(ZProblem, 'Bad input'),
        404: jsonContent(ZProblem, 'No such person'),
        422: jsonContent(ZProblem, "Against today or the person's history (after today, a leave before the start, recorded already), or an unknown unit"),
      },
    }),
    async (c) => c.json(await recordMove(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/people/{id}/hr-events/absences',
      tags: ['HR events'],
      summary: 'Record an absence spell (org admins); working days lost default to its Monday-to-Friday days',
      request: { params: ZIdParam, body: jsonBody(ZAbsenceInput) },
      responses: {
        201: jsonContent(ZHrEvent, 'Recorded'),
        400: jsonContent(ZProblem, 'Bad input'),
        404: jsonContent(ZProblem, 'No such person'),
        422: jsonContent(ZProblem, "After today, overlapping another of the person's absences, or an unknown unit"),
      },
    }),
    async (c) => c.json(await recordAbsence(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'delete',
      path: '/api/v1/people/{id}/hr-events/{eventId}',
      tags: ['HR events'],
      summary: "Remove one of a person's HR events (org admins); the person's dates are left as they are",
      request: { params: ZEventParams },
      responses: { 204: { description: 'Removed' }, 404: jsonContent(ZProblem, 'No such HR event of this person') },
    }),
    async (c) => {
      const { id, eventId } = c.req.valid('param');
      await removeHrEvent(db, requireActor(c), id, eventId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/workforce/hr-events',
      tags: ['HR events'],
      summary: "The organisation's HR events in a period, newest day first, a page at a time; logged as one list read naming everyone shown",
      request: { query: ZPageQuery.extend(ZPeriodFields) },
      responses: {
        200: jsonContent(z.object({ events: z.array(ZHrEvent), nextCursor: ZNextCursor }).openapi('HrEventPage'), 'A page'),
        400: jsonContent(ZProblem, 'Bad period or limit'),
        422: jsonContent(ZProblem, 'A period ending before it starts, or a cursor not from this list'),
      },
    }),
    async (c) => c.json(await listOrgHrEvents(db, requireActor(c), c.req.valid('query')), 200),
  );
}
