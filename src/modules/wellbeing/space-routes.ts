import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { type Actor, signedIn } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/client.js';
import type { AppDeps } from '../../platform/deps.js';
import { badRequest, type FieldProblem } from '../../platform/http/errors.js';
import { jsonBody, jsonContent, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded } from '../../platform/http/route.js';
import { latestPerInstrument, withScores } from './check-in-results.js';
import { listCheckIns } from './check-in-store.js';
import { findInstrument } from './instrument-catalogue.js';
import { isoDay, nextDueOn, RHYTHMS, type TCopingPlan, ZCopingPlan, ZProfile } from './model.js';
import { ZOverview, ZReminder, ZRhythmSetting } from './present.js';
import { getSpace, updateSpace } from './space-store.js';
import { isStrategyId, STRATEGIES, ZStrategy } from './strategies.js';
import { listSupportContacts } from './support-store.js';

export const wellbeingTags = ['Well-being (my own space)'];
const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was changed');

/** When the next check-in is due under the actor's rhythm. */
async function reminderOf(q: Queryable, actor: Actor) {
  const space = await getSpace(q, actor.orgId, actor.personId);
  const [last] = await listCheckIns(q, actor.orgId, actor.personId, space.rhythmInstrumentId ?? undefined);
  const today = isoDay();
  const dueOn = nextDueOn(space.rhythm, last?.submittedOn ?? null, today);
  return { rhythm: space.rhythm, instrumentId: space.rhythmInstrumentId, dueOn, due: dueOn !== null && dueOn <= today };
}

function copingPlanProblems(plan: TCopingPlan): FieldProblem[] {
  return (['before', 'during', 'after'] as const).flatMap((part) =>
    plan[part].flatMap((step, i) =>
      step.strategyId !== null && !isStrategyId(step.strategyId) ? [{ field: `${part}.${i}.strategyId`, problem: 'no such strategy in the library' }] : [],
    ),
  );
}

/**
 * The owner's own space: overview, profile, coping plan, rhythm and reminders. Every address is
 * under /me and takes no person id: it is always the caller's own space (policy.ts).
 */
export function registerSpaceRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  async function overview(actor: Actor) {
    const space = await getSpace(db, actor.orgId, actor.personId);
    const latest = latestPerInstrument(await listCheckIns(db, actor.orgId, actor.personId));
    return {
      profile: space.profile,
      copingPlan: space.copingPlan,
      rhythm: { rhythm: space.rhythm, instrumentId: space.rhythmInstrumentId },
      nextCheckIn: await reminderOf(db, actor),
      latestResults: await withScores(db, actor.orgId, latest),
      supportContacts: await listSupportContacts(db, actor.orgId),
    };
  }

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/wellbeing',
      tags: wellbeingTags,
      summary: 'My well-being space at a glance: profile, coping plan, rhythm, next check-in, latest results, where to find support',
      responses: { 200: jsonContent(ZOverview, 'My space (empty parts when nothing is written yet)') },
    }),
    async (c) => c.json(await overview(c.get('actor')!), 200),
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
    async (c) => {
      const actor = c.get('actor')!;
      await updateSpace(db, actor.orgId, actor.personId, { profile: c.req.valid('json') });
      return c.json(await overview(actor), 200);
    },
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
    async (c) => {
      const actor = c.get('actor')!;
      const plan = c.req.valid('json');
      const problems = copingPlanProblems(plan);
      if (problems.length > 0) throw badRequest('The coping plan has steps that need attention.', problems);
      await updateSpace(db, actor.orgId, actor.personId, { copingPlan: plan });
      return c.json(await overview(actor), 200);
    },
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
    async (c) => {
      const actor = c.get('actor')!;
      const { rhythm, instrumentId } = c.req.valid('json');
      if (instrumentId !== null && !(await findInstrument(db, actor.orgId, instrumentId))) {
        throw badRequest('The rhythm has fields that need attention.', [{ field: 'instrumentId', problem: 'no such instrument available to you' }]);
      }
      await updateSpace(db, actor.orgId, actor.personId, { rhythm, rhythmInstrumentId: instrumentId });
      return c.json({ rhythm, instrumentId }, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/wellbeing/reminders',
      tags: wellbeingTags,
      summary: 'Whether a check-in is due under my rhythm (shown in the app; nothing is sent)',
      responses: { 200: jsonContent(z.object({ checkIn: ZReminder }).openapi('WellbeingReminders'), 'My reminders') },
    }),
    async (c) => c.json({ checkIn: await reminderOf(db, c.get('actor')!) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/wellbeing/strategies',
      tags: wellbeingTags,
      summary: 'The library of coping strategies to build a coping plan from',
      responses: { 200: jsonContent(z.object({ strategies: z.array(ZStrategy) }).openapi('CopingStrategies'), 'Every strategy, in English and Spanish') },
    }),
    (c) => c.json({ strategies: [...STRATEGIES] }, 200),
  );
}
