import { getPack } from '../../content/pack-store.js';
import type { Actor } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { Db, Queryable } from '../../platform/db/client.js';
import { conflict, invalid, notFound } from '../../platform/http/errors.js';
import { getOrganisation } from '../../platform/tenancy/org-store.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { ZHubSettings } from '../hub/model.js';
import { hubPolicy } from '../hub/policy.js';
import { releaseBenchmarks } from './benchmark-release.js';
import { completionCounts } from './benchmarks.js';
import * as store from './collaborative-store.js';
import { completionOfSurveys, contributionKey, contributionPeopleAt, surveyKey, type TeamCounts, teamCompletionOfSurveys } from './completion-reads.js';
import { suppressTeams, type TeamCompletion } from './team-completion-rules.js';
import { defaultTimepoints, type TCollaborativeCreate, type TTimepointPatch } from './model.js';

/**
 * The hub's side of its collaboratives: admins create and change them, admins and analysts read
 * them. Everything is keyed by the actor's own hub: another hub's collaborative is not found.
 */

async function ownCollaborative(db: Queryable, actor: Actor, id: string) {
  const found = await store.findCollaborative(db, actor.orgId, id);
  if (!found) throw notFound('The collaborative');
  return found;
}

async function requireInstalledPack(db: Db, packId: string | null | undefined) {
  if (packId && !(await getPack(db, packId))) throw invalid('packId', 'must name an installed assessment pack');
}

export async function createCollaborative(db: Db, actor: Actor, input: TCollaborativeCreate) {
  authorize(hubPolicy(actor, 'create', { hubId: actor.orgId }), 'The hub');
  await requireInstalledPack(db, input.packId);
  return db.transaction(async (tx) => {
    const id = await store.insertCollaborative(tx, actor.orgId, { name: input.name, purpose: input.purpose });
    await store.insertTimepoints(tx, actor.orgId, id, defaultTimepoints(input.startsOn).map((t) => ({ ...t, packId: input.packId, kinds: ['staff-survey'] })));
    await recordAudit(tx, actor, { type: 'collaborative.created', data: { collaborativeId: id } });
    return id;
  });
}

export async function listCollaboratives(db: Db, actor: Actor) {
  authorize(hubPolicy(actor, 'list', { hubId: actor.orgId }), 'The hub');
  return store.listCollaborativesOf(db, actor.orgId);
}

/**
 * One collaborative as the hub reads it: members, timeline, timepoints, and per member and
 * timepoint only whether a survey is linked, whether it contributed, and how many were asked and
 * answered — each count hidden under the hub's minimum group size, and none for a member whose
 * consent is not in force.
 */
export async function readCollaborative(db: Db, actor: Actor, id: string) {
  authorize(hubPolicy(actor, 'see', { hubId: actor.orgId }), 'The hub');
  const collaborative = await ownCollaborative(db, actor, id);
  const hub = await getOrganisation(db, actor.orgId, ZHubSettings);
  const [members, phases, timepoints] = [await store.listMembersOf(db, actor.orgId, id), await store.listPhasesOf(db, actor.orgId, id), await store.listTimepointsOf(db, actor.orgId, id)];
  const runs = await store.listRuns(db, actor.orgId, timepoints.map((t) => t.id));
  const completion = [];
  const min = hub.settings.hubMinGroupSize;
  // an organisation whose consent is not in force (revoked, or invited again) sends nothing new:
  // its survey counts are read live, so they are not read at all
  // (the member list already carries each one's hub membership status)
  const consentedMembers = new Set(members.filter((m) => m.status === 'consented').map((m) => m.orgId));
  const surveys = runs.filter((run) => run.kind === 'staff-survey' && consentedMembers.has(run.orgId));
  const [counts, teams, people] = await Promise.all([
    completionOfSurveys(db, surveys),
    teamCompletionOfSurveys(db, surveys),
    contributionPeopleAt(db, actor.orgId, timepoints.map((t) => t.id)),
  ]);
  for (const run of surveys) {
    const key = surveyKey(run.orgId, run.cycleId);
    const { asked, answered } = counts.get(key) ?? { asked: 0, answered: 0 };
    const orgCounts = completionCounts(asked, answered, min);
    const contributed = people.has(contributionKey(run.orgId, run.timepointId, 'staff-survey'));
    completion.push({ orgId: run.orgId, timepointId: run.timepointId, kind: 'staff-survey' as const, contributed, ...orgCounts, teams: teamCompletion(teams.get(key) ?? [], orgCounts.answered.shown, min) });
  }
  // an audit or the check-in bands: the people behind the contribution, the same count hidden the same way
  for (const t of timepoints) {
    for (const kind of ['audit', 'check-in-bands'] as const) {
      if (!t.kinds.includes(kind)) continue;
      for (const m of members) {
        if (!consentedMembers.has(m.orgId)) continue;
        const behind = people.get(contributionKey(m.orgId, t.id, kind));
        if (behind === undefined) continue;
        completion.push({ orgId: m.orgId, timepointId: t.id, kind, contributed: true, ...completionCounts(behind, behind, min), teams: [] });
      }
    }
  }
  // one collaborative per organisation per hub: those in another cannot be added here
  const inOtherCollaboratives = await store.orgIdsInOtherCollaboratives(db, actor.orgId, id);
  return { ...collaborative, members, phases, timepoints, completion, inOtherCollaboratives };
}

/**
 * Takes a member organisation out of the collaborative (a hub admin's mistake or a plan changed):
 * only one that has contributed nothing here; one that has stays, and can revoke its consent.
 */
export async function removeMember(db: Db, actor: Actor, id: string, orgId: string) {
  authorize(hubPolicy(actor, 'change', { hubId: actor.orgId }), 'The hub');
  await db.transaction(async (tx) => {
    await ownCollaborative(tx, actor, id);
    const outcome = await store.deleteMember(tx, actor.orgId, id, orgId);
    if (outcome === 'not-a-member') throw notFound('The member organisation');
    if (outcome === 'contributed') {
      throw conflict('This organisation has contributed figures to this collaborative, so it stays among them; it can revoke its consent to the hub to send nothing new.', [
        { field: 'orgId', problem: 'has contributed figures to this collaborative' },
      ]);
    }
    await recordAudit(tx, actor, { type: 'collaborative.changed', data: { collaborativeId: id, step: 'member-removed', orgId } });
  });
}

/**
 * A survey's completion per team as the hub may see it (team-completion-rules.ts), by name; when
 * the organisation's own answered count is hidden, so is every team's.
 */
function teamCompletion(rows: readonly TeamCounts[], totalShown: boolean, min: number): TeamCompletion[] {
  const verdicts = suppressTeams(rows.map((r) => ({ key: r.unitId, asked: r.asked, answered: r.answered })), min);
  return rows
    .map((r, i): TeamCompletion => {
      const v = verdicts[i]!;
      if (!totalShown) return { unitName: r.unitName, shown: false, reason: 'under-minimum' };
      return v.shown ? { unitName: r.unitName, shown: true, asked: r.asked, answered: r.answered } : { unitName: r.unitName, shown: false, reason: v.reason };
    })
    .sort((a, b) => (a.unitName === null ? 1 : b.unitName === null ? -1 : a.unitName.localeCompare(b.unitName)));
}

/** Adds a member organisation: only one whose consent to this hub is in force, and in no other collaborative of the hub. */
export async function addMember(db: Db, actor: Actor, id: string, orgId: string) {
  authorize(hubPolicy(actor, 'change', { hubId: actor.orgId }), 'The hub');
  await db.transaction(async (tx) => {
    await ownCollaborative(tx, actor, id);
    if (!(await store.isConsented(tx, actor.orgId, orgId))) throw conflict('Only an organisation whose consent to this hub is in force can take part.');
    const current = await store.collaborativeOfOrg(tx, actor.orgId, orgId);
    if (current && current.id !== id) throw conflict('This organisation already takes part in another collaborative of this hub.');
    if (!(await store.insertMember(tx, actor.orgId, id, orgId))) throw conflict('This organisation already takes part.');
    await recordAudit(tx, actor, { type: 'collaborative.changed', data: { collaborativeId: id, step: 'member-added', orgId } });
  });
}

export async function addPhase(db: Db, actor: Actor, id: string, input: { name: string; startsOn: string; endsOn: string }) {
  authorize(hubPolicy(actor, 'change', { hubId: actor.orgId }), 'The hub');
  await ownCollaborative(db, actor, id);
  return db.transaction(async (tx) => {
    const phaseId = await store.insertPhase(tx, actor.orgId, id, input);
    await recordAudit(tx, actor, { type: 'collaborative.changed', data: { collaborativeId: id, step: 'phase-added' } });
    return phaseId;
  });
}

/** Changes a timepoint's label, due date, pack or what it asks for; its slot (what pools with what) never changes. */
export async function changeTimepoint(db: Db, actor: Actor, timepointId: string, patch: TTimepointPatch) {
  authorize(hubPolicy(actor, 'change', { hubId: actor.orgId }), 'The hub');
  const timepoint = await store.findTimepoint(db, actor.orgId, timepointId);
  if (!timepoint) throw notFound('The timepoint');
  await requireInstalledPack(db, patch.packId);
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  await db.transaction(async (tx) => {
    await store.updateTimepoint(tx, actor.orgId, timepointId, set);
    await recordAudit(tx, actor, { type: 'collaborative.changed', data: { collaborativeId: timepoint.collaborativeId, step: 'timepoint-changed', fields: Object.keys(set) } });
  });
}

/** The collaborative's and the hub's pooled figures per timepoint and measure, through the gate. */
export async function hubBenchmarks(db: Db, actor: Actor, id: string) {
  authorize(hubPolicy(actor, 'see', { hubId: actor.orgId }), 'The hub');
  await ownCollaborative(db, actor, id);
  return releaseBenchmarks(db, actor.orgId, id);
}
