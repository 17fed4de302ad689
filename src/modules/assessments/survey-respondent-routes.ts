import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/errors.js';
import { jsonContent, ZIdParam, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { assessmentPack } from './assessment-pack.js';
import { loadSurveyAsked } from './use-cases/load-resource.js';
import { openSurveysFor } from './use-cases/my-cycles.js';

const tags = ['Staff surveys'];
const ZLocalText = z.record(z.string(), z.string());

const ZOpenSurvey = z
  .object({
    id: z.uuid(),
    title: z.string(),
    unitId: z.uuid().nullable().describe('the unit the survey asks (and those inside it); null: everyone'),
    opensOn: z.string(),
    closesOn: z.string(),
    answered: z.boolean().describe('whether you have answered (nothing else about your answer is known)'),
  })
  .openapi('OpenStaffSurvey');

const ZSurveyQuestions = z
  .object({
    cycleId: z.uuid(),
    title: z.string(),
    packTitle: ZLocalText,
    intro: ZLocalText,
    scale: z.object({ min: z.number().int(), max: z.number().int(), labels: z.array(z.object({ value: z.number().int(), text: ZLocalText })) }),
    sections: z.array(z.object({ id: z.string(), title: ZLocalText, summary: ZLocalText, criteria: z.array(z.object({ id: z.string(), text: ZLocalText })) })),
  })
  .openapi('StaffSurveyQuestions');

/**
 * What a respondent needs to answer a staff survey: which surveys are open to them, and the
 * survey's questions. The cycle and pack routes are for the people running assessments; these
 * two give a person in a survey's scope exactly its texts and nothing about other people.
 */
export function registerSurveyRespondentRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/assessments/open-surveys',
      tags,
      summary: 'Staff surveys open for answers today whose scope includes me, each saying whether I have answered',
      responses: { 200: jsonContent(z.object({ surveys: z.array(ZOpenSurvey) }), 'Open surveys, closing soonest first') },
    }),
    async (c) => c.json({ surveys: await openSurveysFor(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/assessments/cycles/{id}/survey/questions',
      tags,
      summary: "A staff survey's questions: its sections and criteria, and the answer scale (people in its scope)",
      request: { params: ZIdParam },
      responses: {
        200: jsonContent(ZSurveyQuestions, 'The questions'),
        404: jsonContent(ZProblem, 'No staff survey of this id for you (another organisation, a team review, or outside its scope)'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { cycle } = await loadSurveyAsked(db, actor, c.req.valid('param').id, 'see');
      const found = await assessmentPack(db, cycle.packId, cycle.packVersion);
      if (!found) throw notFound('The assessment pack of this survey');
      const { pack } = found;
      const body = {
        cycleId: cycle.id,
        title: cycle.title,
        packTitle: pack.title,
        intro: pack.body.intro,
        scale: pack.body.ratings.scale,
        sections: pack.body.sections.map((s) => ({
          id: s.id,
          title: s.title,
          summary: s.summary,
          criteria: s.criteria.map((cr) => ({ id: cr.id, text: cr.text })),
        })),
      };
      return c.json(ZSurveyQuestions.parse(body), 200);
    },
  );
}
