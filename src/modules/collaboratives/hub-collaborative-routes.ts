import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { hubAdmins, hubPeople } from '../../platform/access/policy.js';
import { latestPacks } from '../../content/pack-store.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { addMember, addPhase, removeMember, changeTimepoint, createCollaborative, hubBenchmarks, listCollaboratives, readCollaborative } from './collaborative-use-cases.js';
import { ZCollaborativeCreate, ZPhaseCreate, ZTimepointPatch } from './model.js';
import { collaborativeTags, presentBenchmarkRow, presentCollaborative, presentSummary, ZBenchmarkRow, ZCollaborative, ZCollaborativeSummary } from './present.js';

const ZHubPack = z.object({ id: z.string(), version: z.string(), title: z.record(z.string(), z.string()) }).openapi('HubAssessmentPack');
const ZId = z.object({ id: z.uuid('must be an id (UUID)') });
const ZTimepointId = z.object({ timepointId: z.uuid('must be an id (UUID)') });
const created = { 201: jsonContent(z.object({ id: z.uuid() }), 'Created'), 400: jsonContent(ZProblem, 'Bad input: nothing changed'), 404: jsonContent(ZProblem, 'No such collaborative') };

/** The hub's side of its collaboratives (hub sessions only: the tenant wall answers others 404). */
export function registerHubCollaborativeRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(hubPeople, {
      method: 'get',
      path: '/api/v1/hub/assessment-packs',
      tags: collaborativeTags,
      summary: "The installed assessment packs a collaborative's timepoints can run (id, version and title in each language)",
      responses: { 200: jsonContent(z.object({ packs: z.array(ZHubPack) }), 'Packs') },
    }),
    async (c) => c.json({ packs: (await latestPacks(db)).filter((p) => p.kind === 'assessment').map((p) => ({ id: p.id, version: p.version, title: p.title })) }, 200),
  );

  app.openapi(
    guarded(hubPeople, { method: 'get', path: '/api/v1/hub/collaboratives', tags: collaborativeTags, summary: "The hub's collaboratives", responses: { 200: jsonContent(z.object({ collaboratives: z.array(ZCollaborativeSummary) }), 'Collaboratives') } }),
    async (c) => c.json({ collaboratives: (await listCollaboratives(db, requireActor(c))).map(presentSummary) }, 200),
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'post',
      path: '/api/v1/hub/collaboratives',
      tags: collaborativeTags,
      summary: 'Create a collaborative with baseline, endline, 6- and 12-month timepoints running the staff survey of an installed pack',
      request: { body: jsonBody(ZCollaborativeCreate) },
      responses: { 201: created[201], 400: created[400], 422: jsonContent(ZProblem, 'No such installed pack: nothing changed') },
    }),
    async (c) => c.json({ id: await createCollaborative(db, requireActor(c), c.req.valid('json')) }, 201),
  );

  app.openapi(
    guarded(hubPeople, {
      method: 'get',
      path: '/api/v1/hub/collaboratives/{id}',
      tags: collaborativeTags,
      summary: 'A collaborative: members, timeline, timepoints and completion counts (each hidden under the hub minimum)',
      request: { params: ZId },
      responses: { 200: jsonContent(ZCollaborative, 'The collaborative'), 404: created[404] },
    }),
    async (c) => c.json(presentCollaborative(await readCollaborative(db, requireActor(c), c.req.valid('param').id)), 200),
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'post',
      path: '/api/v1/hub/collaboratives/{id}/members',
      tags: collaborativeTags,
      summary: 'Add a member organisation (its consent to the hub must be in force)',
      request: { params: ZId, body: jsonBody(z.object({ orgId: z.uuid('must be the id of an organisation') })) },
      responses: { 201: { description: 'Added' }, 404: created[404], 409: jsonContent(ZProblem, 'Not possible now') },
    }),
    async (c) => {
      await addMember(db, requireActor(c), c.req.valid('param').id, c.req.valid('json').orgId);
      return c.body(null, 201);
    },
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'delete',
      path: '/api/v1/hub/collaboratives/{id}/members/{orgId}',
      tags: collaborativeTags,
      summary: 'Take a member organisation out of the collaborative, with the surveys it linked there (only one that has contributed nothing to it)',
      request: { params: ZId.extend({ orgId: z.uuid('must be the id of an organisation') }) },
      responses: { 204: { description: 'Removed' }, 404: jsonContent(ZProblem, 'No such collaborative or member'), 409: jsonContent(ZProblem, 'It has contributed figures: nothing changed') },
    }),
    async (c) => {
      const { id, orgId } = c.req.valid('param');
      await removeMember(db, requireActor(c), id, orgId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'post',
      path: '/api/v1/hub/collaboratives/{id}/phases',
      tags: collaborativeTags,
      summary: "Add a phase to the collaborative's timeline",
      request: { params: ZId, body: jsonBody(ZPhaseCreate) },
      responses: created,
    }),
    async (c) => c.json({ id: await addPhase(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')) }, 201),
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'patch',
      path: '/api/v1/hub/collaborative-timepoints/{timepointId}',
      tags: collaborativeTags,
      summary: "Change a timepoint's label, due date, pack or what it asks organisations to run",
      request: { params: ZTimepointId, body: jsonBody(ZTimepointPatch) },
      responses: { 204: { description: 'Changed' }, 400: created[400], 404: jsonContent(ZProblem, 'No such timepoint'), 422: jsonContent(ZProblem, 'No such installed pack: nothing changed') },
    }),
    async (c) => {
      await changeTimepoint(db, requireActor(c), c.req.valid('param').timepointId, c.req.valid('json'));
      return c.body(null, 204);
    },
  );

  app.openapi(
    guarded(hubPeople, {
      method: 'get',
      path: '/api/v1/hub/collaboratives/{id}/benchmarks',
      tags: collaborativeTags,
      summary: "The collaborative's and the hub's pooled figures per timepoint and measure, through the cross-organisation gate; hidden ones say why",
      request: { params: ZId },
      responses: { 200: jsonContent(z.object({ rows: z.array(ZBenchmarkRow) }), 'Benchmarks'), 404: created[404] },
    }),
    async (c) => c.json({ rows: (await hubBenchmarks(db, requireActor(c), c.req.valid('param').id)).map(presentBenchmarkRow) }, 200),
  );
}
