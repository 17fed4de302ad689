import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { orgAdmins, signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZAnnouncementInput } from './model.js';
import { voiceTags, ZAnnouncement, ZReadCounts } from './present.js';
import { announcementReadCounts, listAnnouncementsFor, publishAnnouncement, setRead } from './use-cases/announcements.js';

const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was changed');
const hidden = jsonContent(ZProblem, 'Not found (also for anyone this is not for)');

/** Announcements of policy, hiring and resource changes (C.2), with an optional "I have read this". */
export function registerAnnouncementRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/voice/announcements',
      tags: voiceTags,
      summary: "The organisation's announcements, newest first",
      responses: { 200: jsonContent(z.object({ announcements: z.array(ZAnnouncement) }).openapi('Announcements'), 'Announcements'), 404: hidden },
    }),
    async (c) => c.json({ announcements: await listAnnouncementsFor(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/voice/announcements',
      tags: voiceTags,
      summary: 'Publish an announcement to everyone of the organisation',
      request: { body: jsonBody(ZAnnouncementInput) },
      responses: { 201: jsonContent(ZAnnouncement, 'Published'), 400: badInput },
    }),
    async (c) => c.json(await publishAnnouncement(db, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/voice/announcements/{id}/read',
      tags: voiceTags,
      summary: 'I have read this',
      request: { params: ZIdParam },
      responses: { 204: { description: 'Marked as read' }, 404: hidden, 409: jsonContent(ZProblem, 'This announcement does not ask to be marked read') },
    }),
    async (c) => {
      await setRead(db, requireActor(c), c.req.valid('param').id, true);
      return c.body(null, 204);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'delete',
      path: '/api/v1/voice/announcements/{id}/read',
      tags: voiceTags,
      summary: 'Take back my "I have read this"',
      request: { params: ZIdParam },
      responses: { 204: { description: 'No longer marked as read' }, 404: hidden, 409: jsonContent(ZProblem, 'This announcement does not ask to be marked read') },
    }),
    async (c) => {
      await setRead(db, requireActor(c), c.req.valid('param').id, false);
      return c.body(null, 204);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/voice/announcements/{id}/reads',
      tags: voiceTags,
      summary: 'How many read it, per unit, as the privacy gate releases it (never who)',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZReadCounts, 'Released counts'), 404: hidden },
    }),
    async (c) => c.json(await announcementReadCounts(db, requireActor(c), c.req.valid('param').id), 200),
  );
}
