import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZChangeRequestInput, ZPrivateNoteInput, ZRecordSessionInput } from './model.js';
import { supervisionTags as tags, ZPrivateNote, ZSession } from './present.js';
import { myNotesOn, removeNote, rewriteNote, seeNote, writeNote } from './use-cases/private-notes.js';
import { answerSession, cancelSession, recordSession, seeSession } from './use-cases/sessions.js';

const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was changed');
const notTheirs = jsonContent(ZProblem, 'No session of yours with this id');
const otherStep = jsonContent(ZProblem, 'The other member’s step (the supervisor records, the worker confirms)');
const notNow = jsonContent(ZProblem, 'Not at this point of the session');
const noNote = jsonContent(ZProblem, 'No note of yours with this id');

/** A session's shared record (the pair's alone) and each member's private notes (the writer's alone). */
export function registerSessionRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;
  const id = (c: { req: { valid(t: 'param'): { id: string } } }) => c.req.valid('param').id;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/supervision/sessions/{id}',
      tags,
      summary: 'A session and its shared notes (the worker and their supervisor only)',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZSession, 'The session'), 404: notTheirs },
    }),
    async (c) => c.json(await seeSession(db, requireActor(c), id(c)), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/supervision/sessions/{id}/record',
      tags,
      summary: 'Record the shared notes of a held session (the supervisor); the worker is asked to confirm',
      request: { params: ZIdParam, body: jsonBody(ZRecordSessionInput) },
      responses: { 200: jsonContent(ZSession, 'The session now'), 400: badInput, 403: otherStep, 404: notTheirs, 409: notNow },
    }),
    async (c) => c.json(await recordSession(db, requireActor(c), id(c), c.req.valid('json')), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/supervision/sessions/{id}/confirm',
      tags,
      summary: 'Confirm the recorded notes (the worker)',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZSession, 'The session now'), 403: otherStep, 404: notTheirs, 409: notNow },
    }),
    async (c) => c.json(await answerSession(db, requireActor(c), id(c), { confirm: true }), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/supervision/sessions/{id}/change-request',
      tags,
      summary: 'Ask the supervisor to change the recorded notes (the worker)',
      request: { params: ZIdParam, body: jsonBody(ZChangeRequestInput) },
      responses: { 200: jsonContent(ZSession, 'The session now'), 400: badInput, 403: otherStep, 404: notTheirs, 409: notNow },
    }),
    async (c) => c.json(await answerSession(db, requireActor(c), id(c), { changeRequest: c.req.valid('json').request }), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'delete',
      path: '/api/v1/supervision/sessions/{id}',
      tags,
      summary: 'Cancel a planned session (the supervisor)',
      request: { params: ZIdParam },
      responses: { 204: { description: 'Cancelled' }, 403: otherStep, 404: notTheirs, 409: notNow },
    }),
    async (c) => {
      await cancelSession(db, requireActor(c), id(c));
      return c.body(null, 204);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/supervision/sessions/{id}/private-notes',
      tags,
      summary: 'My private notes on a session (never the other member’s)',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(z.object({ notes: z.array(ZPrivateNote) }).openapi('SupervisionPrivateNotes'), 'My notes'), 404: notTheirs },
    }),
    async (c) => c.json({ notes: await myNotesOn(db, requireActor(c), id(c)) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/supervision/sessions/{id}/private-notes',
      tags,
      summary: 'Write a private note on a session (only I will ever read it)',
      request: { params: ZIdParam, body: jsonBody(ZPrivateNoteInput) },
      responses: { 201: jsonContent(ZPrivateNote, 'The note'), 400: badInput, 404: notTheirs },
    }),
    async (c) => c.json(await writeNote(db, requireActor(c), id(c), c.req.valid('json').body), 201),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/supervision/private-notes/{id}',
      tags,
      summary: 'One of my private notes',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZPrivateNote, 'The note'), 404: noNote },
    }),
    async (c) => c.json(await seeNote(db, requireActor(c), id(c)), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/supervision/private-notes/{id}',
      tags,
      summary: 'Rewrite one of my private notes',
      request: { params: ZIdParam, body: jsonBody(ZPrivateNoteInput) },
      responses: { 200: jsonContent(ZPrivateNote, 'The note now'), 400: badInput, 404: noNote },
    }),
    async (c) => c.json(await rewriteNote(db, requireActor(c), id(c), c.req.valid('json').body), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'delete',
      path: '/api/v1/supervision/private-notes/{id}',
      tags,
      summary: 'Delete one of my private notes for good',
      request: { params: ZIdParam },
      responses: { 204: { description: 'Deleted' }, 404: noNote },
    }),
    async (c) => {
      await removeNote(db, requireActor(c), id(c));
      return c.body(null, 204);
    },
  );
}
