import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { hubAdmins } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZProblem, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { remindOrganisationsNow } from './use-cases/remind-organisations.js';

/** The hub's "remind now" for a collaborative timepoint (hub sessions only: the tenant wall answers others 404). */
export function registerHubReminderRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const reminderDeps = { database: deps.database, mailer: deps.mailer, publicUrl: deps.config.publicUrl, log: deps.log };
  app.openapi(
    guarded(hubAdmins, {
      method: 'post',
      path: '/api/v1/hub/collaborative-timepoints/{timepointId}/reminders',
      tags: ['Collaboratives'],
      summary: "Remind the admins of member organisations that have shared no figures for this timepoint, now (once per timepoint per day); how many organisations were reached",
      request: { params: z.object({ timepointId: z.uuid('must be an id (UUID)') }) },
      responses: {
        200: jsonContent(
          z
            .object({
              organisations: z.number().int(),
              /** organisations none of whose admins could be reached just now (the mail did not go): pressing again today tries them */
              notReached: z.number().int(),
            })
            .openapi('RemindersSent'),
          'How many organisations were reminded, and how many could not be reached',
        ),
        404: jsonContent(ZProblem, 'No such timepoint'),
        409: jsonContent(ZProblem, 'The timepoint asks for no staff survey'),
        429: jsonContent(ZProblem, 'Already reminded today'),
      },
    }),
    async (c) => c.json(await remindOrganisationsNow(reminderDeps, requireActor(c), c.req.valid('param').timepointId), 200),
  );
}
