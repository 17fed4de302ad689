import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { orgAdmins, signedIn } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { AppDeps } from '../../platform/deps.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { notFound } from '../../platform/http/errors.js';
import { jsonBody, jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { supportContactPolicy } from './policy.js';
import { addSupportContact, contactReaderOf, deleteSupportContact, supportContactsFor, updateSupportContact, ZSupportContact, ZSupportContactInput, ZSupportContactPatch } from './support-store.js';

const tags = ['Support contacts'];
const WHAT = 'The support contacts';
const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was changed');
const noSuch = jsonContent(ZProblem, 'The organisation has no such contact');

/** Where to find support (S.ind.7): everyone in the organisation reads them; org admins keep them. */
export function registerSupportRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/support-contacts',
      tags,
      summary: "My organisation's support contacts: employee assistance, counselling, crisis lines, peer support",
      responses: { 200: jsonContent(z.object({ supportContacts: z.array(ZSupportContact) }).openapi('SupportContacts'), 'In their order') },
    }),
    async (c) => {
      const actor = requireActor(c);
      authorize(supportContactPolicy(actor, 'list', { orgId: actor.orgId }), WHAT);
      return c.json({ supportContacts: await supportContactsFor(db, actor) }, 200);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/support-contacts',
      tags,
      summary: 'Add a support contact (each text in one language or several)',
      request: { body: jsonBody(ZSupportContactInput) },
      responses: { 201: jsonContent(ZSupportContact, 'The new contact'), 400: badInput },
    }),
    async (c) => {
      const actor = requireActor(c);
      authorize(supportContactPolicy(actor, 'create', { orgId: actor.orgId }), WHAT);
      const contact = await db.transaction(async (tx) => {
        const added = await addSupportContact(tx, actor.orgId, c.req.valid('json'), await contactReaderOf(tx, actor));
        await recordAudit(tx, actor, { type: 'support-contact.created', data: { contactId: added.id } });
        return added;
      });
      return c.json(contact, 201);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'patch',
      path: '/api/v1/support-contacts/{id}',
      tags,
      summary: 'Change a support contact (only the fields given; a text field changes only the languages it names)',
      request: { params: ZIdParam, body: jsonBody(ZSupportContactPatch) },
      responses: { 200: jsonContent(ZSupportContact, 'The contact now'), 400: badInput, 404: noSuch },
    }),
    async (c) => {
      const actor = requireActor(c);
      authorize(supportContactPolicy(actor, 'change', { orgId: actor.orgId }), WHAT);
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const contact = await db.transaction(async (tx) => {
        const updated = await updateSupportContact(tx, actor.orgId, id, patch, await contactReaderOf(tx, actor));
        if (!updated) throw notFound('The support contact');
        await recordAudit(tx, actor, { type: 'support-contact.updated', data: { contactId: id, fields: Object.keys(patch) } });
        return updated;
      });
      return c.json(contact, 200);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'delete',
      path: '/api/v1/support-contacts/{id}',
      tags,
      summary: 'Remove a support contact',
      request: { params: ZIdParam },
      responses: { 204: { description: 'Removed' }, 404: noSuch },
    }),
    async (c) => {
      const actor = requireActor(c);
      authorize(supportContactPolicy(actor, 'remove', { orgId: actor.orgId }), WHAT);
      const { id } = c.req.valid('param');
      await db.transaction(async (tx) => {
        if (!(await deleteSupportContact(tx, actor.orgId, id))) throw notFound('The support contact');
        await recordAudit(tx, actor, { type: 'support-contact.deleted', data: { contactId: id } });
      });
      return c.body(null, 204);
    },
  );
}
