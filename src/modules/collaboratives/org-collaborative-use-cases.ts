import type { Actor } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { Db, Queryable, Tx } from '../../platform/db/client.js';
import { AppError, conflict, notFound } from '../../platform/http/errors.js';
import { addDays, todayIn } from '../../platform/time/day.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { resultsReady } from '../assessments/survey-model.js';
import { releaseSurvey } from '../assessments/survey-release.js';
import { findSurveyCycle } from '../assessments/survey-store.js';
import { openCycleIn } from '../assessments/use-cases/cycle-use-cases.js';
import { membershipPolicy } from '../hub/policy.js';
import { releaseBenchmarks } from './benchmark-release.js';
import * as store from './collaborative-store.js';
import { contributeReleasedSurvey } from './contribution.js';
import type { TTimepointSurvey } from './model.js';

/**
 * An organisation's side of the collaborative it takes part in at a hub: its admins only (the
 * consent speaks for the organisation), and only while its consent is in force — otherwise the
 * hub's collaborative is not found.
 */
export async function myCollaborativeAt(q: Queryable, actor: Actor, hubId: string) {
  authorize(membershipPolicy(actor, 'see', { orgId: actor.orgId, hubId }), 'The collaborative');
  if (!(await store.isConsented(q, hubId, actor.orgId))) throw notFound('The collaborative');
  const collaborative = await store.collaborativeOfOrg(q, hubId, actor.orgId);
  if (!collaborative) throw notFound('The collaborative');
  return collaborative;
}

/** The collaborative, its timeline and timepoints, with which of our surveys runs each and whether our figures went to the hub. */
export async function readMyCollaborative(db: Db, actor: Actor, hubId: string) {
  const collaborative = await myCollaborativeAt(db, actor, hubId);
  const phases = await store.listPhasesOf(db, hubId, collaborative.id);
  const timepoints = await store.listTimepointsOf(db, hubId, collaborative.id);
  const runs = (await store.listRuns(db, hubId, timepoints.map((t) => t.id))).filter((r) => r.orgId === actor.orgId);
  const out = [];
  for (const t of timepoints) {
    const run = runs.find((r) => r.timepointId === t.id && r.kind === 'staff-survey');
    const audit = runs.find((r) => r.timepointId === t.id && r.kind === 'audit');
    out.push({
      ...t,
      cycleId: run?.cycleId ?? null,
      contributed: run ? await store.hasContribution(db, hubId, actor.orgId, t.id) : false,
      auditCycleId: audit?.cycleId ?? null,
      auditContributed: audit ? await store.hasContribution(db, hubId, actor.orgId, t.id, 'audit') : false,
      bandsContributed: t.kinds.includes('check-in-bands') ? await store.hasContribution(db, hubId, actor.orgId, t.id, 'check-in-bands') : false,
    });
  }
  return { ...collaborative, phases, timepoints: out };
}

/**
 * Links one of our whole-organisation staff surveys to a timepoint (its pack must be the one the
 * timepoint asks for). A survey whose results are already out is released through the
 * cycle-wide gate now, and its shown whole-organisation figures become our contribution.
 */
export async function linkSurvey(db: Db, actor: Actor, hubId: string, timepointId: string, cycleId: string) {
  authorize(membershipPolicy(actor, 'change', { orgId: actor.orgId, hubId }), 'The collaborative');
  return db.transaction(async (tx) => {
    const timepoint = await ourTimepoint(tx, actor, hubId, timepointId);
    const cycle = await findSurveyCycle(tx, actor.orgId, cycleId);
    if (cycle.unitId !== null) throw conflict('Only a staff survey of the whole organisation can be linked: a unit’s figures stay with you.');
    if (timepoint.packId && timepoint.packId !== cycle.packId) throw conflict('This survey runs another assessment pack than the one this timepoint asks for.');
    if (await store.runOfCycle(tx, actor.orgId, cycleId)) throw conflict('This survey is already linked to a timepoint.');
    await linkRun(tx, actor, hubId, timepointId, cycleId);
    let contributed = 0;
    if (resultsReady(cycle, todayIn(actor.timeZone))) {
      // in a savepoint: when the survey's own gate refuses to show anything now (422), the link
      // still stands and the contribution waits for a later release
      try {
        contributed = await tx.transaction(async (sp) => contributeReleasedSurvey(sp, cycle, await releaseSurvey(sp, cycle)));
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'privacy-refused')) throw error;
      }
    }
    return { contributed };
  });
}

/**
 * Opens a staff survey of the whole organisation for a timepoint and links it, in one step: the
 * pack is the one the timepoint asks for, everyone in the organisation is asked (the survey
 * freezes its people and teams as any survey does), and the title, opening and closing days are
 * the admin's. Nothing goes to the hub until the survey's results are released through its own gate.
 */
export async function openSurveyForTimepoint(db: Db, actor: Actor, hubId: string, timepointId: string, input: TTimepointSurvey) {
  authorize(membershipPolicy(actor, 'change', { orgId: actor.orgId, hubId }), 'The collaborative');
  return db.transaction(async (tx) => {
    const timepoint = await ourTimepoint(tx, actor, hubId, timepointId);
    if (!timepoint.kinds.includes('staff-survey')) throw conflict('This timepoint asks for no staff survey.');
    if (!timepoint.packId) throw conflict('This timepoint names no assessment pack: open a survey in Assessments and link it here.');
    const cycle = await openCycleIn(tx, actor, { packId: timepoint.packId, title: input.title, unitId: null, mode: 'staff-survey', opensOn: input.opensOn, closesOn: input.closesOn, contributorIds: [] });
    await linkRun(tx, actor, hubId, timepointId, cycle.id);
    return { cycleId: cycle.id };
  });
}

/** A timepoint of the collaborative we take part in at this hub (404 for any other). */
async function ourTimepoint(tx: Tx, actor: Actor, hubId: string, timepointId: string) {
  const collaborative = await myCollaborativeAt(tx, actor, hubId);
  const timepoint = await store.findTimepoint(tx, hubId, timepointId);
  if (!timepoint || timepoint.collaborativeId !== collaborative.id) throw notFound('The timepoint');
  return timepoint;
}

/** Records the link in both trails; one survey per timepoint (409 when it has one). */
async function linkRun(tx: Tx, actor: Actor, hubId: string, timepointId: string, cycleId: string) {
  if (!(await store.insertRun(tx, { hubId, timepointId, orgId: actor.orgId, cycleId, kind: 'staff-survey' }))) throw conflict('A survey is already linked to this timepoint.');
  await recordAudit(tx, actor, { type: 'collaborative.run-linked', data: { hubId, timepointId, cycleId } });
  // the hub's trail says that a survey was linked, never which of the organisation's cycles
  await recordAudit(tx, null, { orgId: hubId, type: 'collaborative.run-linked', data: { hubId, timepointId, orgId: actor.orgId, via: 'member-organisation' } });
}

/** Our released figures beside the collaborative's and the hub's, through the cross-organisation gate. */
export async function myBenchmarks(db: Db, actor: Actor, hubId: string) {
  const collaborative = await myCollaborativeAt(db, actor, hubId);
  return releaseBenchmarks(db, hubId, collaborative.id, actor.orgId);
}

/** How far ahead an organisation's admins are told a timepoint is coming. */
export const TIMEPOINT_NOTICE_DAYS = 30;

/**
 * Timepoints of the organisation's collaboratives (consent in force) that ask for a staff survey,
 * are due within TIMEPOINT_NOTICE_DAYS or overdue, and have no survey linked yet: its admins'
 * Home tasks (tasks/sources/collaboratives.ts). Nothing for anyone else.
 */
export async function timepointsDue(db: Db, actor: Actor, today: string) {
  if (membershipPolicy(actor, 'list', { orgId: actor.orgId, hubId: '' }).kind !== 'allowed') return [];
  const horizon = addDays(today, TIMEPOINT_NOTICE_DAYS);
  const due = [];
  for (const { collaborative, timepoint } of await store.openTimepointsOfOrg(db, actor.orgId)) {
    if (timepoint.dueOn <= horizon && timepoint.kinds.includes('staff-survey')) due.push({ hubId: collaborative.hubId, name: `${collaborative.name}: ${timepoint.label}`, dueOn: timepoint.dueOn, timepointId: timepoint.id });
  }
  return due;
}
