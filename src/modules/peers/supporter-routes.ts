import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZSupporterInput } from './model.js';
import { peersTags, ZMySupporterEntry, ZSupporter } from './present.js';
import { mySupporterEntry, peerSupporters, setMySupporterEntry } from './use-cases/supporters.js';

/** Trained peer supporters: the list for everyone of the organisation; each person keeps their own entry under /me. */
export function registerSupporterRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/peers/supporters',
      tags: peersTags,
      summary: 'Peer supporters of my organisation and how to reach them',
      responses: { 200: jsonContent(z.object({ supporters: z.array(ZSupporter) }).openapi('PeerSupporters'), 'The peer supporters') },
    }),
    async (c) => c.json({ supporters: await peerSupporters(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/peer-supporter',
      tags: peersTags,
      summary: 'Whether I am listed as a peer supporter, and my contact note',
      responses: { 200: jsonContent(ZMySupporterEntry, 'My entry') },
    }),
    async (c) => c.json(await mySupporterEntry(db, requireActor(c)), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/me/peer-supporter',
      tags: peersTags,
      summary: 'Offer myself as a peer supporter (or stop), and say how to reach me',
      request: { body: jsonBody(ZSupporterInput) },
      responses: { 200: jsonContent(ZMySupporterEntry, 'My entry now'), 400: jsonContent(ZProblem, 'Bad input: each field named; nothing was changed') },
    }),
    async (c) => c.json(await setMySupporterEntry(db, requireActor(c), c.req.valid('json')), 200),
  );
}
