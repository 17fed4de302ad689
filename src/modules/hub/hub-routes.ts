import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { hubAdmins, hubPeople } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { changeHubSettings, findOrganisations, inviteOrganisation, listMembers, readHubSettings, withdrawInvitation } from './hub-use-cases.js';
import { MEMBERSHIP_STATUSES, ZHubSettingsPatch, ZHubSettingsView } from './model.js';
import { hubTags, presentMember, ZHubMember } from './present.js';

const ZHub = z.object({ id: z.uuid(), name: z.string(), settings: ZHubSettingsView }).openapi('Hub');

/** The hub's own side: its members, invitations and settings. Only a hub's sessions reach these (the tenant wall). */
export function registerHubRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(hubPeople, { method: 'get', path: '/api/v1/hub', tags: hubTags, summary: 'My hub, with its settings', responses: { 200: jsonContent(ZHub, 'The hub') } }),
    async (c) => c.json(await readHubSettings(db, requireActor(c)), 200),
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'patch',
      path: '/api/v1/hub/settings',
      tags: hubTags,
      summary: "Change the hub's minimum organisations per figure (at least 3) and minimum group size (at least 3)",
      request: { body: jsonBody(ZHubSettingsPatch) },
      responses: { 200: jsonContent(ZHub, 'The hub now'), 400: jsonContent(ZProblem, 'Bad input: nothing changed') },
    }),
    async (c) => c.json(await changeHubSettings(db, requireActor(c), c.req.valid('json')), 200),
  );

  app.openapi(
    guarded(hubPeople, {
      method: 'get',
      path: '/api/v1/hub/members',
      tags: hubTags,
      summary: "The hub's member organisations: invited, consented, declined or revoked, with dates",
      responses: { 200: jsonContent(z.object({ members: z.array(ZHubMember) }), 'Members') },
    }),
    async (c) => c.json({ members: (await listMembers(db, requireActor(c))).map(presentMember) }, 200),
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'get',
      path: '/api/v1/hub/organisation-search',
      tags: hubTags,
      summary: 'Organisations of this installation whose name contains the text (at most 20), to invite',
      request: { query: z.object({ q: z.string().trim().min(2, 'type at least 2 characters').max(200, 'must be at most 200 characters') }) },
      responses: {
        200: jsonContent(z.object({ organisations: z.array(z.object({ id: z.uuid(), name: z.string(), status: z.enum(MEMBERSHIP_STATUSES).nullable() })) }), 'Matches'),
        400: jsonContent(ZProblem, 'Bad input'),
      },
    }),
    async (c) => {
      const found = await findOrganisations(db, requireActor(c), c.req.valid('query').q);
      return c.json({ organisations: found.map((o) => ({ id: o.id, name: o.name, status: o.status })) }, 200);
    },
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'post',
      path: '/api/v1/hub/members',
      tags: hubTags,
      summary: "Invite an organisation to the hub (again after a decline or a revocation); its admins see the invitation and the consent statement",
      request: { body: jsonBody(z.object({ orgId: z.uuid('must be the id of an organisation') })) },
      responses: { 201: { description: 'Invited' }, 404: jsonContent(ZProblem, 'No such organisation'), 409: jsonContent(ZProblem, 'Already invited or a member') },
    }),
    async (c) => {
      await inviteOrganisation(db, requireActor(c), c.req.valid('json').orgId);
      return c.body(null, 201);
    },
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'delete',
      path: '/api/v1/hub/members/{orgId}/invitation',
      tags: hubTags,
      summary: 'Withdraw an invitation the organisation has not answered (it may be invited again later)',
      request: { params: z.object({ orgId: z.uuid('must be the id of an organisation') }) },
      responses: { 204: { description: 'Withdrawn' }, 404: jsonContent(ZProblem, 'No invitation to this organisation'), 409: jsonContent(ZProblem, 'Answered already: nothing to withdraw') },
    }),
    async (c) => {
      await withdrawInvitation(db, requireActor(c), c.req.valid('param').orgId);
      return c.body(null, 204);
    },
  );
}
