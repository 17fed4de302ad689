import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { orgAdmins, signedIn } from '../access/policy.js';
import { recordAudit } from '../audit/audit-store.js';
import type { AppDeps } from '../deps.js';
import { ZProblem, jsonBody, jsonContent } from '../http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../http/route.js';
import { getOrganisation, updateOrgSettings } from './org-store.js';
import { TENANT_KINDS } from './tenant-kind.js';

/**
 * The body of a settings change: every field optional and none defaulted. Zod fills a `.default()`
 * even inside `.partial()`, so a patch naming one field would otherwise carry every other field's
 * default and reset what the organisation chose (its time zone, language, group size).
 */
function patchOf(settings: z.ZodObject): z.ZodObject {
  const fields = Object.entries(settings.shape).map(([key, field]) => {
    const bare = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    return [key, bare.optional()] as const;
  });
  return z.object(Object.fromEntries(fields));
}

/**
 * The organisation and its settings. `settings` is every part's settings composed
 * (src/org-settings.ts): handed in, so the platform does not name the modules that own them.
 */
export function registerTenancyRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps, settings: z.ZodObject) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/org',
      tags: ['Organisation'],
      summary: 'My organisation and its settings',
      responses: { 200: jsonContent(z.object({ id: z.string(), name: z.string(), slug: z.string(), kind: z.enum(TENANT_KINDS), settings }), 'The organisation (or hub) and its settings') },
    }),
    async (c) => c.json(await getOrganisation(db, requireActor(c).orgId, settings), 200),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'patch',
      path: '/api/v1/org/settings',
      tags: ['Organisation'],
      summary: 'Change organisation settings (the privacy minimum group size is never below 3)',
      request: { body: jsonBody(patchOf(settings)) },
      responses: { 200: jsonContent(settings, 'The settings now'), 400: jsonContent(ZProblem, 'Bad input') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const patch = c.req.valid('json');
      const now = await db.transaction(async (tx) => {
        const now = await updateOrgSettings(tx, actor.orgId, settings, patch);
        await recordAudit(tx, actor, { type: 'org.settings-changed', data: { fields: Object.keys(patch) } });
        return now;
      });
      return c.json(now, 200);
    },
  );
}
