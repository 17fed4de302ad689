import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { hasRole, orgAdmins, signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { pageOf, ZNextCursor, ZPageQuery } from '../../platform/http/page.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { assessmentPacks } from './assessment-pack.js';
import { closeAssessmentCycle, openCycle } from './use-cases/cycle-use-cases.js';
import { loadCycle } from './use-cases/load-resource.js';
import { pageCycles } from './cycle-store.js';
import { peopleNamedInCycle } from './cycle-people.js';
import { newestFirstCursor } from './newest-first.js';
import { ZCycleInput } from './model.js';
import { presentCycle, ZCycle, ZCycleIdParam } from './present.js';

const ZText = z.record(z.string(), z.string()).openapi('AssessmentText', { description: 'one string per locale of the pack' });
const ZPackCriterion = z.object({ id: z.string(), text: ZText, evidenceHint: ZText.optional(), domains: z.array(z.string()).optional(), source: z.array(z.string()) });
const ZAssessmentPack = z
  .object({
    id: z.string(),
    version: z.string(),
    locales: z.array(z.string()),
    title: ZText,
    summary: ZText,
    source: z.array(z.string()),
    body: z.object({
      intro: ZText,
      ratings: z.object({
        rag: z.array(z.object({ id: z.enum(['red', 'amber', 'green']), text: ZText })),
        scale: z.object({ min: z.number(), max: z.number(), labels: z.array(z.object({ value: z.number(), text: ZText })) }),
      }),
      sections: z.array(
        z.object({ id: z.string(), title: ZText, summary: ZText, journeyPrompt: ZText, source: z.array(z.string()), criteria: z.array(ZPackCriterion) }),
      ),
    }),
  })
  .openapi('AssessmentPack');

/** Assessment packs and cycles: open (admins), list and read (who takes part, admins all), close. */
export function registerCycleRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/assessments/packs',
      tags: ['Assessments'],
      summary: 'The installed assessment packs (latest version of each), with their sections and criteria',
      responses: { 200: jsonContent(z.object({ packs: z.array(ZAssessmentPack) }), 'Packs by id') },
    }),
    async (c) => {
      const packs = (await assessmentPacks(db)).map(({ kind: _kind, ...pack }) => pack);
      return c.json({ packs }, 200);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/assessments/cycles',
      tags: ['Assessments'],
      summary: 'Open an assessment cycle of a pack for the organisation or one unit, as a team review or a staff survey (admins)',
      request: { body: jsonBody(ZCycleInput) },
      responses: { 201: jsonContent(ZCycle, 'Opened'), 400: jsonContent(ZProblem, 'Bad input, named by field') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const input = c.req.valid('json');
      return c.json(presentCycle(await openCycle(db, actor, input)), 201);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/assessments/cycles',
      tags: ['Assessments'],
      summary: 'Assessment cycles, newest first, a page at a time: all of them for admins, otherwise those the caller leads or contributes to',
      request: { query: ZPageQuery },
      responses: {
        200: jsonContent(z.object({ cycles: z.array(ZCycle), nextCursor: ZNextCursor }), 'A page of cycles'),
        422: jsonContent(ZProblem, 'A cursor not from this list, or a limit out of range'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { cursor, limit } = c.req.valid('query');
      const rows = await pageCycles(db, actor.orgId, hasRole(actor, 'org_admin') ? undefined : actor.personId, newestFirstCursor(cursor), limit);
      const page = pageOf(rows, limit, (r) => r.sortKey);
      return c.json({ cycles: page.items.map(presentCycle), nextCursor: page.nextCursor }, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/assessments/cycles/{id}',
      tags: ['Assessments'],
      summary: 'One assessment cycle (admins, its lead and contributors)',
      request: { params: ZCycleIdParam },
      responses: { 200: jsonContent(ZCycle, 'The cycle'), 404: jsonContent(ZProblem, 'No such cycle you may see') },
    }),
    async (c) => {
      const cycle = await loadCycle(db, requireActor(c), c.req.valid('param').id, 'see');
      return c.json(presentCycle(cycle), 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/assessments/cycles/{id}/people',
      tags: ['Assessments'],
      summary:
        "The names of the people a cycle's pages mention (its lead and contributors, who rated, confirmed, added evidence, commented or wrote notes, its actions' owners), for those who see the cycle; never who answered a survey",
      request: { params: ZCycleIdParam },
      responses: {
        200: jsonContent(z.object({ people: z.array(z.object({ id: z.string(), name: z.string() })) }), 'Names by id, by name'),
        404: jsonContent(ZProblem, 'No such cycle you may see'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const cycle = await loadCycle(db, actor, c.req.valid('param').id, 'see');
      return c.json({ people: await peopleNamedInCycle(db, actor.orgId, cycle.id) }, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/assessments/cycles/{id}/close',
      tags: ['Assessments'],
      summary: "Close a cycle: its ratings stay as they are and count as the previous cycle's from now on (admins and the lead)",
      request: { params: ZCycleIdParam },
      responses: {
        200: jsonContent(ZCycle, 'Closed'),
        403: jsonContent(ZProblem, 'Not an admin or the lead'),
        404: jsonContent(ZProblem, 'No such cycle you may see'),
        409: jsonContent(ZProblem, 'Already closed'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      return c.json(presentCycle(await closeAssessmentCycle(db, actor, c.req.valid('param').id)), 200);
    },
  );
}
