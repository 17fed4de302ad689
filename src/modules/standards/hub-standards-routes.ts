import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { hubAdmins, hubPeople } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { listHubStandards, type PackSource, publishVersion, recognise, standardPacks, withdraw } from './hub-standards-use-cases.js';
import { presentHubStandards, standardsTags, ZHubStandard, ZRecognition } from './present.js';

/** An uploaded pack's text is held to the pack format's own size: the largest built-in pack is about 55 kB. */
const MAX_PACK_TEXT = 500_000;

const ZNote = z.string().trim().min(1, 'say what changed in this version').max(4000, 'must be at most 4000 characters');
const ZSource = {
  packText: z.string().min(1, 'choose a pack file').max(MAX_PACK_TEXT, `must be at most ${MAX_PACK_TEXT} characters`).optional().describe('the uploaded pack file, as text (checked as `packs import` checks a file)'),
  packId: z.string().min(1).max(200).optional().describe('or an installed pack: its id…'),
  packVersion: z.string().min(1).max(100).optional().describe('…and version'),
};
const ZPublished = jsonContent(z.object({ standardId: z.uuid(), packVersion: z.string() }), 'Published');
const problems = {
  404: jsonContent(ZProblem, 'No such standard'),
  409: jsonContent(ZProblem, 'Not possible now (an installed version with other content, a standard of that pack already)'),
  422: jsonContent(ZProblem, 'The pack or a field is wrong, each problem named by its JSON path or field; nothing was published'),
};
const ZStandardId = z.object({ id: z.uuid('must be an id (UUID)') });
const ZRecognitionKey = z.object({ orgId: z.uuid('must be the id of an organisation'), packVersion: z.string().min(1, 'choose a version').max(100) });

/** One source, never both: an upload or an installed pack. */
function sourceOf(body: { packText?: string | undefined; packId?: string | undefined; packVersion?: string | undefined }): PackSource {
  if (body.packText !== undefined) return { packText: body.packText };
  return { packId: body.packId ?? '', packVersion: body.packVersion ?? '' };
}

const sourceChosen = (b: { packText?: string | undefined; packId?: string | undefined; packVersion?: string | undefined }) =>
  (b.packText !== undefined) !== (b.packId !== undefined && b.packVersion !== undefined);
const sourceProblem = { error: 'upload a pack file or choose an installed pack (one, not both)', path: ['packText'] };

/** The hub's side: its people read the standards; its admins publish versions and recognise members. */
export function registerHubStandardsRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(hubPeople, {
      method: 'get',
      path: '/api/v1/hub/standards',
      tags: standardsTags,
      summary: "The hub's standards with their versions and what changed in each, and the member organisations recognised as meeting them",
      responses: { 200: jsonContent(z.object({ standards: z.array(ZHubStandard), recognitions: z.array(ZRecognition) }), 'Standards') },
    }),
    async (c) => c.json(presentHubStandards(await listHubStandards(db, requireActor(c))), 200),
  );

  app.openapi(
    guarded(hubPeople, {
      method: 'get',
      path: '/api/v1/hub/standards/packs',
      tags: standardsTags,
      summary: 'Installed framework and assessment packs, every version: what a new version can be chosen from',
      responses: { 200: jsonContent(z.object({ packs: z.array(z.object({ id: z.string(), version: z.string(), kind: z.string(), title: z.record(z.string(), z.string()) })) }), 'Packs') },
    }),
    async (c) => c.json({ packs: (await standardPacks(db, requireActor(c))).map((p) => ({ id: p.id, version: p.version, kind: p.kind, title: p.title })) }, 200),
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'post',
      path: '/api/v1/hub/standards',
      tags: standardsTags,
      summary: 'Publish a new standard: its name, its first version (an uploaded pack file or an installed pack) and what it asks',
      request: { body: jsonBody(z.object({ name: z.string().trim().min(1, 'give the standard a name').max(200, 'must be at most 200 characters'), note: ZNote, ...ZSource }).refine(sourceChosen, sourceProblem)) },
      responses: { 201: ZPublished, ...problems },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await publishVersion(db, requireActor(c), { name: body.name, note: body.note, source: sourceOf(body) }), 201);
    },
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'post',
      path: '/api/v1/hub/standards/{id}/versions',
      tags: standardsTags,
      summary: "Publish a standard's next version with the hub's note of what changed; the pack is installed for every member organisation",
      request: { params: ZStandardId, body: jsonBody(z.object({ note: ZNote, ...ZSource }).refine(sourceChosen, sourceProblem)) },
      responses: { 201: ZPublished, ...problems },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await publishVersion(db, requireActor(c), { standardId: c.req.valid('param').id, note: body.note, source: sourceOf(body) }), 201);
    },
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'post',
      path: '/api/v1/hub/standards/{id}/recognitions',
      tags: standardsTags,
      summary: 'Recognise a member organisation (consent in force) as having met a published version, on a day, with an optional note',
      request: {
        params: ZStandardId,
        body: jsonBody(ZRecognitionKey.extend({ metOn: z.iso.date('must be a day like 2026-05-01'), note: z.string().trim().max(1000, 'must be at most 1000 characters').default('') })),
      },
      responses: { 201: { description: 'Recognised' }, ...problems },
    }),
    async (c) => {
      await recognise(db, requireActor(c), c.req.valid('param').id, c.req.valid('json'));
      return c.body(null, 201);
    },
  );

  app.openapi(
    guarded(hubAdmins, {
      method: 'post',
      path: '/api/v1/hub/standards/{id}/recognitions/withdraw',
      tags: standardsTags,
      summary: 'Withdraw a recognition in force',
      request: { params: ZStandardId, body: jsonBody(ZRecognitionKey) },
      responses: { 204: { description: 'Withdrawn' }, 404: jsonContent(ZProblem, 'No such recognition in force') },
    }),
    async (c) => {
      await withdraw(db, requireActor(c), c.req.valid('param').id, c.req.valid('json'));
      return c.body(null, 204);
    },
  );
}
