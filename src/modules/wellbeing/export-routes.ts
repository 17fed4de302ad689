import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { wellbeingExportSchema } from './export-data.js';
import type { PersonalDataPart } from './personal-data-parts.js';
import { wellbeingTags } from './present.js';
import { eraseMySpace, exportMySpace, exportMySpaceAsPdf } from './use-cases/export.js';

const noStore = { 'cache-control': 'no-store' };

/** The worker owns their space: take all of it away (JSON or PDF), or erase it for good. */
export function registerExportRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps, parts: readonly PersonalDataPart[]) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/wellbeing/export.json',
      tags: wellbeingTags,
      summary: 'Everything in my well-being space, as JSON',
      responses: { 200: jsonContent(wellbeingExportSchema(parts), 'My space, all of it, and what else is mine alone') },
    }),
    async (c) => {
      const data = await exportMySpace(db, requireActor(c), deps.config.publicUrl, parts);
      return c.json(data, 200, { ...noStore, 'content-disposition': 'attachment; filename="my-wellbeing.json"' });
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/wellbeing/export.pdf',
      tags: wellbeingTags,
      summary: 'Everything in my well-being space, as a readable PDF in my language',
      responses: { 200: { content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } }, description: 'PDF document' } },
    }),
    async (c) => {
      const pdf = await exportMySpaceAsPdf(db, requireActor(c), deps.config.publicUrl, parts);
      return c.body(new Uint8Array(pdf), 200, { ...noStore, 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="my-wellbeing.pdf"' });
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/me/wellbeing/erase',
      tags: wellbeingTags,
      summary: 'Erase my whole well-being space for good: check-ins, profile, coping plan, reflections and grants, and what other parts of Tend keep that is mine alone. Cannot be undone',
      request: { body: jsonBody(z.object({ confirm: z.literal('erase', { error: 'type "erase" to confirm' }) }).openapi('WellbeingEraseInput')) },
      responses: {
        200: jsonContent(z.object({
            erased: z.object({
              checkIns: z.number().int(),
              reflections: z.number().int(),
              grants: z.number().int(),
              spaces: z.number().int(),
              alsoYours: z.record(z.string(), z.record(z.string(), z.number().int())).describe('rows deleted in other parts of Tend, by part and kind'),
            }),
          }).openapi('WellbeingErased'), 'How many rows were deleted'),
        400: jsonContent(ZProblem, 'Not confirmed; nothing was changed'),
      },
    }),
    async (c) => c.json({ erased: await eraseMySpace(db, requireActor(c), parts) }, 200),
  );
}
