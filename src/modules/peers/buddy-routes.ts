import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, orNull, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZBuddyOpennessInput, ZBuddyRequestInput } from './model.js';
import { peersTags, ZMyBuddies, ZOpenPerson, ZPairing } from './present.js';
import { askBuddy, movePairingAs, myBuddies, openBuddies, seePairing, setMyOpenness, suggestedBuddy } from './use-cases/buddies.js';

const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was changed');
const notFound = jsonContent(ZProblem, 'I am not in a pairing with this id');
const PAIRINGS = '/api/v1/me/buddies/pairings';

/** Peer buddies: my openness and my pairings under /me (only the two in a pairing see it); who is open, for everyone. */
export function registerBuddyRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/buddies',
      tags: peersTags,
      summary: 'Whether I am open to a buddy, and my pairings (asked, active and finished)',
      responses: { 200: jsonContent(ZMyBuddies, 'My buddies') },
    }),
    async (c) => c.json(await myBuddies(db, requireActor(c)), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/me/buddies/openness',
      tags: peersTags,
      summary: 'Say whether I am open to a buddy (everyone of the organisation sees who is open)',
      request: { body: jsonBody(ZBuddyOpennessInput) },
      responses: { 200: jsonContent(ZMyBuddies, 'My buddies now'), 400: badInput },
    }),
    async (c) => c.json(await setMyOpenness(db, requireActor(c), c.req.valid('json')), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/peers/buddies/open',
      tags: peersTags,
      summary: 'Everyone else who is open to a buddy',
      responses: { 200: jsonContent(z.object({ people: z.array(ZOpenPerson) }).openapi('OpenBuddies'), 'Who is open') },
    }),
    async (c) => c.json({ people: await openBuddies(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/peers/buddies/suggestion',
      tags: peersTags,
      summary: 'One open person from another team to ask, or null',
      responses: { 200: jsonContent(z.object({ suggestion: orNull(ZOpenPerson) }).openapi('BuddySuggestion'), 'A suggestion') },
    }),
    async (c) => c.json({ suggestion: await suggestedBuddy(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: PAIRINGS,
      tags: peersTags,
      summary: 'Ask an open person to be my buddy; the pairing starts when they agree',
      request: { body: jsonBody(ZBuddyRequestInput) },
      responses: { 201: jsonContent(ZPairing, 'The request'), 400: badInput, 422: badInput },
    }),
    async (c) => c.json(await askBuddy(db, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: `${PAIRINGS}/{id}`,
      tags: peersTags,
      summary: 'One of my pairings',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZPairing, 'The pairing'), 404: notFound },
    }),
    async (c) => c.json(await seePairing(db, requireActor(c), c.req.valid('param').id), 200),
  );

  for (const [move, summary] of [
    ['agree', 'Agree to a request made to me: the pairing starts'],
    ['decline', 'Decline a request made to me (no reason asked)'],
    ['end', 'End a pairing, or withdraw my request, at any time and without giving a reason'],
  ] as const) {
    app.openapi(
      guarded(signedIn, {
        method: 'post',
        path: `${PAIRINGS}/{id}/${move}`,
        tags: peersTags,
        summary,
        request: { params: ZIdParam },
        responses: { 200: jsonContent(ZPairing, 'The pairing now'), 404: notFound, 409: jsonContent(ZProblem, 'The pairing cannot move this way now (the reason says why)') },
      }),
      async (c) => c.json(await movePairingAs(db, requireActor(c), c.req.valid('param').id, move), 200),
    );
  }
}
