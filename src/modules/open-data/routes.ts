import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { hubAdmins, hubPeople, publicAccess } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/errors.js';
import { ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { dataDictionary, dataDictionaryCsv, publicationCsv, publicationJson } from '../../platform/publication/index.js';
import { findCollaborative } from '../collaboratives/collaborative-store.js';
import { ZPublishRequest } from './model.js';
import { documentOf, openDataTags, presentListing, presentPage, ZPublicationListing, ZPublicationPage } from './present.js';
import * as store from './publication-store.js';
import { privacyBudget, publishOpenData } from './publish.js';

const ZId = z.object({ id: z.uuid('must be an id (UUID)') });
const ZBudget = z.object({ total: z.number(), spent: z.number(), remaining: z.number() }).openapi('OpenDataPrivacyBudget');
const noPublication = jsonContent(ZProblem, 'No such publication');
// the newest this many on the public list: a page, not a dump
const PUBLIC_LIST_LIMIT = 200;

/**
 * Open data: a hub admin publishes a collaborative's released figures; anyone, signed in or not,
 * reads what was published (a summary page, the CSV and JSON files and the data dictionary).
 * Nothing here reaches an organisation's rows: a publication holds released aggregates only.
 */
export function registerOpenDataRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(hubAdmins, {
      method: 'post',
      path: '/api/v1/hub/collaboratives/{id}/publications',
      tags: openDataTags,
      summary: "Publish the collaborative's released figures as open data (exact, or with noise that spends part of the hub's privacy budget)",
      request: { params: ZId, body: jsonBody(ZPublishRequest) },
      responses: {
        201: jsonContent(z.object({ id: z.uuid(), version: z.number().int() }), 'Published'),
        400: jsonContent(ZProblem, 'Bad input: nothing published'),
        404: jsonContent(ZProblem, 'No such collaborative'),
        409: jsonContent(ZProblem, "Nothing to publish yet, or the noise asked for would pass the hub's privacy budget: nothing published"),
      },
    }),
    async (c) => c.json(await publishOpenData(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(hubPeople, {
      method: 'get',
      path: '/api/v1/hub/collaboratives/{id}/publications',
      tags: openDataTags,
      summary: "The collaborative's publications, newest first, and what is left of the hub's privacy budget",
      request: { params: ZId },
      responses: { 200: jsonContent(z.object({ publications: z.array(ZPublicationListing), budget: ZBudget }), 'Publications'), 404: jsonContent(ZProblem, 'No such collaborative') },
    }),
    async (c) => {
      const actor = requireActor(c);
      const budget = await privacyBudget(db, actor);
      const { id } = c.req.valid('param');
      if (!(await findCollaborative(db, actor.orgId, id))) throw notFound('The collaborative');
      return c.json({ publications: (await store.listPublicationsOf(db, actor.orgId, id)).map(presentListing), budget }, 200);
    },
  );

  app.openapi(
    guarded(publicAccess, {
      method: 'get',
      path: '/api/v1/open-data/publications',
      tags: openDataTags,
      summary: "Every hub's open-data publications, newest first (the newest 200); no sign-in needed",
      responses: { 200: jsonContent(z.object({ publications: z.array(ZPublicationListing) }), 'Publications') },
    }),
    async (c) => c.json({ publications: (await store.listAllPublications(db, PUBLIC_LIST_LIMIT)).map(presentListing) }, 200),
  );

  const published = async (id: string) => {
    const found = await store.findPublication(db, id);
    if (!found) throw notFound('The publication');
    return found;
  };

  app.openapi(
    guarded(publicAccess, {
      method: 'get',
      path: '/api/v1/open-data/publications/{id}',
      tags: openDataTags,
      summary: 'One publication: its plain-language summary (in its language), metadata and rows; no sign-in needed',
      request: { params: ZId },
      responses: { 200: jsonContent(ZPublicationPage, 'The publication'), 404: noPublication },
    }),
    async (c) => c.json(presentPage(await published(c.req.valid('param').id)), 200),
  );

  const file = (name: string, type: string, summary: string, write: (row: Awaited<ReturnType<typeof published>>) => string) =>
    app.openapi(
      guarded(publicAccess, {
        method: 'get',
        path: `/api/v1/open-data/publications/{id}/${name}`,
        tags: openDataTags,
        summary,
        request: { params: ZId },
        responses: { 200: { content: { [type]: { schema: z.string() } }, description: name }, 404: noPublication },
      }),
      async (c) => {
        const row = await published(c.req.valid('param').id);
        const filename = `tend-open-data-${row.collaborativeId.slice(-8)}-v${row.version}-${name}`;
        return c.body(write(row), 200, { 'content-type': `${type}; charset=utf-8`, 'content-disposition': `attachment; filename="${filename}"` });
      },
    );

  file('data.csv', 'text/csv', 'The figures as CSV (RFC 4180, UTF-8 with a byte-order mark, one row per figure; hidden ones empty with their reason)', (row) => publicationCsv(documentOf(row), { bom: true }));
  file('data.json', 'application/json', 'The metadata and the same rows as JSON', (row) => publicationJson(documentOf(row)));
  file('dictionary.csv', 'text/csv', "The data dictionary in the publication's language: each column's meaning, type, units and when it is empty", (row) => dataDictionaryCsv(row.language, { bom: true }));
  file('dictionary.json', 'application/json', 'The data dictionary as JSON', (row) => `${JSON.stringify(dataDictionary(row.language), null, 2)}\n`);
}
