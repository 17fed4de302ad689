import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { type BuiltPerson, buildOrg, buildPerson, buildTestApp, type Client, countRows, signIn, type TestApp } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';

let database: Database;
let app: TestApp;
let orgId: string;
let admin: Client;
let supervisorP: BuiltPerson;
let supervisor: Client;
let workerP: BuiltPerson;
let worker: Client;
let otherP: BuiltPerson;
let other: Client;
let foreignAdmin: Client;

const COURSE = { title: 'Trauma-informed practice: foundations', provider: 'In-house team', levels: ['informed'], format: 'in-person', hours: 3, language: 'en', validForMonths: 24 };
const YES_REVIEW = { provision: 'in-house', trainerExperience: true, audience: true, closesGaps: true, transferSupport: true, approve: true };

beforeAll(async () => {
  database = await createTestDatabase();
  app = buildTestApp(database).app;
  orgId = await buildOrg(database);
  admin = await signIn(app, (await buildPerson(database, orgId, { name: 'Ada Admin', roles: ['org_admin'] })).email);
  supervisorP = await buildPerson(database, orgId, { name: 'Sam Supervisor', roles: ['supervisor'] });
  supervisor = await signIn(app, supervisorP.email);
  workerP = await buildPerson(database, orgId, { name: 'Wren Worker', managerId: supervisorP.personId, roles: ['worker'] });
  worker = await signIn(app, workerP.email);
  otherP = await buildPerson(database, orgId, { name: 'Olu Other', roles: ['worker'] });
  other = await signIn(app, otherP.email);
  foreignAdmin = await signIn(app, (await buildPerson(database, await buildOrg(database), { roles: ['org_admin'] })).email);
});
afterAll(() => database.close());

const json = async <T>(response: Response) => (await response.json()) as T;
type Course = { id: string; approved: boolean; review: { reviewedByPersonId: string; reviewedAt: string } | null };
type Problem = { errors: Array<{ field: string; problem: string }> };

async function addCourse(body: Record<string, unknown> = COURSE) {
  const response = await admin.request('POST', '/api/v1/courses', body);
  expect(response.status).toBe(201);
  return json<Course>(response);
}

describe('courses', () => {
  it('approves a course only when all four quality checks are yes, storing who and when', async () => {
    const course = await addCourse();
    expect(course.approved).toBe(false);
    const refused = await admin.request('POST', `/api/v1/courses/${course.id}/quality-review`, { ...YES_REVIEW, closesGaps: false });
    expect(refused.status).toBe(400);
    expect((await json<Problem>(refused)).errors.map((e) => e.field)).toEqual(['approve']);
    const listed = await json<{ courses: Course[] }>(await admin.request('GET', '/api/v1/courses'));
    expect(listed.courses.find((c) => c.id === course.id)?.review).toBeNull();

    const notApproved = await admin.request('POST', `/api/v1/courses/${course.id}/quality-review`, { ...YES_REVIEW, closesGaps: false, approve: false });
    expect((await json<Course>(notApproved)).approved).toBe(false);
    const approved = await json<Course>(await admin.request('POST', `/api/v1/courses/${course.id}/quality-review`, YES_REVIEW));
    expect(approved.approved).toBe(true);
    expect(approved.review?.reviewedAt).toBeTruthy();
  });

  it('changing what a course covers or who gives it takes its approval away until reviewed again; its cost does not', async () => {
    const course = await addCourse({ ...COURSE, title: 'Reviewed then changed' });
    expect((await json<Course>(await admin.request('POST', `/api/v1/courses/${course.id}/quality-review`, YES_REVIEW))).approved).toBe(true);
    const approvedOf = async () =>
      (await json<{ courses: Course[] }>(await admin.request('GET', '/api/v1/courses'))).courses.find((c) => c.id === course.id)?.approved;
    expect((await admin.request('PATCH', `/api/v1/courses/${course.id}`, { cost: 'Free for staff' })).ok).toBe(true);
    expect(await approvedOf()).toBe(true);
    expect((await admin.request('PATCH', `/api/v1/courses/${course.id}`, { provider: 'A different trainer' })).ok).toBe(true);
    expect(await approvedOf()).toBe(false);
  });

  it('workers see approved courses only, without the review; admins see all', async () => {
    const hidden = await addCourse({ ...COURSE, title: 'Not yet reviewed' });
    const seen = await json<{ courses: Course[] }>(await worker.request('GET', '/api/v1/courses'));
    expect(seen.courses.map((c) => c.id)).not.toContain(hidden.id);
    expect(seen.courses.every((c) => c.approved && c.review === null)).toBe(true);
    expect((await json<{ courses: Course[] }>(await admin.request('GET', '/api/v1/courses'))).courses.map((c) => c.id)).toContain(hidden.id);
    expect((await json<{ courses: Course[] }>(await foreignAdmin.request('GET', '/api/v1/courses'))).courses).toEqual([]);
  });

  it('names the fields of bad input and changes nothing', async () => {
    const before = await countRows(database, 'courses', orgId);
    const response = await admin.request('POST', '/api/v1/courses', { ...COURSE, hours: -1, levels: [] });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect((await json<Problem>(response)).errors.map((e) => e.field).sort()).toEqual(['hours', 'levels']);
    expect(await countRows(database, 'courses', orgId)).toBe(before);
    expect((await foreignAdmin.request('PATCH', `/api/v1/courses/${(await addCourse()).id}`, { title: 'Mine now' })).status).toBe(404);
  });
});

describe('training records', () => {
  it('a record from a course copies title, levels and hours, and expires after the course validity', async () => {
    const course = await addCourse({ ...COURSE, title: 'Foundations two', hours: 4.5 });
    const response = await worker.request('POST', `/api/v1/people/${workerP.personId}/training`, { courseId: course.id, completedOn: '2026-01-31', hours: 1 });
    expect(response.status).toBe(201);
    expect(await json(response)).toMatchObject({ title: 'Foundations two', hours: 4.5, levels: ['informed'], expiresOn: '2028-01-31' });
  });

  it('other learning needs a title; bad input names the field and writes nothing', async () => {
    const before = await countRows(database, 'training_records', orgId);
    const noTitle = await worker.request('POST', `/api/v1/people/${workerP.personId}/training`, { completedOn: '2026-01-01', hours: 2 });
    expect((await json<Problem>(noTitle)).errors.map((e) => e.field)).toEqual(['title']);
    const backwards = await worker.request('POST', `/api/v1/people/${workerP.personId}/training`, { title: 'Reading', completedOn: '2026-01-01', expiresOn: '2025-01-01', hours: 2 });
    expect((await json<Problem>(backwards)).errors.map((e) => e.field)).toEqual(['expiresOn']);
    const unknownCourse = await worker.request('POST', `/api/v1/people/${workerP.personId}/training`, { courseId: randomUUID(), completedOn: '2026-01-01', hours: 2 });
    expect(unknownCourse.status).toBe(422);
    expect(await countRows(database, 'training_records', orgId)).toBe(before);
  });

  it('each record carries its validity', async () => {
    await admin.request('POST', `/api/v1/people/${workerP.personId}/training`, { title: 'Old first aid', completedOn: '2020-01-01', expiresOn: '2021-01-01', hours: 6 });
    const { records } = await json<{ records: Array<{ title: string; validity: string }> }>(await worker.request('GET', `/api/v1/people/${workerP.personId}/training`));
    expect(records.find((r) => r.title === 'Old first aid')?.validity).toBe('expired');
    expect(records.find((r) => r.title === 'Foundations two')?.validity).toBe('current');
  });

  it("a worker cannot see or change another worker's training, a supervisor only their reports', another organisation nobody's", async () => {
    const path = `/api/v1/people/${workerP.personId}/training`;
    expect((await other.request('GET', path)).status).toBe(404);
    expect((await other.request('POST', path, { title: 'Forged', completedOn: '2026-01-01', hours: 1 })).status).toBe(404);
    expect((await supervisor.request('GET', path)).status).toBe(200);
    expect((await supervisor.request('GET', `/api/v1/people/${otherP.personId}/training`)).status).toBe(404);
    expect((await foreignAdmin.request('GET', path)).status).toBe(404);
    expect((await admin.request('GET', path)).status).toBe(200);
  });

  it("reads by the line manager and admin appear in the subject's access log; the person's own do not", async () => {
    const log = async () => (await json<{ accesses: Array<{ by: string; record: string | null }> }>(await worker.request('GET', '/api/v1/me/access-log'))).accesses;
    const before = (await log()).length;
    await worker.request('GET', `/api/v1/people/${workerP.personId}/training`);
    expect((await log()).length).toBe(before);
    await supervisor.request('GET', `/api/v1/people/${workerP.personId}/training`);
    const after = await log();
    expect(after.length).toBe(before + 1);
    expect(after[0]).toMatchObject({ by: 'Sam Supervisor', record: 'training' });
  });

  it('the person, their manager and admins can remove a record; nobody else', async () => {
    const created = await json<{ id: string }>(
      await supervisor.request('POST', `/api/v1/people/${workerP.personId}/training`, { title: 'Team session', completedOn: '2026-02-01', hours: 1 }),
    );
    const path = `/api/v1/people/${workerP.personId}/training/${created.id}`;
    expect((await other.request('DELETE', path)).status).toBe(404);
    expect((await foreignAdmin.request('DELETE', path)).status).toBe(404);
    expect((await worker.request('DELETE', `/api/v1/people/${otherP.personId}/training/${created.id}`)).status).toBe(404);
    expect((await worker.request('DELETE', path)).status).toBe(204);
    expect((await worker.request('DELETE', path)).status).toBe(404);
  });

  it('exports CSV for admins, in columns the import reads', async () => {
    const response = await admin.request('GET', '/api/v1/training/export.csv');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text.split('\n')[0]).toBe('email,name,course,title,completed_on,hours,levels,expires_on,evidence');
    expect(text).toContain(workerP.email);
    expect((await worker.request('GET', '/api/v1/training/export.csv')).status).toBe(403);
  });

  it('the organisation setting keeps yearly development hours per level, defaulting to the framework', async () => {
    const org = await json<{ settings: { developmentHours: Record<string, number> } }>(await admin.request('GET', '/api/v1/org'));
    expect(org.settings.developmentHours).toEqual({ informed: 3, skilled: 6, enhanced: 12, specialist: 18 });
    const changed = await admin.request('PATCH', '/api/v1/org/settings', { developmentHours: { informed: 4, skilled: 6, enhanced: 12, specialist: 20 } });
    expect(((await json<{ developmentHours: Record<string, number> }>(changed)).developmentHours).informed).toBe(4);
    const bad = await admin.request('PATCH', '/api/v1/org/settings', { developmentHours: { informed: -1, skilled: 6, enhanced: 12, specialist: 20 } });
    expect((await json<Problem>(bad)).errors.map((e) => e.field)).toEqual(['developmentHours.informed']);
  });
});
