import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZColleagueSearch, ZCommunityInput, ZHideInput, ZInvitationInput, ZMeetingNoteInput, ZPostInput, ZPostParam, ZReportInput } from './model.js';
import { peersTags, ZColleague, ZCommunity, ZCommunitySummary, ZMeetingNote, ZPost } from './present.js';
import { boardOf, hidePostAs, notesFor, reportPostAs, writeNote, writePost } from './use-cases/board.js';
import { communitiesFor, findColleagues, inviteToCommunityAs, joinCommunityAs, leaveCommunityAs, seeCommunity, startCommunity } from './use-cases/communities.js';

const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was changed');
const notFound = jsonContent(ZProblem, 'No such community in your organisation, or (for its board and notes) you are not a member');
const refused = jsonContent(ZProblem, 'You may see the community but not do this (the reason says why)');
const BASE = '/api/v1/peers/communities';

/** Communities of practice: the community itself (everyone of the organisation), its board and notes (members only). */
export function registerCommunityRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: BASE,
      tags: peersTags,
      summary: "The organisation's communities of practice, each with my place in it",
      responses: { 200: jsonContent(z.object({ communities: z.array(ZCommunitySummary) }).openapi('Communities'), 'The communities') },
    }),
    async (c) => c.json({ communities: await communitiesFor(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: BASE,
      tags: peersTags,
      summary: 'Start a community of practice (I become its starter and first member)',
      request: { body: jsonBody(ZCommunityInput) },
      responses: { 201: jsonContent(ZCommunity, 'The new community'), 400: badInput },
    }),
    async (c) => c.json(await startCommunity(db, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: `${BASE}/{id}`,
      tags: peersTags,
      summary: 'One community (its members only for its members)',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZCommunity, 'The community'), 404: notFound },
    }),
    async (c) => c.json(await seeCommunity(db, requireActor(c), c.req.valid('param').id), 200),
  );

  for (const [verb, summary, run] of [
    ['join', 'Join the community, or accept an invitation to it', joinCommunityAs],
    ['leave', 'Leave the community, or decline an invitation (what I wrote stays for the others)', leaveCommunityAs],
  ] as const) {
    app.openapi(
      guarded(signedIn, {
        method: 'post',
        path: `${BASE}/{id}/${verb}`,
        tags: peersTags,
        summary,
        request: { params: ZIdParam },
        responses: { 200: jsonContent(ZCommunity, 'The community now'), 403: refused, 404: notFound },
      }),
      async (c) => c.json(await run(db, requireActor(c), c.req.valid('param').id), 200),
    );
  }

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: `${BASE}/{id}/invitations`,
      tags: peersTags,
      summary: 'Invite someone of the organisation (starters only); they join when they choose to',
      request: { params: ZIdParam, body: jsonBody(ZInvitationInput) },
      responses: {
        200: jsonContent(z.object({ invited: z.boolean().describe('false: already invited or a member'), person: ZColleague }).openapi('CommunityInvitation'), 'The invitation'),
        400: badInput,
        403: refused,
        404: notFound,
      },
    }),
    async (c) => c.json(await inviteToCommunityAs(db, requireActor(c), c.req.valid('param').id, c.req.valid('json').personId), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/peers/colleagues',
      tags: peersTags,
      summary: 'Colleagues whose name matches (name, job title and team only), to invite to a community',
      request: { query: ZColleagueSearch },
      responses: { 200: jsonContent(z.object({ colleagues: z.array(ZColleague) }).openapi('Colleagues'), 'Up to 20 colleagues'), 400: badInput },
    }),
    async (c) => c.json({ colleagues: await findColleagues(db, requireActor(c), c.req.valid('query').search) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: `${BASE}/{id}/posts`,
      tags: peersTags,
      summary: 'The discussion board (members only), oldest first',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(z.object({ posts: z.array(ZPost) }).openapi('CommunityPosts'), 'The posts'), 404: notFound },
    }),
    async (c) => c.json({ posts: await boardOf(db, requireActor(c), c.req.valid('param').id) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: `${BASE}/{id}/posts`,
      tags: peersTags,
      summary: 'Write a post or a reply (members only); describe effects, not graphic detail',
      request: { params: ZIdParam, body: jsonBody(ZPostInput) },
      responses: { 201: jsonContent(ZPost, 'The post'), 400: badInput, 404: notFound },
    }),
    async (c) => c.json(await writePost(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: `${BASE}/{id}/posts/{postId}/reports`,
      tags: peersTags,
      summary: "Report a post to the community's starters (members only; who reported is never shown)",
      request: { params: ZPostParam, body: jsonBody(ZReportInput) },
      responses: { 204: { description: 'Reported' }, 400: badInput, 404: notFound },
    }),
    async (c) => {
      const { id, postId } = c.req.valid('param');
      await reportPostAs(db, requireActor(c), id, postId, c.req.valid('json').reason);
      return c.body(null, 204);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: `${BASE}/{id}/posts/{postId}/hidden`,
      tags: peersTags,
      summary: 'Hide a post, or show it again (starters only)',
      request: { params: ZPostParam, body: jsonBody(ZHideInput) },
      responses: { 200: jsonContent(ZPost, 'The post now'), 400: badInput, 403: refused, 404: notFound },
    }),
    async (c) => {
      const { id, postId } = c.req.valid('param');
      return c.json(await hidePostAs(db, requireActor(c), id, postId, c.req.valid('json').hidden), 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: `${BASE}/{id}/notes`,
      tags: peersTags,
      summary: 'Meeting notes (members only), latest meeting first',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(z.object({ notes: z.array(ZMeetingNote) }).openapi('MeetingNotes'), 'The notes'), 404: notFound },
    }),
    async (c) => c.json({ notes: await notesFor(db, requireActor(c), c.req.valid('param').id) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: `${BASE}/{id}/notes`,
      tags: peersTags,
      summary: 'Write the notes of a meeting (members only); describe effects, not graphic detail',
      request: { params: ZIdParam, body: jsonBody(ZMeetingNoteInput) },
      responses: { 201: jsonContent(ZMeetingNote, 'The notes'), 400: badInput, 404: notFound },
    }),
    async (c) => c.json(await writeNote(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
}
