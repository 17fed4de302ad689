import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { orgAdmins } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZQuestionnaire } from './fhir-input.js';
import { ZOrgInstrument, ZOrgInstrumentSummary, ZPreview } from './org-instrument-present.js';
import {
  deleteOrgInstrumentDraft,
  importOrgInstrument,
  listOrgInstrumentSummaries,
  markSafetyItems,
  moveOrgInstrument,
  previewOrgInstrument,
  seeOrgInstrument,
} from './org-instrument-use-cases.js';

/** An organisation's own instruments (imported FHIR Questionnaires), for its admins: import, look over, preview, mark, publish. */

const TAGS = ['Instruments'];
const BASE = '/api/v1/org-instruments';
const ZAnswers = z.record(z.string().max(200), z.number().nullable()).describe('item id → the chosen option value; null or left out when skipped');
const refused = jsonContent(ZProblem, 'The request needs attention; each field named, and an import’s notes given too; nothing was changed');
const missing = jsonContent(ZProblem, 'No such instrument in my organisation');
const wrongState = jsonContent(ZProblem, 'Not possible in the instrument’s present status (or the version is already imported)');

const ZImportInput = z
  .object({
    questionnaire: ZQuestionnaire,
    instrumentId: z.string().min(1).max(100).optional().describe("the id to give it (the form's own id, made into an id, by default)"),
    version: z.string().max(30).optional().describe("the version to give it, like 1.0.0 (the form's own, else 1.0.0)"),
  })
  .openapi('OrgInstrumentImport');

export function registerOrgInstrumentRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: BASE,
      tags: TAGS,
      summary: "My organisation's own instruments: drafts, published and withdrawn, newest import first",
      responses: { 200: jsonContent(z.object({ instruments: z.array(ZOrgInstrumentSummary) }).openapi('OrgInstruments'), 'The instruments') },
    }),
    async (c) => c.json({ instruments: await listOrgInstrumentSummaries(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: BASE,
      tags: TAGS,
      summary: 'Import a FHIR R4 Questionnaire as a draft instrument of my organisation (workers do not see it until it is published)',
      request: { body: jsonBody(ZImportInput) },
      responses: { 201: jsonContent(ZOrgInstrument, 'The draft, with what the import left out in its notes'), 400: refused, 409: wrongState },
    }),
    async (c) => c.json(await importOrgInstrument(db, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: `${BASE}/{id}`,
      tags: TAGS,
      summary: 'One of my organisation’s instruments: items, scales and how they are scored, safety items, the form’s own totals, notes',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZOrgInstrument, 'The instrument'), 404: missing },
    }),
    async (c) => c.json(await seeOrgInstrument(db, requireActor(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: `${BASE}/{id}/preview`,
      tags: TAGS,
      summary: "Score some answers: Tend's scales beside the form's own calculated expressions, and the safety items they would call support for. Nothing is stored",
      request: { params: ZIdParam, body: jsonBody(z.object({ answers: ZAnswers }).openapi('InstrumentPreviewInput')) },
      responses: { 200: jsonContent(ZPreview, 'The scores'), 400: refused, 404: missing },
    }),
    async (c) => c.json(await previewOrgInstrument(db, requireActor(c), c.req.valid('param').id, c.req.valid('json').answers), 200),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'put',
      path: `${BASE}/{id}/safety-items`,
      tags: TAGS,
      summary: "Mark a draft's safety items: those whose answer at or above a value calls for support (the person sees their organisation's support contacts first)",
      request: {
        params: ZIdParam,
        body: jsonBody(
          z
            .object({ marks: z.record(z.string().max(200), z.number().nullable()).describe('item id → the option value at and above which support is called for; null or left out: not a safety item') })
            .openapi('SafetyMarks'),
        ),
      },
      responses: { 200: jsonContent(ZOrgInstrument, 'The draft as marked'), 400: refused, 404: missing, 409: wrongState },
    }),
    async (c) => c.json(await markSafetyItems(db, requireActor(c), c.req.valid('param').id, c.req.valid('json').marks), 200),
  );

  for (const [move, summary] of [
    ['publish', "Offer it to my organisation's workers (a draft, or a withdrawn instrument again); a published version never changes"],
    ['withdraw', 'Stop offering it; check-ins that answered it keep their scores'],
  ] as const) {
    app.openapi(
      guarded(orgAdmins, {
        method: 'post',
        path: `${BASE}/{id}/${move}`,
        tags: TAGS,
        summary,
        request: { params: ZIdParam },
        responses: { 200: jsonContent(ZOrgInstrument, 'The instrument'), 404: missing, 409: wrongState },
      }),
      async (c) => c.json(await moveOrgInstrument(db, requireActor(c), c.req.valid('param').id, move), 200),
    );
  }

  app.openapi(
    guarded(orgAdmins, {
      method: 'delete',
      path: `${BASE}/{id}`,
      tags: TAGS,
      summary: 'Delete a draft (a published instrument is withdrawn instead)',
      request: { params: ZIdParam },
      responses: { 204: { description: 'Deleted' }, 404: missing, 409: wrongState },
    }),
    async (c) => {
      await deleteOrgInstrumentDraft(db, requireActor(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}
