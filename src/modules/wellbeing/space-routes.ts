import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonBody, jsonContent, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { RHYTHMS, ZCopingPlan, ZProfile } from './model.js';
import { wellbeingTags, ZOverview, ZReminder, ZRhythmSetting } from './present.js';
import { readCopingLibrary, ZStrategy } from './coping-library.js';
import { myReminder, mySpace, saveCopingPlan, saveProfile, setRhythm, setContribution } from './use-cases/space.js';

const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was changed');

/**
 * The owner's own space: overview, profile, coping plan, rhythm and reminders. Every address is
 * under /me and takes no person id: it is always the caller's own space (policy.ts).
 */
export function registerSpaceRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/wellbeing',
      tags: wellbeingTags,
      summary: 'My well-being space at a glance: profile, coping plan, rhythm, next check-in, latest results, where to find support',
      responses: { 200: jsonContent(ZOverview, 'My space (empty parts when nothing is written yet)') },
    }),
    async (c) => c.json(await mySpace(db, requireActor(c)), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/me/wellbeing/profile',
      tags: wellbeingTags,
      summary: 'Save my profile: strengths, vulnerabilities, early signs I notice, what helps (replaces the previous one)',
      request: { body: jsonBody(ZProfile) },
      responses: { 200: jsonContent(ZOverview, 'My space after the change'), 400: badInput },
    }),
    async (c) => c.json(await saveProfile(db, requireActor(c), c.req.valid('json')), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/me/wellbeing/coping-plan',
      tags: wellbeingTags,
      summary: 'Save my coping plan for before, during and after exposure (replaces the previous one)',
      request: { body: jsonBody(ZCopingPlan) },
      responses: { 200: jsonContent(ZOverview, 'My space after the change'), 400: badInput },
    }),
    async (c) => c.json(await saveCopingPlan(db, requireActor(c), c.req.valid('json')), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/me/wellbeing/rhythm',
      tags: wellbeingTags,
      summary: 'How often I want to check in, and with which instrument (off: no reminders)',
      request: {
        body: jsonBody(
          z.object({ rhythm: z.enum(RHYTHMS, { error: `must be one of ${RHYTHMS.join(', ')}` }), instrumentId: z.string().max(200).nullable().default(null) }),
        ),
      },
      responses: { 200: jsonContent(ZRhythmSetting, 'The rhythm now'), 400: badInput },
    }),
    async (c) => c.json(await setRhythm(db, requireActor(c), c.req.valid('json')), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/me/wellbeing/contribution',
      tags: wellbeingTags,
      summary:
        "Whether my check-in results may count in my organisation's figures: only as part of groups the privacy gate releases, never as a fact about me. Off unless I turn it on; turning it off leaves me out of every figure made from then on.",
      request: { body: jsonBody(z.object({ contributesToFigures: z.boolean({ error: 'must be true or false' }) })) },
      responses: { 200: jsonContent(z.object({ contributesToFigures: z.boolean() }).openapi('WellbeingContribution'), 'My choice now'), 400: badInput },
    }),
    async (c) => c.json(await setContribution(db, requireActor(c), c.req.valid('json').contributesToFigures), 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/wellbeing/reminders',
      tags: wellbeingTags,
      summary: 'Whether a check-in is due under my rhythm (shown in the app; nothing is sent)',
      responses: { 200: jsonContent(z.object({ checkIn: ZReminder }).openapi('WellbeingReminders'), 'My reminders') },
    }),
    async (c) => c.json({ checkIn: await myReminder(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/wellbeing/strategies',
      tags: wellbeingTags,
      summary: 'The library of coping strategies to build a coping plan from',
      responses: { 200: jsonContent(z.object({ strategies: z.array(ZStrategy) }).openapi('CopingStrategies'), 'Every strategy, in English and Spanish') },
    }),
    async (c) => c.json({ strategies: await readCopingLibrary(db) }, 200),
  );
}
