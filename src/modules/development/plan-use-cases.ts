import type { Actor } from '../../platform/access/policy.js';
import { recordAudit, recordListRead, recordRead } from '../../platform/audit/audit-store.js';
import type { Db, Queryable } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { findPerson, listPeople } from '../people/people-store.js';
import { namesOf } from '../people/person-names.js';
import type { TPlanInput } from './model.js';
import { presentTeamRow, presentVersion } from './plan-present.js';
import { todayIn } from '../../platform/time/day.js';
import { confirmSide } from './plan-rules.js';
import { confirmVersion, type EditOutcome, latestVersions, listVersions, saveAnswers, savePlan, type SelfAssessmentAnswers, submitVersion } from './plan-store.js';
import { planPolicy, teamPlansScope } from './policy.js';

/**
 * Self-assessments and agreed plans (H.self) as use-cases: load the person, authorize with the
 * plan policy, then change and audit in one transaction. Every read or change by someone other
 * than the person lands in their access log.
 */

type PlanAbility = 'see' | 'create' | 'change' | 'manage';

/** The person, once the actor may `ability` their plan; missing and not allowed answer alike (404). */
async function personFor(q: Queryable, actor: Actor, personId: string, ability: PlanAbility) {
  const person = await findPerson(q, actor.orgId, personId);
  // answering and submitting are the person's own: to anyone else the address does not exist
  const what = ability === 'create' ? 'Your self-assessment' : 'The person';
  if (!person) throw notFound(what);
  authorize(planPolicy(actor, ability, person), what);
  return person;
}

async function historyOf(q: Queryable, actor: Actor, person: { id: string; name: string; managerName: string | null }) {
  const versions = await listVersions(q, actor.orgId, person.id);
  const names = await namesOf(q, actor.orgId, versions.map((v) => v.managerPersonId));
  const today = todayIn(actor.timeZone);
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

/** Every version of a person's self-assessment and plan, newest first; the read is logged. */
export async function seePlans(db: Db, actor: Actor, personId: string) {
  const person = await personFor(db, actor, personId, 'see');
  await recordRead(db, actor, person.id, 'development-plan');
  return historyOf(db, actor, person);
}

/** The worker saves their own answers; after a confirmation this starts a new version. */
export async function answerSelfAssessment(db: Db, actor: Actor, personId: string, answers: SelfAssessmentAnswers) {
  const person = await personFor(db, actor, personId, 'create');
  return db.transaction(async (tx) => {
    await auditEdit(tx, actor, personId, await saveAnswers(tx, actor.orgId, personId, answers), 'self-assessment.answered');
    return historyOf(tx, actor, person);
  });
}

/** The worker hands their self-assessment to their manager for review. */
export async function submitSelfAssessment(db: Db, actor: Actor, personId: string) {
  const person = await personFor(db, actor, personId, 'create');
  return db.transaction(async (tx) => {
    await auditEdit(tx, actor, personId, await submitVersion(tx, actor.orgId, personId), 'self-assessment.submitted');
    return historyOf(tx, actor, person);
  });
}

/** The worker, their line manager or an admin writes the plan; the manager side is named on it. */
export async function changePlan(db: Db, actor: Actor, personId: string, plan: TPlanInput) {
  const person = await personFor(db, actor, personId, 'change');
  const side = confirmSide(actor, person);
  return db.transaction(async (tx) => {
    const outcome = await savePlan(tx, actor.orgId, personId, plan, side === 'manager' ? actor.personId : undefined);
    await auditEdit(tx, actor, personId, outcome, 'plan.updated');
    return historyOf(tx, actor, person);
  });
}

/** The worker or the manager side confirms the current version; when both have, it is agreed. */
export async function confirmPlan(db: Db, actor: Actor, personId: string) {
  const person = await personFor(db, actor, personId, 'manage');
  const side = confirmSide(actor, person);
  if (!side) throw notFound('The person');
  return db.transaction(async (tx) => {
    const outcome = await confirmVersion(tx, actor.orgId, person.id, side, actor.personId);
    if (outcome.changed) {
      await recordAudit(tx, actor, { type: 'plan.confirmed', subjectPersonId: person.id, data: { version: outcome.version, side } });
      if (outcome.agreed) await recordAudit(tx, actor, { type: 'plan.agreed', subjectPersonId: person.id, data: { version: outcome.version } });
    }
    return historyOf(tx, actor, person);
  });
}

/** Plan status and review dates: a supervisor's direct reports, or everyone for org admins; one list-read event. */
export async function listTeamPlans(db: Db, actor: Actor) {
  const scope = teamPlansScope(actor);
  const managerId = scope === 'everyone' ? undefined : scope.managerId;
  const { rows } = await listPeople(db, actor.orgId, { managerId, limit: 5000, offset: 0 });
  const latest = await latestVersions(db, actor.orgId, rows.map((r) => r.id));
  await recordListRead(db, actor, managerId ? 'team-plans:direct-reports' : 'team-plans', rows.map((r) => r.id));
  const today = todayIn(actor.timeZone);
  return { plans: rows.map((p) => presentTeamRow(p, latest.get(p.id), today)) };
}
