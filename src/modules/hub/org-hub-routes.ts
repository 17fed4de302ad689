import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { orgAdmins } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { answerHub, listMyHubs } from './hub-use-cases.js';
import { MEMBERSHIP_STATUSES } from './model.js';
import { hubTags, presentMyHub, ZMyHub } from './present.js';

const ZHubIdParam = z.object({ hubId: z.uuid('must be an id (UUID)') });
const answered = { 200: jsonContent(z.object({ status: z.enum(MEMBERSHIP_STATUSES) }), 'The membership now'), 404: jsonContent(ZProblem, 'No invitation from this hub'), 409: jsonContent(ZProblem, 'Not possible now') };

/** The organisation's side: its admins read hubs' invitations and consent, decline or revoke. */
export function registerOrgHubRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/org/hubs',
      tags: hubTags,
      summary: "Regional hubs that invited my organisation, with the consent standing and who at each hub reads released figures",
      responses: { 200: jsonContent(z.object({ currentStatementVersion: z.number().int(), memberships: z.array(ZMyHub) }), 'Hubs') },
    }),
    async (c) => {
      const mine = await listMyHubs(db, requireActor(c));
      return c.json({ currentStatementVersion: mine.currentStatementVersion, memberships: mine.memberships.map(presentMyHub) }, 200);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/org/hubs/{hubId}/consent',
      tags: hubTags,
      summary: "Sign the hub's consent statement for my organisation (the version I was shown)",
      request: { params: ZHubIdParam, body: jsonBody(z.object({ statementVersion: z.number({ error: 'must be the version of the statement you read' }).int('must be the version of the statement you read') })) },
      responses: answered,
    }),
    async (c) => {
      const status = await answerHub(db, requireActor(c), c.req.valid('param').hubId, 'consent', c.req.valid('json').statementVersion);
      return c.json({ status }, 200);
    },
  );

  for (const step of ['decline', 'revoke'] as const) {
    app.openapi(
      guarded(orgAdmins, {
        method: 'post',
        path: `/api/v1/org/hubs/{hubId}/${step}`,
        tags: hubTags,
        summary: step === 'decline' ? "Decline the hub's invitation" : 'Revoke my organisation\'s consent: no new figures go to the hub; what it already published stays',
        request: { params: ZHubIdParam },
        responses: answered,
      }),
      async (c) => {
        const status = await answerHub(db, requireActor(c), c.req.valid('param').hubId, step);
        return c.json({ status }, 200);
      },
    );
  }
}
