import { todayIn } from '../../../platform/time/day.js';
import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit-store.js';
import type { Db } from '../../../platform/db/client.js';
import { AppError, conflict } from '../../../platform/http/errors.js';
import { acceptsAnswers, normaliseAnswers, surveyAnswerProblems, type TSurveyAnswers } from '../survey-model.js';
import { type ReleasedSurvey, releaseSurvey } from '../survey-release.js';
import { recordSurveyAnswer, type SurveyCycle, surveyShapeOf } from '../survey-store.js';
import { surveyReleased } from '../survey-release-listeners.js';
import { loadSurveyAsked } from './load-resource.js';

/**
 * Answers a staff survey anonymously: one of its frozen respondents (404 to anyone else), while
 * it is open (409), every field checked (400 naming each) before the two rows are written.
 * Deliberately NOT audited: an audit event carries the actor and a time, which is what could
 * pair a person with their response.
 */
export async function answerSurvey(db: Db, actor: Actor, cycleId: string, input: TSurveyAnswers): Promise<{ answered: true }> {
  await db.transaction(async (tx) => {
    // the cycle row is share-locked so a mix or a close waits for this answer (see findSurveyCycle)
    const { cycle, unitId } = await loadSurveyAsked(tx, actor, cycleId, 'create', 'answer');
    if (!acceptsAnswers(cycle, todayIn(actor.timeZone))) throw conflict('This survey is not open for answers.');
    const shape = await surveyShapeOf(tx, cycle);
    const problems = surveyAnswerProblems(shape, input);
    if (problems.length > 0) throw new AppError(400, 'validation', 'The answers have fields that need attention.', problems);
    await recordSurveyAnswer(tx, cycle, actor.personId, unitId, normaliseAnswers(shape, input));
  });
  return { answered: true };
}

/** A closed survey's results through the privacy gate, with the reading audited in the same transaction. */
export async function readSurveyResults(db: Db, actor: Actor, cycle: SurveyCycle, format: 'json' | 'csv'): Promise<ReleasedSurvey> {
  return db.transaction(async (tx) => {
    const out = await releaseSurvey(tx, cycle);
    // listeners (a collaborative's contribution to its hub) act on what was just shown, in this transaction
    await surveyReleased(tx, cycle, out);
    await recordAudit(tx, actor, { type: 'assessment.survey-results-viewed', data: { cycleId: cycle.id, format } });
    return out;
  });
}
