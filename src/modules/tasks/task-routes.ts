import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { orgAdmins, signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { presentTask, taskTags as tags, ZSetupSteps, ZTask } from './present.js';
import { myTasks } from './use-cases/my-tasks.js';
import { setupSteps } from './use-cases/setup-steps.js';

/**
 * Home: the signed-in person's own waiting tasks (no address takes anyone else's id), and an
 * organisation's setup steps for its admins.
 */
export function registerTaskRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/tasks',
      tags,
      summary: 'What is waiting for me, most urgent first, each with the one web address where it is done (mine alone)',
      responses: { 200: jsonContent(z.object({ tasks: z.array(ZTask) }).openapi('MyTasks'), 'My waiting tasks') },
    }),
    async (c) => c.json({ tasks: (await myTasks(db, requireActor(c))).map(presentTask) }, 200),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/org/setup-steps',
      tags,
      summary: "The organisation's first-run steps (units, people, placement, course catalogue, a first assessment), each done or not",
      responses: { 200: jsonContent(ZSetupSteps, 'The steps and progress') },
    }),
    async (c) => c.json(await setupSteps(db, requireActor(c)), 200),
  );
}
