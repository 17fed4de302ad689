import { randomBytes } from 'node:crypto';
import { getPack } from '../content/pack-store.js';
import { createAccount } from '../platform/auth/auth-store.js';
import { hashPassword } from '../platform/auth/password-hash.js';
import type { Tx } from '../platform/db/client.js';
import { createOrganisation } from '../platform/tenancy/org-store.js';
import { addDays } from '../platform/time/day.js';
import { ZOrgSettings } from '../org-settings.js';
import { assessmentPack } from '../modules/assessments/assessment-pack.js';
import { closeCycle, insertCycle } from '../modules/assessments/cycle-store.js';
import { freezeSurvey, frozenSurvey } from '../modules/assessments/survey-freeze.js';
import { releaseSurvey } from '../modules/assessments/survey-release.js';
import { findSurveyCycle, recordSurveyAnswer } from '../modules/assessments/survey-store.js';
import { contributeReleasedSurvey } from '../modules/collaboratives/contribution.js';
import * as collaborativeStore from '../modules/collaboratives/collaborative-store.js';
import { defaultTimepoints } from '../modules/collaboratives/model.js';
import { sendReleasedBands } from '../modules/collaboratives/org-contribution-use-cases.js';
import { CONSENT_STATEMENT_VERSION } from '../modules/hub/model.js';
import { writeDecision, writeInvitation } from '../modules/hub/hub-store.js';
import { createPerson } from '../modules/people/people-store.js';
import { createUnit } from '../modules/units/unit-store.js';
import { addCheckIn } from '../modules/wellbeing/check-in-store.js';
import { updateSpace } from '../modules/wellbeing/space-store.js';
import { quarter, quarterOf } from '../modules/workforce/indicator-rules.js';
import { addDemoSharedPractice } from './demo-shared-practice.js';
import { DEMO_AUDIT_PACK, demoSurveyAnswer } from './demo-assessments.js';
import { answersFor, DEMO_CHECK_IN_INSTRUMENT } from './demo-check-ins.js';
import { DEMO_COLLABORATIVE, DEMO_PARTNERS } from './demo-data.js';

/**
 * The demo hub's learning collaborative, so that its pages show real pooled figures from the first
 * start: three partner organisations (nobody can sign in to them) that consented to the hub about a
 * year ago, each with a small staff of its own that answered a whole-organisation staff survey at
 * the baseline; two of them ran the endline survey a month ago, the third has not yet, so the
 * endline's pooled figures are hidden (fewer than three organisations) with their reason. Every
 * figure reaches the hub the real way: the survey is released through the organisation's own gate
 * and only its shown whole-organisation figures become the hub's. The same staff chose to count
 * their check-ins, and each partner sent the check-in band counts its own gate showed for the
 * timepoint's quarter (when the check-in instrument is installed). Skipped without the audit pack.
 */
export async function addDemoCollaborative(tx: Tx, hubId: string, hubAdminPersonId: string, today: string): Promise<string | null> {
  const pack = await assessmentPack(tx, DEMO_AUDIT_PACK);
  if (!pack) return null;
  const sections = pack.pack.body.sections;
  // a staff survey asks people with an account; theirs share one hash of a secret nobody is told,
  // so they count as staff and answered, but nobody can sign in as them
  const unknowable = await hashPassword(randomBytes(24).toString('base64url'));
  const startsOn = addDays(today, -400);
  const collaborativeId = await collaborativeStore.insertCollaborative(tx, hubId, { name: DEMO_COLLABORATIVE.name, purpose: DEMO_COLLABORATIVE.purpose });
  const checkInPack = await getPack(tx, DEMO_CHECK_IN_INSTRUMENT);
  const kinds = checkInPack ? ['staff-survey', 'check-in-bands'] : ['staff-survey'];
  await collaborativeStore.insertTimepoints(tx, hubId, collaborativeId, defaultTimepoints(startsOn).map((t) => ({ ...t, packId: DEMO_AUDIT_PACK, kinds })));
  const timepoints = await collaborativeStore.listTimepointsOf(tx, hubId, collaborativeId);
  const timepointOf = (slot: string) => timepoints.find((t) => t.slot === slot)!;

  const partnerAdmins: Array<{ orgId: string; personId: string }> = [];
  for (const [o, partner] of DEMO_PARTNERS.entries()) {
    const orgId = await createOrganisation(tx, { name: partner.name, slug: partner.slug }, ZOrgSettings);
    const staff: string[] = [];
    const teamIds: string[] = [];
    for (const name of partner.teams) teamIds.push(await createUnit(tx, orgId, { name, kind: 'team', parentId: null }));
    for (let k = 0; k <= partner.staff; k++) {
      const person = k === 0 ? { name: partner.admin, email: `admin@${partner.slug}.example` } : { name: `${partner.name} colleague ${k}`, email: `staff.${k}@${partner.slug}.example` };
      const personId = await createPerson(tx, orgId, { ...person, kind: 'employee', unitId: teamIds[k % teamIds.length]! });
      await createAccount(tx, { orgId, personId, email: person.email, roles: k === 0 ? ['org_admin', 'worker'] : ['worker'], passwordHash: unknowable });
      staff.push(personId);
    }
    const adminId = staff[0]!;
    partnerAdmins.push({ orgId, personId: adminId });
    await writeInvitation(tx, hubId, orgId, hubAdminPersonId, new Date(`${addDays(startsOn, -30)}T09:00:00Z`));
    await writeDecision(tx, { hubId, orgId, status: 'consented', personId: adminId, statementVersion: CONSENT_STATEMENT_VERSION, at: new Date(`${addDays(startsOn, -20)}T09:00:00Z`) });
    await collaborativeStore.insertMember(tx, hubId, collaborativeId, orgId);

    for (const slot of partner.ran) {
      const due = timepointOf(slot).dueOn;
      const cycleId = await insertCycle(
        tx,
        orgId,
        { packId: DEMO_AUDIT_PACK, title: `Staff survey (${timepointOf(slot).label})`, unitId: null, mode: 'staff-survey', opensOn: addDays(due, -21), closesOn: due, leadPersonId: adminId, contributorIds: [] },
        pack.pack.version,
        adminId,
      );
      const scope = { orgId, id: cycleId, unitId: null };
      await freezeSurvey(tx, scope);
      const { eligible } = await frozenSurvey(tx, scope);
      const cycle = await findSurveyCycle(tx, orgId, cycleId);
      for (const [r, personId] of staff.entries()) {
        if (!eligible.has(personId)) continue;
        const answers: Record<string, number> = {};
        for (const [s, section] of sections.entries()) {
          for (const [j, criterion] of section.criteria.entries()) {
            // each organisation a little apart, and the endline a little better than the baseline
            const value = demoSurveyAnswer(r + o * 3, s, j);
            if (value !== null) answers[criterion.id] = Math.min(5, value + (slot === 'endline' && (r + j) % 3 === 0 ? 1 : 0));
          }
        }
        await recordSurveyAnswer(tx, cycle, personId, eligible.get(personId) ?? null, { answers, comments: {} });
      }
      await closeCycle(tx, orgId, cycleId);
      await collaborativeStore.insertRun(tx, { hubId, timepointId: timepointOf(slot).id, orgId, cycleId, kind: 'staff-survey' });
      // as the organisation's admin linking the survey does: released through its own gate, then contributed
      const closed = await findSurveyCycle(tx, orgId, cycleId);
      await contributeReleasedSurvey(tx, closed, await releaseSurvey(tx, closed));
      if (checkInPack) {
        // the same staff chose to count their check-ins, each checked in around the due day; as
        // the admin pressing "send band counts" does: released through the organisation's gate
        for (const [r, personId] of staff.entries()) {
          if (r === 0) continue;
          await updateSpace(tx, orgId, personId, { contributesToFigures: true, contributionChangedAt: new Date(`${addDays(due, -30)}T09:00:00Z`) });
          const total = 8 + ((r * 7 + o * 5 + (slot === 'endline' ? 0 : 6)) % 22);
          // within the due day's quarter: the period the band counts are of
          const submittedOn = [addDays(due, -(r % 5)), quarter(quarterOf(due))!.from].sort().at(-1)!;
          await addCheckIn(tx, orgId, personId, { instrumentId: checkInPack.pack.id, instrumentVersion: checkInPack.pack.version, answers: answersFor(total), submittedOn, submittedAt: new Date(`${submittedOn}T16:00:00Z`) });
        }
        await sendReleasedBands(tx, hubId, orgId, timepointOf(slot));
      }
    }
  }
  await addDemoSharedPractice(tx, { hubId, collaborativeId, hubAdminPersonId, partnerAdmins, today });
  return collaborativeId;
}
