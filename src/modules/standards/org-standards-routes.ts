import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { orgAdmins } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZProblem, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { myHubStandards } from './org-standards-use-cases.js';
import { presentMyHubStandards, standardsTags, ZMyHubStandards } from './present.js';

/** The organisation's side, beside its other hub routes (`/org/hubs/{hubId}/…`): its admins read the hub's standards. */
export function registerOrgStandardsRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;
  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/org/hubs/{hubId}/standards',
      tags: standardsTags,
      summary: "The hub's standards: which version my organisation runs, what changed up to the newest, how to adopt it, and the hub's recognitions of us",
      request: { params: z.object({ hubId: z.uuid('must be an id (UUID)') }) },
      responses: { 200: jsonContent(ZMyHubStandards, 'Standards'), 404: jsonContent(ZProblem, 'No hub with our consent in force') },
    }),
    async (c) => c.json(presentMyHubStandards(await myHubStandards(db, requireActor(c), c.req.valid('param').hubId)), 200),
  );
}
