import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { anyTenantSignedIn, signedIn } from '../../platform/access/policy.js';
import { accessesOfPerson } from '../../platform/audit/audit-store.js';
import { setLocale } from '../../platform/auth/auth-store.js';
import type { AppDeps } from '../../platform/deps.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';

export const LOCALES = ['en', 'es'] as const;

const ZAccess = z
  .object({
    at: z.string(),
    type: z.string(),
    record: z.string().nullable(),
    by: z.string(),
    /** With no person behind it: how it came (link: through a link sent by email; reset-request: the sign-in page; operator). */
    via: z.string().nullable(),
    consent: z.string().nullable().describe('when the operator brought past results into my well-being space: how and when I agreed, in their words'),
  })
  .openapi('AccessToMyRecords');

const VIA_TEXT: Record<string, string> = {
  link: 'You, through a link sent to your email',
  invitation: 'You, through your invitation link',
  'reset-request': 'Someone who entered your email on the sign-in page',
};
const viaOf = (data: Record<string, unknown>) => (typeof data.via === 'string' && data.via in VIA_TEXT ? data.via : null);
const byWithoutPerson = (data: Record<string, unknown>) => VIA_TEXT[viaOf(data) ?? ''] ?? 'The system operator';

/** What a signed-in person may do for themself: preferences, and who looked at their records. */
export function registerMeRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(anyTenantSignedIn, {
      method: 'put',
      path: '/api/v1/me/preferences',
      tags: ['Me'],
      summary: 'Remember my language',
      request: { body: jsonBody(z.object({ locale: z.enum(LOCALES, { error: 'must be en or es' }) })) },
      responses: { 204: { description: 'Saved' } },
    }),
    async (c) => {
      const actor = requireActor(c);
      await setLocale(db, actor.orgId, actor.accountId, c.req.valid('json').locale);
      return c.body(null, 204);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/access-log',
      tags: ['Me'],
      summary: 'Who has read or changed my records, newest first',
      responses: { 200: jsonContent(z.object({ accesses: z.array(ZAccess) }), 'Accesses by others') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const rows = await accessesOfPerson(db, actor.orgId, actor.personId);
      return c.json(
        {
          accesses: rows.map((r) => ({
            at: r.at.toISOString(),
            type: r.type,
            record: typeof (r.data as Record<string, unknown>).record === 'string' ? ((r.data as Record<string, string>).record ?? null) : null,
            by: r.actorName ?? byWithoutPerson(r.data as Record<string, unknown>),
            via: r.actorName ? null : viaOf(r.data as Record<string, unknown>),
            consent: typeof (r.data as Record<string, unknown>).consent === 'string' ? ((r.data as Record<string, string>).consent ?? null) : null,
          })),
        },
        200,
      );
    },
  );
}
