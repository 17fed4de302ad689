import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { hasRole, orgAdmins, signedIn } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { AppDeps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/errors.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { createCourse, findCourse, listCourses, presentCourse, reviewCourse, updateCourse } from './course-store.js';
import { ZLevel } from '../framework/model.js';
import { COURSE_FORMATS, TRAINING_SOURCES, ZCourseInput, ZQualityReview } from './model.js';

export const ZCourse = z
  .object({
    id: z.string(),
    title: z.string(),
    provider: z.string(),
    levels: z.array(ZLevel),
    format: z.enum(COURSE_FORMATS),
    hours: z.number(),
    cost: z.string().nullable(),
    language: z.string(),
    accessibility: z.string().nullable(),
    validForMonths: z.number().int().nullable(),
    approved: z.boolean(),
    review: z
      .object({
        provision: z.enum(TRAINING_SOURCES),
        trainerExperience: z.boolean(),
        audience: z.boolean(),
        closesGaps: z.boolean(),
        transferSupport: z.boolean(),
        notes: z.string().nullish(),
        approve: z.boolean(),
        reviewedByPersonId: z.string().nullable(),
        reviewedAt: z.string().nullable(),
      })
      .nullable()
      .openapi({ description: 'The latest quality review; shown to org admins only' }),
  })
  .openapi('Course');

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
    async (c) => {
      const actor = requireActor(c);
      const admin = hasRole(actor, 'org_admin');
      const rows = await listCourses(db, actor.orgId, { approvedOnly: !admin });
      return c.json({ courses: rows.map((r) => presentCourse(r, admin)) }, 200);
    },
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
    async (c) => {
      const actor = requireActor(c);
      const input = c.req.valid('json');
      const row = await db.transaction(async (tx) => {
        const id = await createCourse(tx, actor.orgId, input);
        await recordAudit(tx, actor, { type: 'course.created', data: { courseId: id } });
        return findCourse(tx, actor.orgId, id);
      });
      return c.json(presentCourse(row!, true), 201);
    },
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
    async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const row = await db.transaction(async (tx) => {
        const fields = await updateCourse(tx, actor.orgId, id, patch);
        if (fields.length > 0) await recordAudit(tx, actor, { type: 'course.updated', data: { courseId: id, fields } });
        return findCourse(tx, actor.orgId, id);
      });
      return c.json(presentCourse(row!, true), 200);
    },
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
    async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const review = c.req.valid('json');
      const row = await db.transaction(async (tx) => {
        await reviewCourse(tx, actor.orgId, id, review, actor.personId);
        await recordAudit(tx, actor, { type: 'course.reviewed', data: { courseId: id, approved: review.approve } });
        return findCourse(tx, actor.orgId, id);
      });
      if (!row) throw notFound('The course');
      return c.json(presentCourse(row, true), 200);
    },
  );
}
