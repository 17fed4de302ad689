import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { orgAdmins } from '../../platform/access/policy.js';
import { auditTrail, recordAudit } from '../../platform/audit/audit-store.js';
import { createAccount, endAllSessions } from '../../platform/auth/auth-store.js';
import { sendInvitation } from '../../platform/auth/reset.js';
import { accounts, APP_ROLES } from '../../platform/auth/schema.js';
import type { AppDeps } from '../../platform/deps.js';
import { conflict, invalid, notFound } from '../../platform/http/errors.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { findPerson } from './people-store.js';

// Hub analysts are reserved for the regional hub; an organisation cannot grant it to its own staff.
const ORG_ROLES = APP_ROLES.filter((r) => r !== 'hub_analyst') as ['worker', 'supervisor', 'org_admin'];
const ZRoles = z.array(z.enum(ORG_ROLES, { error: 'must be worker, supervisor or org_admin' })).min(1, 'choose at least one role');

// Events with no person behind them: a link followed, or the signed-out reset page (decision 004).
const VIA_TEXT: Record<string, string> = {
  link: 'The person, through a link sent to their email',
  invitation: 'The person, through their invitation link',
  'reset-request': 'Someone who entered the email on the sign-in page',
  // a regional hub's step, in the other tenant's trail (its people are not this tenant's)
  hub: "An admin of the regional hub named in the event",
  'member-organisation': "An admin of the member organisation named in the event",
};
const byWithoutPerson = (data: Record<string, unknown>) => (typeof data.via === 'string' ? VIA_TEXT[data.via] : undefined) ?? 'The system operator';

/** Accounts, roles and the organisation's audit trail. */
export function registerAdminRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/people/{id}/account',
      tags: ['Accounts'],
      summary: 'Give a person an account and send them an invitation link',
      request: { params: ZIdParam, body: jsonBody(z.object({ roles: ZRoles })) },
      responses: { 201: { description: 'Invited' }, 409: jsonContent(ZProblem, 'Already has an account') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const { roles } = c.req.valid('json');
      const person = await findPerson(db, actor.orgId, id);
      if (!person) throw notFound('The person');
      if (person.accountId) throw conflict('This person already has an account.');
      const accountId = await db.transaction(async (tx) => {
        const accountId = await createAccount(tx, { orgId: actor.orgId, personId: id, email: person.email, roles });
        await recordAudit(tx, actor, { type: 'account.invited', subjectPersonId: id, data: { roles } });
        return accountId;
      });
      await sendInvitation(deps, { orgId: actor.orgId, accountId, email: person.email }, actor.name);
      return c.body(null, 201);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'patch',
      path: '/api/v1/people/{id}/account',
      tags: ['Accounts'],
      summary: "Change a person's roles, or disable or enable their account (disabling ends all its sessions)",
      request: { params: ZIdParam, body: jsonBody(z.object({ roles: ZRoles.optional(), disabled: z.boolean().optional() })) },
      responses: { 204: { description: 'Changed' }, 404: jsonContent(ZProblem, 'No account') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const person = await findPerson(db, actor.orgId, id);
      if (!person?.accountId) throw notFound('The account');
      if (person.id === actor.personId && (patch.disabled || (patch.roles && !patch.roles.includes('org_admin')))) {
        throw invalid(patch.disabled ? 'disabled' : 'roles', 'you cannot remove your own admin access; ask another admin');
      }
      await db.transaction(async (tx) => {
        const where = and(eq(accounts.orgId, actor.orgId), eq(accounts.id, person.accountId!));
        if (patch.roles) {
          await tx.update(accounts).set({ roles: patch.roles }).where(where);
          await recordAudit(tx, actor, { type: 'account.roles-changed', subjectPersonId: id, data: { roles: patch.roles } });
        }
        if (patch.disabled !== undefined && patch.disabled !== person.disabled) {
          await tx.update(accounts).set({ disabled: patch.disabled }).where(where);
          if (patch.disabled) await endAllSessions(tx, actor.orgId, person.accountId!);
          await recordAudit(tx, actor, { type: patch.disabled ? 'account.disabled' : 'account.enabled', subjectPersonId: id });
        }
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/audit',
      tags: ['Audit'],
      summary: "The organisation's audit trail (who did what, when — never the content)",
      responses: {
        200: jsonContent(
          z.object({ events: z.array(z.object({ at: z.string(), type: z.string(), by: z.string(), subjectPersonId: z.string().nullable() })) }),
          'Newest first',
        ),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const rows = await auditTrail(db, actor.orgId);
      return c.json(
        { events: rows.map((r) => ({ at: r.at.toISOString(), type: r.type, by: r.actorName ?? byWithoutPerson(r.data as Record<string, unknown>), subjectPersonId: r.subjectPersonId })) },
        200,
      );
    },
  );
}
