import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { Db } from '../../platform/db/client.js';
import { AppError, badRequest } from '../../platform/http/errors.js';
import { ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { attachmentHeader } from '../../platform/http/file-content.js';
import { addDocument, addLink, addStory, nameStory, readDocument, readLibrary, removeItem } from './library-use-cases.js';
import { MAX_DOCUMENT_BYTES } from './library-file.js';
import { MAX_TITLE_CHARS, ZLibraryQuery, ZLinkInput, ZStoryInput, ZStoryNaming } from './model.js';
import { type PracticeSide, practiceTags, ZLibraryItem } from './present.js';

const megabytes = MAX_DOCUMENT_BYTES / 1024 / 1024;
const tooLarge = () => new AppError(413, 'too-large', 'The file is too large.', [{ field: 'file', problem: `must be at most ${megabytes} MB` }]);
const ZFile = z.custom<File>((v) => v instanceof File, 'must be a file').openapi({ type: 'string', format: 'binary' });
const ZItemId = z.object({ itemId: z.uuid('must be an id (UUID)') });

/** The library's addresses on one side (hub or organisation). */
export function registerLibraryRoutes(app: OpenAPIHono<AppEnv>, db: Db, side: PracticeSide) {
  const notFound = jsonContent(ZProblem, side.notFound);
  const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was stored');
  const refused = jsonContent(ZProblem, 'You may read this but not do this (the reason says why)');
  const itemParams = side.params.extend(ZItemId.shape);
  const placeOf = (c: { req: { valid(target: 'param'): unknown } }) => side.place(c.req.valid('param') as Record<string, string>);
  const itemIdOf = (c: { req: { valid(target: 'param'): unknown } }) => (c.req.valid('param') as { itemId: string }).itemId;
  const added = { 201: jsonContent(ZLibraryItem, 'Added'), 400: badInput, 403: refused, 404: notFound };

  app.openapi(
    guarded(side.readers, {
      method: 'get',
      path: `${side.base}/library`,
      tags: practiceTags,
      summary: "The collaborative's library, newest first (all kinds, or one); an unnamed story says only 'a member organisation'",
      request: { params: side.params, query: ZLibraryQuery },
      responses: { 200: jsonContent(z.object({ items: z.array(ZLibraryItem) }).openapi('PracticeLibrary'), 'The library'), 400: badInput, 404: notFound },
    }),
    async (c) => c.json({ items: await readLibrary(db, requireActor(c), placeOf(c), c.req.valid('query').kind) }, 200),
  );

  app.openapi(
    guarded(side.writers, { method: 'post', path: `${side.base}/library/links`, tags: practiceTags, summary: 'Add a link (http or https only)', request: { params: side.params, body: jsonBody(ZLinkInput) }, responses: added }),
    async (c) => c.json(await addLink(db, requireActor(c), placeOf(c), c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(side.writers, {
      method: 'post',
      path: `${side.base}/library/stories`,
      tags: practiceTags,
      summary: "Add a short practice story (plain text); its author chooses whether it names their organisation (a hub's stories are the hub's)",
      request: { params: side.params, body: jsonBody(ZStoryInput) },
      responses: added,
    }),
    async (c) => c.json(await addStory(db, requireActor(c), placeOf(c), c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(side.writers, {
      method: 'post',
      path: `${side.base}/library/documents`,
      tags: practiceTags,
      summary: `Add a document as multipart/form-data: a title and a file (pdf, odt, docx or txt, checked by its content; at most ${megabytes} MB)`,
      // the limit is checked while the body arrives, before it is read into memory
      middleware: [bodyLimit({ maxSize: MAX_DOCUMENT_BYTES + 64 * 1024, onError: () => Promise.reject(tooLarge()) })],
      request: { params: side.params, body: { content: { 'multipart/form-data': { schema: z.object({ title: z.string(), file: ZFile }) } }, required: true } },
      responses: { ...added, 413: jsonContent(ZProblem, `The file is larger than ${megabytes} MB`) },
    }),
    async (c) => {
      const form = c.req.valid('form') as { title?: unknown; file?: unknown };
      const title = typeof form.title === 'string' ? form.title.trim() : '';
      const problems = [];
      if (title.length === 0) problems.push({ field: 'title', problem: 'must not be empty' });
      if (title.length > MAX_TITLE_CHARS) problems.push({ field: 'title', problem: `must be at most ${MAX_TITLE_CHARS} characters` });
      if (!(form.file instanceof File)) problems.push({ field: 'file', problem: 'must be a file' });
      if (problems.length > 0) throw badRequest('The request has fields that need attention.', problems);
      const file = form.file as File;
      if (file.size > MAX_DOCUMENT_BYTES) throw tooLarge();
      return c.json(await addDocument(db, requireActor(c), placeOf(c), { title, fileName: file.name, bytes: Buffer.from(await file.arrayBuffer()) }), 201);
    },
  );

  app.openapi(
    guarded(side.readers, {
      method: 'get',
      path: `${side.base}/library/{itemId}/file`,
      tags: practiceTags,
      summary: "Download a document of the library (the collaborative's people); always as an attachment",
      request: { params: itemParams },
      responses: { 200: { description: 'The file, as it was checked when added', content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } }, 404: notFound },
    }),
    async (c) => {
      const file = await readDocument(db, requireActor(c), placeOf(c), itemIdOf(c));
      // a download the browser may not reinterpret: an uploaded file never runs as a page of Tend
      return c.body(new Uint8Array(file.content), 200, {
        'content-type': file.mediaType,
        'content-disposition': attachmentHeader(file.fileName),
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'cache-control': 'private, no-store',
      });
    },
  );

  app.openapi(
    guarded(side.writers, {
      method: 'patch',
      path: `${side.base}/library/{itemId}`,
      tags: practiceTags,
      summary: 'Change whether my story names my organisation (its author only)',
      request: { params: itemParams, body: jsonBody(ZStoryNaming) },
      responses: { 200: jsonContent(ZLibraryItem, 'The story now'), 400: badInput, 403: refused, 404: notFound },
    }),
    async (c) => c.json(await nameStory(db, requireActor(c), placeOf(c), itemIdOf(c), c.req.valid('json').nameOrganisation), 200),
  );

  app.openapi(
    guarded(side.writers, {
      method: 'delete',
      path: `${side.base}/library/{itemId}`,
      tags: practiceTags,
      summary: "Remove an item (its author, or the hub's admins)",
      request: { params: itemParams },
      responses: { 204: { description: 'Removed' }, 403: refused, 404: notFound },
    }),
    async (c) => {
      await removeItem(db, requireActor(c), placeOf(c), itemIdOf(c));
      return c.body(null, 204);
    },
  );
}
