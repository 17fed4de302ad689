import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { type Actor, signedIn } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { Queryable } from '../../platform/db/client.js';
import type { AppDeps } from '../../platform/deps.js';
import { badRequest, notFound } from '../../platform/http/errors.js';
import { jsonBody, jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded } from '../../platform/http/route.js';
import { findPerson } from '../people/people-store.js';
import { trendsOf, withScores } from './check-in-results.js';
import { findOwnCheckIn } from './check-in-store.js';
import { activeGrantsTo, activeGrantTo, addGrant, type GrantRow, grantsByOwner, revokeGrant } from './grant-store.js';
import { GRANT_SCOPES } from './model.js';
import { canReadThroughGrant, grantProblems } from './policy.js';
import { presentGrant, presentSharedGrant, type TSharedPart, ZGrant, ZSharedGrant, ZSharedPart } from './present.js';
import { wellbeingTags } from './space-routes.js';
import { getSpace } from './space-store.js';

export const ZGrantInput = z
  .object({
    granteePersonId: z.uuid('must be a person id (UUID)'),
    scope: z.enum(GRANT_SCOPES, { error: `must be one of ${GRANT_SCOPES.join(', ')}` }),
    checkInId: z.uuid('must be a check-in id (UUID)').nullable().optional().describe("only for the 'check-in' scope: the one result to share"),
    expiresAt: z.iso.datetime({ offset: true, error: 'must be a date and time (ISO 8601)' }).describe('in the future, at most one year away'),
  })
  .openapi('WellbeingGrantInput');

const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was changed');
const sharedTags = ['Well-being (shared with me)'];

/**
 * Sharing: the owner grants one named colleague one part of their space until a date, and may
 * revoke it; the grantee reads exactly that part while it is in force, and each read is written
 * to the owner's access log in the same transaction as the read.
 */
export function registerGrantRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;
  const nameOf = async (q: Queryable, orgId: string, personId: string) => (await findPerson(q, orgId, personId))?.name ?? '';

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/me/wellbeing/grants',
      tags: wellbeingTags,
      summary: 'Share one part of my space with one colleague of my organisation until a date (at most a year)',
      request: { body: jsonBody(ZGrantInput) },
      responses: { 201: jsonContent(ZGrant, 'The grant'), 400: badInput },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const input = { ...c.req.valid('json'), expiresAt: new Date(c.req.valid('json').expiresAt) };
      const grantee = input.granteePersonId === actor.personId ? undefined : await findPerson(db, actor.orgId, input.granteePersonId);
      const ownCheckIn = input.checkInId ? Boolean(await findOwnCheckIn(db, actor.orgId, actor.personId, input.checkInId)) : false;
      const problems = grantProblems(actor, input, grantee, ownCheckIn);
      if (problems.length > 0) throw badRequest('The grant has fields that need attention.', problems);
      const grant = await addGrant(db, actor.orgId, actor.personId, { ...input, checkInId: input.scope === 'check-in' ? (input.checkInId ?? null) : null });
      return c.json(presentGrant(grant, grantee?.name ?? ''), 201);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/wellbeing/grants',
      tags: wellbeingTags,
      summary: 'Everything I have shared, newest first, each active, expired or revoked',
      responses: { 200: jsonContent(z.object({ grants: z.array(ZGrant) }).openapi('WellbeingGrants'), 'My grants') },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const rows = await grantsByOwner(db, actor.orgId, actor.personId);
      return c.json({ grants: await Promise.all(rows.map(async (g) => presentGrant(g, await nameOf(db, actor.orgId, g.granteePersonId)))) }, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/me/wellbeing/grants/{id}/revoke',
      tags: wellbeingTags,
      summary: 'Stop sharing: the grantee loses access at once',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZGrant, 'The grant, revoked'), 404: jsonContent(ZProblem, 'I made no grant with this id') },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const grant = await revokeGrant(db, actor.orgId, actor.personId, c.req.valid('param').id);
      if (!grant) throw notFound('Your grant');
      return c.json(presentGrant(grant, await nameOf(db, actor.orgId, grant.granteePersonId)), 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/shared-with-me',
      tags: sharedTags,
      summary: 'What colleagues are sharing with me now: whose, which part, until when',
      responses: { 200: jsonContent(z.object({ grants: z.array(ZSharedGrant) }).openapi('SharedWithMeList'), 'Grants to me in force, newest first') },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const rows = await activeGrantsTo(db, actor.orgId, actor.personId);
      return c.json({ grants: await Promise.all(rows.map(async (g) => presentSharedGrant(g, await nameOf(db, actor.orgId, g.personId)))) }, 200);
    },
  );

  /** Exactly the granted part of the owner's space: nothing beside it. */
  async function grantedPart(q: Queryable, grant: GrantRow, ownerName: string): Promise<TSharedPart> {
    const head = presentSharedGrant(grant, ownerName);
    if (grant.scope === 'coping-plan') return { ...head, scope: 'coping-plan', copingPlan: (await getSpace(q, grant.orgId, grant.personId)).copingPlan };
    if (grant.scope === 'check-in-trend') return { ...head, scope: 'check-in-trend', trends: await trendsOf(q, grant.orgId, grant.personId) };
    const row = grant.checkInId ? await findOwnCheckIn(q, grant.orgId, grant.personId, grant.checkInId) : undefined;
    if (!row) throw notFound('The shared item');
    const [{ answers: _answers, ...result }] = (await withScores(q, grant.orgId, [row])) as [Awaited<ReturnType<typeof withScores>>[number]];
    return { ...head, scope: 'check-in', checkIn: result };
  }

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/shared-with-me/{id}',
      tags: sharedTags,
      summary: "Read what a colleague shared with me: only the granted part; the read shows in their access log",
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZSharedPart, 'The granted part'), 404: jsonContent(ZProblem, 'No grant to me in force with this id (expired, revoked or not mine)') },
    }),
    async (c) => {
      const actor: Actor = c.get('actor')!;
      const body = await db.transaction(async (tx) => {
        const grant = await activeGrantTo(tx, actor.orgId, actor.personId, c.req.valid('param').id);
        if (!grant || !canReadThroughGrant(actor, grant)) throw notFound('The shared item');
        const part = await grantedPart(tx, grant, await nameOf(tx, actor.orgId, grant.personId));
        // the owner sees every read of their personal data: same transaction as the read
        await recordAudit(tx, actor, { type: 'wellbeing.shared-read', subjectPersonId: grant.personId, data: { record: grant.scope, grantId: grant.id } });
        return part;
      });
      return c.json(body, 200);
    },
  );
}
