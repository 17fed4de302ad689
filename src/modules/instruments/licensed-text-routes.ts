import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { orgAdmins } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { AppDeps } from '../../platform/deps.js';
import { badRequest, notFound } from '../../platform/http/errors.js';
import { jsonBody, jsonContent, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import type { Questionnaire } from './fhir/fhir-types.js';
import { mergeLicensedTexts } from './merge-licensed-texts.js';
import { installedInstrument, needsLicensedTexts } from './instrument-catalogue.js';
import { saveLicensedTexts } from './licensed-text-store.js';
import { ZQuestionnaire } from './fhir-input.js';
import { presentInstrument, ZInstrument } from './present.js';

/**
 * An organisation that holds the licence of a measure imports its item texts; from then on its
 * workers see that instrument. The texts stay with the organisation (licensed_instrument_texts).
 */
export function registerLicensedTextRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/instruments/{id}/licensed-texts',
      tags: ['Instruments'],
      summary: "Import a licensed measure's item texts (a FHIR Questionnaire) for my organisation",
      request: { params: z.object({ id: z.string().min(1).max(200) }), body: jsonBody(ZQuestionnaire) },
      responses: {
        200: jsonContent(ZInstrument, 'The instrument as workers now see it'),
        400: jsonContent(ZProblem, 'The questionnaire does not fit the instrument; nothing was stored'),
        404: jsonContent(ZProblem, 'No licensed instrument with this id is installed'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const questionnaire = c.req.valid('json');
      const pack = await installedInstrument(db, id);
      if (!pack || !needsLicensedTexts(pack)) throw notFound('The licensed instrument');
      const merged = mergeLicensedTexts(pack, questionnaire as unknown as Questionnaire);
      if (!merged.ok) throw badRequest('The questionnaire does not fit this instrument.', merged.problems.map((problem) => ({ field: 'body', problem })));
      await db.transaction(async (tx) => {
        await saveLicensedTexts(tx, actor.orgId, { instrumentId: id, instrumentVersion: pack.version, questionnaire, importedByPersonId: actor.personId });
        await recordAudit(tx, actor, { type: 'instrument.texts-imported', data: { instrumentId: id, version: pack.version } });
      });
      return c.json(presentInstrument(merged.pack), 200);
    },
  );
}
