import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { hubAdmins } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZCollaborativePatch, ZPhasePatch, ZTimepointCreate } from './model.js';
import { collaborativeTags } from './present.js';
import { addTimepoint, changeCollaborative, changePhase, removePhase, removeTimepoint } from './timeline-use-cases.js';

const uuid = z.uuid('must be an id (UUID)');
const bad = jsonContent(ZProblem, 'Bad input: nothing changed');
const changed = { 204: { description: 'Changed' }, 400: bad };

/** A hub admin edits a collaborative's description and timeline (hub sessions only; analysts 403). */
export function registerHubTimelineRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(hubAdmins, {
      method: 'patch',
      path: '/api/v1/hub/collaboratives/{id}',
      tags: collaborativeTags,
      summary: "Change a collaborative's name or purpose",
      request: { params: z.object({ id: uuid }), body: jsonBody(ZCollaborativePatch) },
      responses: { ...changed, 404: jsonContent(ZProblem, 'No such collaborative') },
    }),
    async (c) => {
      await changeCollaborative(db, requireActor(c), c.req.valid('param').id, c.req.valid('json'));
      return c.body(null, 204);
    },
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'patch',
      path: '/api/v1/hub/collaborative-phases/{phaseId}',
      tags: collaborativeTags,
      summary: "Change a phase of a collaborative's timeline (its start stays on or before its end)",
      request: { params: z.object({ phaseId: uuid }), body: jsonBody(ZPhasePatch) },
      responses: { ...changed, 404: jsonContent(ZProblem, 'No such phase') },
    }),
    async (c) => {
      await changePhase(db, requireActor(c), c.req.valid('param').phaseId, c.req.valid('json'));
      return c.body(null, 204);
    },
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'delete',
      path: '/api/v1/hub/collaborative-phases/{phaseId}',
      tags: collaborativeTags,
      summary: "Remove a phase from a collaborative's timeline",
      request: { params: z.object({ phaseId: uuid }) },
      responses: { 204: { description: 'Removed' }, 404: jsonContent(ZProblem, 'No such phase') },
    }),
    async (c) => {
      await removePhase(db, requireActor(c), c.req.valid('param').phaseId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'post',
      path: '/api/v1/hub/collaboratives/{id}/timepoints',
      tags: collaborativeTags,
      summary: 'Add a timepoint of the hub’s own (it pools with no other collaborative’s timepoint)',
      request: { params: z.object({ id: uuid }), body: jsonBody(ZTimepointCreate) },
      responses: {
        201: jsonContent(z.object({ id: z.uuid() }), 'Added'),
        400: bad,
        404: jsonContent(ZProblem, 'No such collaborative'),
        422: jsonContent(ZProblem, 'No such installed pack: nothing changed'),
      },
    }),
    async (c) => c.json({ id: await addTimepoint(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')) }, 201),
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'delete',
      path: '/api/v1/hub/collaborative-timepoints/{timepointId}',
      tags: collaborativeTags,
      summary: 'Remove a timepoint no organisation has shared figures for (one with figures stays: 409)',
      request: { params: z.object({ timepointId: uuid }) },
      responses: { 204: { description: 'Removed' }, 404: jsonContent(ZProblem, 'No such timepoint'), 409: jsonContent(ZProblem, 'Figures were shared for it: it stays') },
    }),
    async (c) => {
      await removeTimepoint(db, requireActor(c), c.req.valid('param').timepointId);
      return c.body(null, 204);
    },
  );
}
