import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { conflict } from '../../platform/http/errors.js';
import { jsonBody, jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { surveyResultsCsv } from './survey-csv.js';
import { ZSurveyAbout, ZSurveyMine, ZSurveyResults } from './survey-api.js';
import { todayIn } from '../../platform/time/day.js';
import { acceptsAnswers, resultsReady, ZSurveyAnswers } from './survey-model.js';
import { frozenSurvey } from './survey-freeze.js';
import { hasAnswered, surveyShapeOf } from './survey-store.js';
import { loadSurveyAsked, loadSurveyResults } from './use-cases/load-resource.js';
import { answerSurvey, readSurveyResults } from './use-cases/survey-use-cases.js';

const tags = ['Staff surveys'];
const base = '/api/v1/assessments/cycles/{id}';
const noSurvey = jsonContent(ZProblem, 'No staff survey of this id for you (another organisation, a team review, or outside its scope)');
const refused = jsonContent(ZProblem, 'The privacy gate refused: these figures would differ from figures shown before by too few people');

/**
 * The anonymous staff survey: answering it, what respondents are told first, and its results,
 * which leave only through the privacy gate.
 *
 * Answering is deliberately NOT audited per response. An audit event carries the actor and a
 * time; kept beside the responses it would say who answered when, and the order and timing of
 * answers is exactly what could pair a person with their response. The participant list (who
 * answered, no time) is all that is kept, so nobody answers twice. Reading results is audited.
 */
export function registerSurveyRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: `${base}/survey`,
      tags,
      summary: 'Answer a staff survey anonymously (every criterion may be skipped; once only; cannot be changed)',
      request: { params: ZIdParam, body: jsonBody(ZSurveyAnswers) },
      responses: {
        201: jsonContent(ZSurveyMine, 'Stored without your identity'),
        400: jsonContent(ZProblem, 'A rating off the scale, or a criterion or section not in this survey: each field named; nothing stored'),
        404: noSurvey,
        409: jsonContent(ZProblem, 'Already answered, or the survey is not open'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      return c.json(await answerSurvey(db, actor, id, c.req.valid('json')), 201);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: `${base}/survey/mine`,
      tags,
      summary: 'Have I answered this survey? (only that: answers are not linked to anyone)',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZSurveyMine, 'Whether you have answered'), 404: noSurvey },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { cycle } = await loadSurveyAsked(db, actor, c.req.valid('param').id, 'see');
      return c.json({ answered: await hasAnswered(db, actor.orgId, cycle.id, actor.personId) }, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: `${base}/survey/about`,
      tags,
      summary: 'Before answering: who will see what, the thresholds in force, and how answers are kept',
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZSurveyAbout, 'What happens to the answers'), 404: noSurvey },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { cycle } = await loadSurveyAsked(db, actor, c.req.valid('param').id, 'see');
      const [shape, { thresholds }] = await Promise.all([surveyShapeOf(db, cycle), frozenSurvey(db, cycle)]);
      const about: z.infer<typeof ZSurveyAbout> = {
        cycleId: cycle.id,
        acceptingAnswers: acceptsAnswers(cycle, todayIn(actor.timeZone)),
        closesOn: cycle.closesOn,
        scale: { min: shape.ratings.scale.min, max: shape.ratings.scale.max },
        thresholds,
        storage: { identityStored: false, timeStored: false, unitStored: true, answersChangeable: false },
        comments: { shuffled: true, dated: false, byUnit: false },
        results: {
          shownTo: ['org-admins', 'cycle-lead'],
          shownOnceClosed: true,
          suppression: `A figure for a group of fewer than ${thresholds.minGroupSize} respondents is hidden, and so is any other figure from which a hidden one could be worked out, together with figures shown before. Groups and this minimum are those of the day the survey opened.`,
        },
      };
      return c.json(about, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: `${base}/survey-results`,
      tags,
      summary: "A staff survey's results through the privacy gate (org admins and the cycle's lead; once it has closed)",
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZSurveyResults, 'Released figures only; hidden ones say why'), 404: noSurvey, 422: refused },
    }),
    async (c) => {
      const actor = requireActor(c);
      const cycle = await loadSurveyResults(db, actor, c.req.valid('param').id, 'see');
      if (!resultsReady(cycle, todayIn(actor.timeZone))) return c.json({ state: 'collecting' as const, closesOn: cycle.closesOn }, 200);
      const released = await readSurveyResults(db, actor, cycle, 'json');
      const { results, thresholds, units } = released;
      const body = {
        state: 'ready' as const,
        cycle: { id: cycle.id, title: cycle.title, packId: cycle.packId, packVersion: cycle.packVersion, unitId: cycle.unitId },
        thresholds,
        units,
        ...results,
      };
      return c.json(ZSurveyResults.parse(body), 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: `${base}/survey-results.csv`,
      tags,
      summary: "A closed staff survey's released figures as CSV (hidden figures written as \"suppressed\")",
      request: { params: ZIdParam, query: z.object({ locale: z.enum(['en', 'es']).optional() }) },
      responses: {
        200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV file: section, criterion, unit, mean, ratings' },
        404: noSurvey,
        409: jsonContent(ZProblem, 'The survey is still open: results come once it closes'),
        422: refused,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const cycle = await loadSurveyResults(db, actor, c.req.valid('param').id, 'share');
      if (!resultsReady(cycle, todayIn(actor.timeZone))) throw conflict('This survey is still open: its results are shown once it closes.');
      const released = await readSurveyResults(db, actor, cycle, 'csv');
      const csv = surveyResultsCsv({
        results: released.results,
        shape: released.shape,
        locale: c.req.valid('query').locale ?? actor.locale,
        scopeName: released.scopeName,
        unitNames: new Map(released.units.map((u) => [u.id, u.name])),
      });
      return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="survey-results.csv"' });
    },
  );
}
