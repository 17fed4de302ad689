import type { Queryable } from '../platform/db/client.js';
import { addDays } from '../platform/time/day.js';
import { confirmVersion, normaliseAnswers, saveAnswers, savePlan, submitVersion } from '../modules/development/plan-store.js';

/**
 * Self-assessments and development plans in the demo supervisor's team, one at each stage, so
 * Daniel Reyes's "Development plans" list shows what each looks like: a draft the worker has not
 * handed in, one handed in and ready to talk through, one he has confirmed and the worker has not
 * yet, one agreed with its review coming up, one whose review date has passed, and one reviewed
 * and agreed again as version 2. The demo worker (Aisha Rahman) has none: the framework journey
 * starts hers.
 */
export const DEMO_PLAN_STAGES = ['draft', 'submitted', 'manager-confirmed', 'agreed', 'review-due', 'reviewed'] as const;
export type DemoPlanStage = (typeof DEMO_PLAN_STAGES)[number];

/** Who is at which stage: Daniel's direct reports other than the demo worker. */
export const DEMO_PLAN_PEOPLE: Record<DemoPlanStage, string> = {
  draft: 'leila.nguyen.14@riverside.example',
  submitted: 'tariq.kowalski.21@riverside.example',
  'manager-confirmed': 'chidi.sato.49@riverside.example',
  agreed: 'marta.mensah.42@riverside.example',
  'review-due': 'oluwaseun.murphy.35@riverside.example',
  reviewed: 'zofia.haddad.28@riverside.example',
};

const ANSWERS = normaliseAnswers({
  serviceRemit: 'We visit people at home after illness or injury, often when a family is under strain.',
  role: 'Community nursing visits, wound care and end-of-life care at home',
  relevantLevel: 'skilled',
  strengths: 'Staying calm with families in distress; explaining care plainly.',
  areasToDevelop: 'Noticing my own tiredness sooner; talking through hard visits instead of carrying them.',
});

const plan = (reviewDate: string, managerNotes: string | null = null) => ({
  goals: [
    { goal: 'Complete the Steady practice on home visits course', expectedOutcome: 'Uses grounding with people in distress during visits' },
    { goal: 'Join the reflecting-after-home-visits circle', expectedOutcome: 'Talks through a hard visit within the week' },
  ],
  supportPlan: 'Monthly reflective supervision with Daniel; protected time on Friday afternoons for notes.',
  reviewDate,
  managerNotes,
});

/** Adds the plans (inside the demo's transaction); `personIds` maps demo emails to ids. */
export async function addDemoPlans(q: Queryable, orgId: string, personIds: ReadonlyMap<string, string>, today: string): Promise<void> {
  const managerId = personIds.get('supervisor@riverside.example')!;
  const id = (stage: DemoPlanStage) => personIds.get(DEMO_PLAN_PEOPLE[stage])!;
  const agree = async (personId: string) => {
    await confirmVersion(q, orgId, personId, 'manager', managerId);
    await confirmVersion(q, orgId, personId, 'worker', personId);
  };

  await saveAnswers(q, orgId, id('draft'), normaliseAnswers({ role: 'Healthcare assistant on the district round', relevantLevel: 'skilled' }));

  await saveAnswers(q, orgId, id('submitted'), ANSWERS);
  await submitVersion(q, orgId, id('submitted'));

  await saveAnswers(q, orgId, id('manager-confirmed'), ANSWERS);
  await submitVersion(q, orgId, id('manager-confirmed'));
  await savePlan(q, orgId, id('manager-confirmed'), plan(addDays(today, 90)), managerId);
  await confirmVersion(q, orgId, id('manager-confirmed'), 'manager', managerId);

  await saveAnswers(q, orgId, id('agreed'), ANSWERS);
  await submitVersion(q, orgId, id('agreed'));
  await savePlan(q, orgId, id('agreed'), plan(addDays(today, 60)), managerId);
  await agree(id('agreed'));

  await saveAnswers(q, orgId, id('review-due'), ANSWERS);
  await submitVersion(q, orgId, id('review-due'));
  await savePlan(q, orgId, id('review-due'), plan(addDays(today, -5)), managerId);
  await agree(id('review-due'));

  // agreed, reviewed on its date, and agreed again as version 2 with what the review found
  await saveAnswers(q, orgId, id('reviewed'), ANSWERS);
  await submitVersion(q, orgId, id('reviewed'));
  await savePlan(q, orgId, id('reviewed'), plan(addDays(today, -30)), managerId);
  await agree(id('reviewed'));
  await savePlan(q, orgId, id('reviewed'), plan(addDays(today, 150), 'Reviewed together: the course is done and the circle helps. Next: shadow the specialist team for a day.'), managerId);
  await agree(id('reviewed'));
}
