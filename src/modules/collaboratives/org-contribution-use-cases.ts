import type { Actor } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { Db, Tx } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { todayIn } from '../../platform/time/day.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { packOfCycle } from '../assessments/cycle-lookups.js';
import { findCycle, ratingsOf } from '../assessments/cycle-store.js';
import { cycleResults } from '../assessments/results.js';
import { membershipPolicy } from '../hub/policy.js';
import { quarter, quarterOf } from '../workforce/indicator-rules.js';
import { releasedOrgBands } from '../workforce/org-band-release.js';
import * as store from './collaborative-store.js';
import { auditValues, bandValues } from './contribution-values.js';
import type { RunKind } from './model.js';
import { myCollaborativeAt } from './org-collaborative-use-cases.js';

/**
 * An organisation's contributions beyond the staff survey: a closed audit linked to a timepoint,
 * and the check-in band counts of the timepoint's quarter. Its admins only, while its consent is
 * in force (otherwise the collaborative is not found); each is written once per timepoint, and
 * only figures, never a row about a person.
 */

async function timepointAsking(tx: Tx, actor: Actor, hubId: string, timepointId: string, kind: RunKind) {
  const collaborative = await myCollaborativeAt(tx, actor, hubId);
  const timepoint = await store.findTimepoint(tx, hubId, timepointId);
  if (!timepoint || timepoint.collaborativeId !== collaborative.id) throw notFound('The timepoint');
  if (!timepoint.kinds.includes(kind)) {
    throw kind === 'audit'
      ? conflict('This timepoint does not ask for an audit.', [{ field: 'timepointId', problem: 'does not ask for an audit' }])
      : conflict('This timepoint does not ask for check-in band counts.', [{ field: 'timepointId', problem: 'does not ask for check-in band counts' }]);
  }
  if (await store.hasContribution(tx, hubId, actor.orgId, timepointId, kind)) {
    throw conflict('Your organisation has already contributed this for this timepoint; what was sent stays as it was.', [{ field: 'timepointId', problem: 'already has this contribution' }]);
  }
  return timepoint;
}

/**
 * Links a closed audit (a team review of the whole organisation) to a timepoint, and its
 * confirmed ratings become our contribution: per section, how many criteria were rated and
 * their points (contribution-values.ts), with how many reviewers stand behind them. A review's
 * ratings are organisational data (the team's agreed judgement, which every admin already
 * reads), not anyone's own answers, so no staff-survey gate stands before them; the hub still
 * pools them only through the cross-organisation gate, which hides a section whose reviewers
 * are fewer than the hub's minimum. Refused (409, naming the field) while the review is open,
 * for a unit's review or a staff survey, and when nothing is confirmed.
 */
export async function linkAudit(db: Db, actor: Actor, hubId: string, timepointId: string, cycleId: string) {
  authorize(membershipPolicy(actor, 'change', { orgId: actor.orgId, hubId }), 'The collaborative');
  return db.transaction(async (tx) => {
    const timepoint = await timepointAsking(tx, actor, hubId, timepointId, 'audit');
    const cycle = await findCycle(tx, actor.orgId, cycleId, true);
    if (!cycle) throw notFound('The audit');
    if (cycle.mode !== 'team-review') throw conflict('This is a staff survey: link it as the timepoint’s staff survey instead.', [{ field: 'cycleId', problem: 'is a staff survey, not an audit' }]);
    if (cycle.unitId !== null) throw conflict('Only an audit of the whole organisation can be linked: a unit’s results stay with you.', [{ field: 'cycleId', problem: 'is a review of one unit' }]);
    if (cycle.status !== 'closed') throw conflict('This audit is still open: close it once its ratings are confirmed, then link it.', [{ field: 'cycleId', problem: 'is still open' }]);
    if (await store.runOfCycle(tx, actor.orgId, cycleId)) throw conflict('This audit is already linked to a timepoint.', [{ field: 'cycleId', problem: 'is already linked' }]);
    const pack = await packOfCycle(tx, cycle);
    const results = cycleResults(pack.pack, await ratingsOf(tx, actor.orgId, [cycle.id]), new Map(), null);
    const reviewers = new Set([...(cycle.leadPersonId ? [cycle.leadPersonId] : []), ...cycle.contributorIds]).size;
    const values = auditValues(cycle.packId, results.sections, reviewers);
    if (values.length === 0) throw conflict('This audit has no confirmed rating, so there is nothing to contribute.', [{ field: 'cycleId', problem: 'has no confirmed rating' }]);
    if (!(await store.insertRun(tx, { hubId, timepointId, orgId: actor.orgId, cycleId, kind: 'audit' }))) throw conflict('An audit is already linked to this timepoint.', [{ field: 'timepointId', problem: 'already has an audit linked' }]);
    // no person's id goes with the figures: the count of reviewers only
    await store.insertContributions(tx, values.map((v) => ({ hubId, orgId: actor.orgId, timepointId, slot: timepoint.slot, kind: 'audit', cell: 'all', ...v })));
    await recordAudit(tx, actor, { type: 'collaborative.run-linked', data: { hubId, timepointId, cycleId, kind: 'audit' } });
    await recordAudit(tx, null, { orgId: hubId, type: 'collaborative.run-linked', data: { hubId, timepointId, orgId: actor.orgId, kind: 'audit', via: 'member-organisation' } });
    return { contributed: values.length };
  });
}

/**
 * Sends the organisation's check-in band counts for the timepoint's quarter (the quarter its due
 * day falls in). Why this is safe to leave the organisation (DESIGN.md, data classes): check-ins
 * are personal, and only the privacy gate may turn them into anything others see. Here they go
 * through it exactly as on the organisation's own workforce figures page: only people who chose
 * to count their results, each one's latest check-in per instrument as a band, decided by the
 * organisation's gate against its unit tree and every earlier release, and recorded in its log.
 * What the hub receives is the whole organisation's SHOWN group only — per band, how many
 * contributors fell in it — which the organisation's admins may already read; a hidden group
 * sends nothing, and no person's id, answer, score or unit leaves. Refused (409) before the
 * quarter starts; nothing to send (the gate hid everything, or nobody contributes) sends
 * nothing and can be tried again later.
 */
export async function contributeCheckInBands(db: Db, actor: Actor, hubId: string, timepointId: string) {
  authorize(membershipPolicy(actor, 'change', { orgId: actor.orgId, hubId }), 'The collaborative');
  return db.transaction(async (tx) => {
    const timepoint = await timepointAsking(tx, actor, hubId, timepointId, 'check-in-bands');
    const quarterId = quarterOf(timepoint.dueOn);
    if (quarter(quarterId)!.from > todayIn(actor.timeZone)) {
      throw conflict(`The period of this timepoint (${quarterId}) has not started yet.`, [{ field: 'timepointId', problem: 'its quarter has not started yet' }]);
    }
    const contributed = await sendReleasedBands(tx, hubId, actor.orgId, timepoint);
    if (contributed > 0) {
      const data = { hubId, timepointId, kind: 'check-in-bands', figures: contributed };
      await recordAudit(tx, actor, { type: 'collaborative.contributed', data });
      await recordAudit(tx, null, { orgId: hubId, type: 'collaborative.contributed', data: { ...data, orgId: actor.orgId, via: 'member-organisation' } });
    }
    return { contributed, quarter: quarterId };
  });
}

/**
 * The organisation's released band counts for the timepoint's quarter, written as its
 * contribution (see contributeCheckInBands for why this is safe); how many figures were written.
 * The caller has checked who asks and that the timepoint asks for them (the demo calls it as
 * its partners' admins would).
 */
export async function sendReleasedBands(tx: Tx, hubId: string, orgId: string, timepoint: { id: string; slot: string; dueOn: string }): Promise<number> {
  const values = bandValues(await releasedOrgBands(tx, orgId, quarterOf(timepoint.dueOn)));
  await store.insertContributions(tx, values.map((v) => ({ hubId, orgId, timepointId: timepoint.id, slot: timepoint.slot, kind: 'check-in-bands', cell: 'all', ...v })));
  return values.length;
}
