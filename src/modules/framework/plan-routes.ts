import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { type Actor, hasRole, managers, signedIn } from '../../platform/access/policy.js';
import { canReadProfessionalRecord } from '../people/policy.js';
import { recordAudit, recordListRead, recordRead } from '../../platform/audit/audit-store.js';
import type { Queryable } from '../../platform/db/client.js';
import type { AppDeps } from '../../platform/deps.js';
import { notFound } from '../../platform/http/errors.js';
import { ZIdParam, ZProblem, jsonBody, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded } from '../../platform/http/route.js';
import { findPerson, listPeople } from '../people/people-store.js';
import { ZPlanInput, ZSelfAssessmentAnswers } from './model.js';
import { presentTeamRow, presentVersion, ZSelfAssessmentHistory, ZTeamPlanRow } from './plan-present.js';
import { confirmSide, todayIso } from './plan-rules.js';
import { type EditOutcome, confirmVersion, latestVersions, listVersions, normaliseAnswers, saveAnswers, savePlan, submitVersion } from './plan-store.js';

const tags = ['Development plans'];
const notYours = jsonContent(ZProblem, 'No such person whose plan you may see (or, for answers and submitting, not your own)');
const badInput = jsonContent(ZProblem, 'Bad input: each field named; nothing was changed');
const history = jsonContent(ZSelfAssessmentHistory, 'All versions after the change, newest first');

/**
 * Self-assessments and agreed plans (H.self). Professional records: the person, their line
 * manager and org admins read them; every read or change by someone else lands in the person's
 * access log. Only the person answers and submits; both sides write the plan and confirm.
 */
export function registerPlanRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  /** The person, if the actor may see their plan; 404 otherwise so ids cannot be probed. */
  async function readablePerson(q: Queryable, actor: Actor, id: string) {
    const person = await findPerson(q, actor.orgId, id);
    if (!person || !canReadProfessionalRecord(actor, person)) throw notFound('The person');
    return person;
  }

  async function historyOf(q: Queryable, actor: Actor, person: { id: string; name: string; managerName: string | null }) {
    const versions = await listVersions(q, actor.orgId, person.id);
    const managerIds = [...new Set(versions.map((v) => v.managerPersonId).filter((v): v is string => v !== null))];
    const names = new Map<string, string>();
    for (const id of managerIds) {
      const manager = await findPerson(q, actor.orgId, id);
      if (manager) names.set(id, manager.name);
    }
    const today = todayIso();
    return {
      person: { id: person.id, name: person.name, managerName: person.managerName },
      you: actor.personId === person.id ? ('worker' as const) : ('manager' as const),
      versions: versions.map((v, i) => presentVersion(v, i === 0, today, names)),
    };
  }

  /** Records an edit's audit events in the edit's transaction; nothing when nothing changed. */
  async function auditEdit(q: Queryable, actor: Actor, personId: string, outcome: EditOutcome, type: 'self-assessment.answered' | 'self-assessment.submitted' | 'plan.updated') {
    if (!outcome.changed) return;
    const data = { version: outcome.version };
    if (outcome.startedVersion && outcome.version > 1) await recordAudit(q, actor, { type: 'plan.version-started', subjectPersonId: personId, data });
    await recordAudit(q, actor, { type, subjectPersonId: personId, data });
  }

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/people/{id}/self-assessments',
      tags,
      summary: "Every version of a person's self-assessment and plan, newest first; reads by others are logged",
      request: { params: ZIdParam },
      responses: { 200: jsonContent(ZSelfAssessmentHistory, 'The versions, newest first'), 404: notYours },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const person = await readablePerson(db, actor, c.req.valid('param').id);
      await recordRead(db, actor, person.id, 'development-plan');
      return c.json(await historyOf(db, actor, person), 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/people/{id}/self-assessment/answers',
      tags,
      summary: 'The worker saves their own answers (every field may be left empty); after a confirmation this starts a new version',
      request: { params: ZIdParam, body: jsonBody(ZSelfAssessmentAnswers) },
      responses: { 200: history, 400: badInput, 404: notYours },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const { id } = c.req.valid('param');
      const answers = normaliseAnswers(c.req.valid('json'));
      // only the person answers for themself: to anyone else this address does not exist
      if (id !== actor.personId) throw notFound('Your self-assessment');
      const person = await readablePerson(db, actor, id);
      const body = await db.transaction(async (tx) => {
        await auditEdit(tx, actor, id, await saveAnswers(tx, actor.orgId, id, answers), 'self-assessment.answered');
        return historyOf(tx, actor, person);
      });
      return c.json(body, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'put',
      path: '/api/v1/people/{id}/self-assessment/plan',
      tags,
      summary: 'The worker, their line manager or an admin writes the development and support plan; after a confirmation this starts a new version',
      request: { params: ZIdParam, body: jsonBody(ZPlanInput) },
      responses: { 200: history, 400: badInput, 404: notYours },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const { id } = c.req.valid('param');
      const plan = c.req.valid('json');
      const person = await readablePerson(db, actor, id);
      const side = confirmSide(actor, person);
      const body = await db.transaction(async (tx) => {
        const outcome = await savePlan(tx, actor.orgId, id, plan, side === 'manager' ? actor.personId : undefined);
        await auditEdit(tx, actor, id, outcome, 'plan.updated');
        return historyOf(tx, actor, person);
      });
      return c.json(body, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/people/{id}/self-assessment/submit',
      tags,
      summary: "The worker hands their self-assessment to their manager for review",
      request: { params: ZIdParam },
      responses: { 200: history, 404: notYours },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const { id } = c.req.valid('param');
      if (id !== actor.personId) throw notFound('Your self-assessment');
      const person = await readablePerson(db, actor, id);
      const body = await db.transaction(async (tx) => {
        await auditEdit(tx, actor, id, await submitVersion(tx, actor.orgId, id), 'self-assessment.submitted');
        return historyOf(tx, actor, person);
      });
      return c.json(body, 200);
    },
  );

  app.openapi(
    guarded(signedIn, {
      method: 'post',
      path: '/api/v1/people/{id}/self-assessment/confirm',
      tags,
      summary: 'The worker or the manager side confirms the current version; when both have, it is agreed',
      request: { params: ZIdParam },
      responses: { 200: history, 404: notYours, 422: jsonContent(ZProblem, 'Nothing to confirm yet') },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const person = await readablePerson(db, actor, c.req.valid('param').id);
      const side = confirmSide(actor, person);
      if (!side) throw notFound('The person');
      const body = await db.transaction(async (tx) => {
        const outcome = await confirmVersion(tx, actor.orgId, person.id, side, actor.personId);
        if (outcome.changed) {
          await recordAudit(tx, actor, { type: 'plan.confirmed', subjectPersonId: person.id, data: { version: outcome.version, side } });
          if (outcome.agreed) await recordAudit(tx, actor, { type: 'plan.agreed', subjectPersonId: person.id, data: { version: outcome.version } });
        }
        return historyOf(tx, actor, person);
      });
      return c.json(body, 200);
    },
  );

  app.openapi(
    guarded(managers, {
      method: 'get',
      path: '/api/v1/team/plans',
      tags,
      summary: "Plan status and review dates: a supervisor's direct reports, or everyone for org admins",
      responses: { 200: jsonContent(z.object({ plans: z.array(ZTeamPlanRow) }), 'One row per person, by name') },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const managerId = hasRole(actor, 'org_admin') ? undefined : actor.personId;
      const { rows } = await listPeople(db, actor.orgId, { managerId, limit: 5000, offset: 0 });
      const latest = await latestVersions(db, actor.orgId, rows.map((r) => r.id));
      await recordListRead(db, actor, managerId ? 'team-plans:direct-reports' : 'team-plans', rows.map((r) => r.id));
      const today = todayIso();
      return c.json({ plans: rows.map((p) => presentTeamRow(p, latest.get(p.id), today)) }, 200);
    },
  );
}
