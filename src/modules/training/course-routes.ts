import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { orgAdmins, signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { addCourse, changeCourse, listCatalogue, reviewCourseQuality } from './course-use-cases.js';
import { ZCourseInput, ZQualityReview } from './model.js';
import { ZCourse } from './present.js';

/** The training catalogue: everyone reads approved courses; org admins add, change and review them. */
export function registerCourseRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/courses',
      tags: ['Training'],
      summary: 'The training catalogue: approved courses, and for org admins every course with its quality review',
      responses: { 200: jsonContent(z.object({ courses: z.array(ZCourse) }), 'Courses, by title') },
    }),
    async (c) => c.json({ courses: await listCatalogue(db, requireActor(c)) }, 200),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/courses',
      tags: ['Training'],
      summary: 'Add a course to the catalogue (offered once its quality review approves it)',
      request: { body: jsonBody(ZCourseInput) },
      responses: { 201: jsonContent(ZCourse, 'Created'), 400: jsonContent(ZProblem, 'Bad input') },
    }),
    async (c) => c.json(await addCourse(db, requireActor(c), c.req.valid('json')), 201),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'patch',
      path: '/api/v1/courses/{id}',
      tags: ['Training'],
      summary: 'Change a course',
      request: { params: ZIdParam, body: jsonBody(ZCourseInput.partial()) },
      responses: { 200: jsonContent(ZCourse, 'Changed'), 400: jsonContent(ZProblem, 'Bad input'), 404: jsonContent(ZProblem, 'No such course') },
    }),
    async (c) => c.json(await changeCourse(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'post',
      path: '/api/v1/courses/{id}/quality-review',
      tags: ['Training'],
      summary: 'Answer the quality questions of a course; it is approved only when all four checks are yes',
      request: { params: ZIdParam, body: jsonBody(ZQualityReview) },
      responses: { 200: jsonContent(ZCourse, 'Reviewed'), 400: jsonContent(ZProblem, 'Bad input'), 404: jsonContent(ZProblem, 'No such course') },
    }),
    async (c) => c.json(await reviewCourseQuality(db, requireActor(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
}
