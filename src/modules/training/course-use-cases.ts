import type { Actor } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { Db, Queryable } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { createCourse, findCourse, listCourses, presentCourse, reviewCourse, updateCourse } from './course-store.js';
import type { TCourseInput, TQualityReview } from './model.js';
import { coursePolicy, seesWholeCatalogue } from './policy.js';

/** The training catalogue (H.training): everyone reads approved courses; org admins keep it. */

const WHAT = 'The course catalogue';

/** Approved courses, by title; for org admins every course with its quality review. */
export async function listCatalogue(db: Db, actor: Actor) {
  authorize(coursePolicy(actor, 'list', { orgId: actor.orgId }), WHAT);
  const whole = seesWholeCatalogue(actor);
  return (await listCourses(db, actor.orgId, { approvedOnly: !whole })).map((row) => presentCourse(row, whole));
}

/** Reads the course back inside the change's transaction, so the answer is what was stored. */
async function storedCourse(tx: Queryable, orgId: string, courseId: string) {
  const row = await findCourse(tx, orgId, courseId);
  if (!row) throw notFound('The course');
  return presentCourse(row, true);
}

/** Adds a course (offered once a quality review approves it), with its audit event. */
export async function addCourse(db: Db, actor: Actor, input: TCourseInput) {
  authorize(coursePolicy(actor, 'create', { orgId: actor.orgId }), WHAT);
  return db.transaction(async (tx) => {
    const id = await createCourse(tx, actor.orgId, input);
    await recordAudit(tx, actor, { type: 'course.created', data: { courseId: id } });
    return storedCourse(tx, actor.orgId, id);
  });
}

/** Changes the fields given; an audit event names them when any changed. */
export async function changeCourse(db: Db, actor: Actor, courseId: string, patch: Partial<TCourseInput>) {
  authorize(coursePolicy(actor, 'change', { orgId: actor.orgId }), WHAT);
  return db.transaction(async (tx) => {
    const fields = await updateCourse(tx, actor.orgId, courseId, patch);
    if (fields.length > 0) await recordAudit(tx, actor, { type: 'course.updated', data: { courseId, fields } });
    return storedCourse(tx, actor.orgId, courseId);
  });
}

/** Records a quality review; the course is offered only when the review approves it. */
export async function reviewCourseQuality(db: Db, actor: Actor, courseId: string, review: TQualityReview) {
  authorize(coursePolicy(actor, 'manage', { orgId: actor.orgId }), WHAT);
  return db.transaction(async (tx) => {
    await reviewCourse(tx, actor.orgId, courseId, review, actor.personId);
    await recordAudit(tx, actor, { type: 'course.reviewed', data: { courseId, approved: review.approve } });
    return storedCourse(tx, actor.orgId, courseId);
  });
}
