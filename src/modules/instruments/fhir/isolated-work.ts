import { type CalculatedValue, evaluateCalculatedItems } from './calculated-expression.js';
import type { Questionnaire, QuestionnaireResponse } from './fhir-types.js';
import { type QuestionnaireImport, questionnaireToPack } from './import-questionnaire.js';

/**
 * What isolated.ts runs in a worker thread: the two places a Questionnaire's own FHIRPath is
 * evaluated. Each takes one structured-cloneable argument, as runIsolated passes it.
 */

export const readQuestionnaire = (questionnaire: Questionnaire): QuestionnaireImport => questionnaireToPack(questionnaire);

/** The form's calculated items on one response; an expression the evaluator cannot run gives nothing. */
export function formTotals({ questionnaire, response }: { questionnaire: Questionnaire; response: QuestionnaireResponse }): CalculatedValue[] {
  try {
    return evaluateCalculatedItems(questionnaire, response);
  } catch {
    return [];
  }
}
