import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { latestPacks } from '../../content/pack-store.js';
import type { Locale, TInstrumentPack } from '../../content/pack-schema.js';
import { orgAdmins, signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { badRequest, notFound } from '../../platform/http/errors.js';
import { jsonContent, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { packToQuestionnaire } from './fhir/export-questionnaire.js';
import { findInstrument, needsLicensedTexts } from './instrument-catalogue.js';
import { licensedTextsOf } from './licensed-text-store.js';

/**
 * The instruments as FHIR R4 (SDC): the organisation's list of installed instruments, each
 * instrument as a Questionnaire, (each of the owner's check-ins
 * as a QuestionnaireResponse is the well-being module's: wellbeing/questionnaire-response-routes.ts).
 * A licensed measure whose texts Tend does not ship is a Questionnaire only for an organisation
 * that imported its texts (with those texts): the texts never reach anyone else.
 */

const ZLocalText = z.record(z.string(), z.string());

const ZInstalledInstrument = z
  .object({
    id: z.string(),
    version: z.string().describe('the latest installed version'),
    title: ZLocalText,
    summary: ZLocalText,
    purpose: z.enum(['reflection', 'measure']),
    locales: z.array(z.string()),
    itemCount: z.number().int(),
    licenceHolder: z.string().nullable().describe('who holds the licence of a licensed measure; null for Tend\'s own'),
    textsIncluded: z.boolean().describe('Tend ships its item texts'),
    textsImported: z.boolean().describe('a licensed measure whose texts this organisation imported (they fit the latest version)'),
    importedAt: z.string().nullable().describe('when this organisation last imported its texts'),
  })
  .openapi('InstalledInstrument');

const fhirJson = (description: string) => ({
  content: { 'application/fhir+json': { schema: z.looseObject({ resourceType: z.string() }) } },
  description,
});

const noStore = { 'cache-control': 'no-store' };
const fileName = (name: string) => name.replaceAll(/[^a-zA-Z0-9._-]+/g, '-');

export function registerFhirRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/instruments',
      tags: ['Instruments'],
      summary: 'Every installed instrument (latest versions): whether Tend ships its texts and whether my organisation imported them',
      responses: { 200: jsonContent(z.object({ instruments: z.array(ZInstalledInstrument) }).openapi('InstalledInstruments'), 'The instruments, by id') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const packs = (await latestPacks(db)).filter((p): p is TInstrumentPack => p.kind === 'instrument').sort((a, b) => a.id.localeCompare(b.id));
      const imported = await licensedTextsOf(db, actor.orgId);
      const instruments = await Promise.all(
        packs.map(async (pack) => {
          const licensed = needsLicensedTexts(pack);
          const rows = imported.filter((r) => r.instrumentId === pack.id).sort((a, b) => b.importedAt.getTime() - a.importedAt.getTime());
          return {
            id: pack.id,
            version: pack.version,
            title: pack.title as Record<string, string>,
            summary: pack.summary as Record<string, string>,
            purpose: pack.body.purpose,
            locales: [...pack.locales],
            itemCount: pack.body.items.length,
            licenceHolder: pack.body.licence?.holder ?? null,
            textsIncluded: !licensed,
            textsImported: licensed && (await findInstrument(db, actor.orgId, pack.id)) !== undefined,
            importedAt: rows[0]?.importedAt.toISOString() ?? null,
          };
        }),
      );
      return c.json({ instruments }, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/instruments/{id}/questionnaire.json',
      tags: ['Instruments'],
      summary: 'An instrument (latest version) as a FHIR R4 SDC Questionnaire; a licensed measure only once my organisation imported its texts',
      request: {
        params: z.object({ id: z.string().min(1).max(200) }),
        query: z.object({ locale: z.string().max(10).optional().describe("the language of the texts (the pack's others ride as translations); my own by default") }),
      },
      responses: {
        200: fhirJson('The Questionnaire'),
        400: jsonContent(ZProblem, 'The instrument has no texts in this locale'),
        404: jsonContent(ZProblem, 'No such instrument available to my organisation'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const { locale } = c.req.valid('query');
      const pack = await findInstrument(db, actor.orgId, id);
      if (!pack) throw notFound('The instrument');
      if (locale !== undefined && !pack.locales.includes(locale as Locale)) {
        throw badRequest('The request has fields that need attention.', [{ field: 'locale', problem: `${pack.id} has texts in ${pack.locales.join(', ')}` }]);
      }
      const language = (locale ?? (pack.locales.includes(actor.locale as Locale) ? actor.locale : pack.locales[0])) as Locale;
      const questionnaire = packToQuestionnaire(pack, language, deps.config.publicUrl);
      return c.json(questionnaire as unknown as { resourceType: string }, 200, {
        ...noStore,
        'content-type': 'application/fhir+json; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName(`${pack.id}-${pack.version}.questionnaire.json`)}"`,
      });
    },
  );
}
