import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/errors.js';
import { jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { findOwnCheckIn } from './check-in-store.js';
import { checkInResponseWith, responsePackOf } from './check-in-fhir.js';
import { wellbeingTags } from './present.js';

/**
 * The owner's check-ins as FHIR R4 QuestionnaireResponses: answers only, so whoever reads one
 * recomputes the scores with the instrument's Questionnaire. Here rather than in the instruments
 * module because the check-in is the owner's well-being data; instruments only knows the forms.
 */

const fhirJson = (description: string) => ({
  content: { 'application/fhir+json': { schema: z.looseObject({ resourceType: z.string() }) } },
  description,
});
const noStore = { 'cache-control': 'no-store' };
const fileName = (name: string) => name.replaceAll(/[^a-zA-Z0-9._-]+/g, '-');

export function registerQuestionnaireResponseRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/wellbeing/check-ins/{id}/questionnaire-response.json',
      tags: wellbeingTags,
      summary: 'One of my check-ins as a FHIR R4 QuestionnaireResponse (answers only: whoever reads it recomputes the scores)',
      request: { params: ZIdParam },
      responses: {
        200: fhirJson('The QuestionnaireResponse'),
        404: jsonContent(ZProblem, 'I have no check-in with this id'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const row = await findOwnCheckIn(db, actor.orgId, actor.personId, c.req.valid('param').id);
      const pack = row ? await responsePackOf(db, actor.orgId, row.instrumentId, row.instrumentVersion) : undefined;
      if (!row || !pack) throw notFound('The check-in');
      const response = checkInResponseWith(pack, row, actor.locale, deps.config.publicUrl);
      return c.json(response as unknown as { resourceType: string }, 200, {
        ...noStore,
        'content-type': 'application/fhir+json; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName(`check-in-${row.submittedOn}-${row.instrumentId}.questionnaire-response.json`)}"`,
      });
    },
  );
}
