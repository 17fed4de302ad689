import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { hubAdmins } from '../../platform/access/policy.js';
import type { Db } from '../../platform/db/client.js';
import { ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { dismissReports, reportPost } from './board-reports.js';
import { deletePost, editPost, moderatePost, readBoard, reply, startThread } from './board-use-cases.js';
import type { PracticeSide } from './present.js';
import { ZHideInput, ZPostEdit, ZReplyInput, ZReportInput, ZThreadInput } from './model.js';
import { practiceTags, ZBoard, ZPracticePost } from './present.js';

const ZPostId = z.object({ postId: z.uuid('must be an id (UUID)') });

/** The discussion board's addresses on one side; moderation only on the hub's side (its admins). */
export function registerBoardRoutes(app: OpenAPIHono<AppEnv>, db: Db, side: PracticeSide) {
  const notFound = jsonContent(ZProblem, side.notFound);
  const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing changed');
  const refused = jsonContent(ZProblem, 'You may read this but not do this (the reason says why)');
  const postParams = side.params.extend(ZPostId.shape);
  const placeOf = (c: { req: { valid(target: 'param'): unknown } }) => side.place(c.req.valid('param') as Record<string, string>);
  const postIdOf = (c: { req: { valid(target: 'param'): unknown } }) => (c.req.valid('param') as { postId: string }).postId;
  const written = { 201: jsonContent(ZPracticePost, 'Written'), 400: badInput, 403: refused, 404: notFound };

  app.openapi(
    guarded(side.readers, {
      method: 'get',
      path: `${side.base}/board`,
      tags: practiceTags,
      summary: "The collaborative's discussion board: threads oldest first, each with its replies; a hidden post shows its reason",
      request: { params: side.params },
      responses: { 200: jsonContent(ZBoard, 'The board'), 404: notFound },
    }),
    async (c) => c.json(await readBoard(db, requireActor(c), placeOf(c)), 200),
  );

  app.openapi(
    guarded(side.writers, { method: 'post', path: `${side.base}/board/threads`, tags: practiceTags, summary: 'Start a thread', request: { params: side.params, body: jsonBody(ZThreadInput) }, responses: written }),
    async (c) => c.json(await startThread(db, requireActor(c), placeOf(c), c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(side.writers, {
      method: 'post',
      path: `${side.base}/board/threads/{postId}/replies`,
      tags: practiceTags,
      summary: 'Reply to a thread',
      request: { params: postParams, body: jsonBody(ZReplyInput) },
      responses: written,
    }),
    async (c) => c.json(await reply(db, requireActor(c), placeOf(c), postIdOf(c), c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(side.writers, {
      method: 'patch',
      path: `${side.base}/board/posts/{postId}`,
      tags: practiceTags,
      summary: 'Edit my post (a thread its title too); a hidden post cannot be edited',
      request: { params: postParams, body: jsonBody(ZPostEdit) },
      responses: { 200: jsonContent(ZPracticePost, 'The post now'), 400: badInput, 403: refused, 404: notFound, 409: jsonContent(ZProblem, 'Hidden by the hub') },
    }),
    async (c) => c.json(await editPost(db, requireActor(c), placeOf(c), postIdOf(c), c.req.valid('json')), 200),
  );

  app.openapi(
    guarded(side.writers, {
      method: 'delete',
      path: `${side.base}/board/posts/{postId}`,
      tags: practiceTags,
      summary: 'Delete my post: its words go, replies to it stay',
      request: { params: postParams },
      responses: { 204: { description: 'Deleted' }, 403: refused, 404: notFound },
    }),
    async (c) => {
      await deletePost(db, requireActor(c), placeOf(c), postIdOf(c));
      return c.body(null, 204);
    },
  );

  app.openapi(
    guarded(side.readers, {
      method: 'post',
      path: `${side.base}/board/posts/{postId}/reports`,
      tags: practiceTags,
      summary: "Ask the hub's moderators to look at a post (not my own; one open report each); who reported is never shown",
      request: { params: postParams, body: jsonBody(ZReportInput) },
      responses: { 201: jsonContent(ZPracticePost, 'Reported; the post now'), 400: badInput, 404: notFound, 409: jsonContent(ZProblem, 'My own post, or already reported by me (the field named)') },
    }),
    async (c) => c.json(await reportPost(db, requireActor(c), placeOf(c), postIdOf(c), c.req.valid('json')), 201),
  );

  if (side.writers === hubAdmins) {
    app.openapi(
      guarded(hubAdmins, {
        method: 'delete',
        path: `${side.base}/board/posts/{postId}/reports`,
        tags: practiceTags,
        summary: 'Dismiss the open reports of a post without hiding it (hub admins)',
        request: { params: postParams },
        responses: { 200: jsonContent(ZPracticePost, 'The post now'), 404: notFound },
      }),
      async (c) => c.json(await dismissReports(db, requireActor(c), placeOf(c), postIdOf(c)), 200),
    );

    app.openapi(
      guarded(hubAdmins, {
        method: 'put',
        path: `${side.base}/board/posts/{postId}/hidden`,
        tags: practiceTags,
        summary: 'Hide a post with a reason shown in its place (hub admins)',
        request: { params: postParams, body: jsonBody(ZHideInput) },
        responses: { 200: jsonContent(ZPracticePost, 'The post now'), 400: badInput, 404: notFound },
      }),
      async (c) => c.json(await moderatePost(db, requireActor(c), placeOf(c), postIdOf(c), c.req.valid('json').reason), 200),
    );

    app.openapi(
      guarded(hubAdmins, {
        method: 'delete',
        path: `${side.base}/board/posts/{postId}/hidden`,
        tags: practiceTags,
        summary: 'Show a hidden post again (hub admins)',
        request: { params: postParams },
        responses: { 200: jsonContent(ZPracticePost, 'The post now'), 404: notFound },
      }),
      async (c) => c.json(await moderatePost(db, requireActor(c), placeOf(c), postIdOf(c), null), 200),
    );
  }
}
