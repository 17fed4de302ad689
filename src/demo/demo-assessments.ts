import type { Tx } from '../platform/db/client.js';
import { addDays } from '../platform/time/day.js';
import { assessmentPack } from '../modules/assessments/assessment-pack.js';
import { insertAction, updateAction } from '../modules/assessments/action-store.js';
import { closeCycle, insertCycle } from '../modules/assessments/cycle-store.js';
import type { Rating } from '../modules/assessments/model.js';
import { addEvidence, confirmRating, setRating } from '../modules/assessments/review-store.js';
import { freezeSurvey, frozenSurvey } from '../modules/assessments/survey-freeze.js';
import { releaseSurvey } from '../modules/assessments/survey-release.js';
import { findSurveyCycle, recordSurveyAnswer } from '../modules/assessments/survey-store.js';

export const DEMO_AUDIT_PACK = 'tend.trauma-informed-audit';
export const DEMO_REVIEW_TITLE = 'Children and Families: trauma-informed audit';
export const DEMO_SURVEY_TITLE = 'Adult Community Health staff survey: how trauma-informed does it feel?';

/** Comments people might leave on the survey's first section: about effects and what helps, never events. */
const SAFETY_COMMENTS = [
  'The new quiet room makes a real difference after a heavy morning.',
  'I feel safe in the office, less so on late visits in winter.',
  'Knowing someone will ring if I have not checked in helps me relax on lone visits.',
  'Team meetings feel like a place where it is fine to say a visit was hard.',
  'More time between visits would help me arrive settled rather than rushed.',
  'I would like clearer guidance on what to do when I feel unsafe at a visit.',
];

/** A rating for the review's criterion `j` of section `s`: mostly amber and green, a few red. */
export function demoRating(s: number, j: number): Rating {
  const n = (j * 7 + s * 3) % 10;
  return n < 4 ? 'green' : n < 8 ? 'amber' : 'red';
}

/** Respondent `r`'s answer to criterion `j` of section `s` on the 1–5 scale, or null when skipped. */
export function demoSurveyAnswer(r: number, s: number, j: number): number | null {
  if ((r + j + s) % 13 === 0) return null;
  const base = [4, 3, 3, 4, 3][s % 5]!;
  return Math.min(5, Math.max(1, base + ((r * 31 + j * 17 + s * 5) % 5) - 2));
}

/**
 * A closed team review and a closed staff survey of the trauma-informed audit, so the assessment
 * pages, results and outcomes show something from the first start. The review covers Children and
 * Families (not the whole organisation, which the assessments journey reviews and expects to be
 * the first review of its scope); the survey covers Adult Community Health (its two teams: the
 * gate's work grows with the number of groups, and this runs at every start of an empty
 * database), and its figures are released through the survey's own release path, so the privacy
 * gate decides what shows. Skipped when the audit pack is not installed (tests that load the demo
 * without the built-in packs).
 */
export async function addDemoAssessments(
  tx: Tx,
  orgId: string,
  today: string,
  ids: { adminId: string; leadId: string; contributorId: string; familyUnitId: string; adultUnitId: string; respondents: ReadonlyArray<{ personId: string; unitId: string | null }> },
): Promise<{ reviewId: string; surveyId: string } | null> {
  const pack = await assessmentPack(tx, DEMO_AUDIT_PACK);
  if (!pack) return null;
  const sections = pack.pack.body.sections;

  const reviewId = await insertCycle(
    tx,
    orgId,
    { packId: DEMO_AUDIT_PACK, title: DEMO_REVIEW_TITLE, unitId: ids.familyUnitId, mode: 'team-review', opensOn: addDays(today, -150), closesOn: addDays(today, -120), leadPersonId: ids.leadId, contributorIds: [ids.contributorId] },
    pack.pack.version,
    ids.adminId,
  );
  for (const [s, section] of sections.entries()) {
    for (const [j, criterion] of section.criteria.entries()) {
      const rating = demoRating(s, j);
      await setRating(tx, orgId, reviewId, criterion.id, rating, ids.contributorId);
      await confirmRating(tx, orgId, reviewId, criterion.id, rating, ids.leadId);
    }
  }
  const [first, second] = sections[0]!.criteria;
  await addEvidence(tx, orgId, reviewId, first!.id, { kind: 'text', body: 'Lone-working arrangements agreed with staff and reviewed each quarter.' }, ids.contributorId);
  await addEvidence(tx, orgId, reviewId, second!.id, { kind: 'text', body: 'Team meetings start with a check on how people are; minutes kept.' }, ids.leadId);
  const red = sections.flatMap((section, s) => section.criteria.filter((_, j) => demoRating(s, j) === 'red').map((c) => c.id));
  if (red[0]) await insertAction(tx, orgId, reviewId, red[0], { title: 'Agree a written plan for debriefs after hard visits', ownerPersonId: ids.leadId, dueOn: addDays(today, 30) }, ids.adminId);
  if (red[1]) {
    const done = await insertAction(tx, orgId, reviewId, red[1], { title: 'Ask families how they want to hear about changes to their care', ownerPersonId: ids.contributorId, dueOn: addDays(today, -20) }, ids.adminId);
    await updateAction(tx, orgId, done, { status: 'done' }, today);
  }
  await closeCycle(tx, orgId, reviewId);

  const surveyId = await insertCycle(
    tx,
    orgId,
    { packId: DEMO_AUDIT_PACK, title: DEMO_SURVEY_TITLE, unitId: ids.adultUnitId, mode: 'staff-survey', opensOn: addDays(today, -80), closesOn: addDays(today, -60), leadPersonId: ids.adminId, contributorIds: [] },
    pack.pack.version,
    ids.adminId,
  );
  const scope = { orgId, id: surveyId, unitId: ids.adultUnitId };
  await freezeSurvey(tx, scope);
  const { eligible } = await frozenSurvey(tx, scope);
  const cycle = await findSurveyCycle(tx, orgId, surveyId);
  for (const [r, person] of ids.respondents.entries()) {
    if (!eligible.has(person.personId)) continue;
    const answers: Record<string, number> = {};
    for (const [s, section] of sections.entries()) {
      for (const [j, criterion] of section.criteria.entries()) {
        const value = demoSurveyAnswer(r, s, j);
        if (value !== null) answers[criterion.id] = value;
      }
    }
    // everyone wrote a line on safety: comments are released only as a group large enough to hide who wrote which
    const comments = { [sections[0]!.id]: SAFETY_COMMENTS[r % SAFETY_COMMENTS.length]! };
    await recordSurveyAnswer(tx, cycle, person.personId, eligible.get(person.personId) ?? person.unitId, { answers, comments });
  }
  await closeCycle(tx, orgId, surveyId);
  // released as an admin reading the results would: the gate decides, and records what it showed
  await releaseSurvey(tx, await findSurveyCycle(tx, orgId, surveyId));
  return { reviewId, surveyId };
}
