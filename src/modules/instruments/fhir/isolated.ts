import { type Budget, runIsolated } from '../../../platform/isolate/run-isolated.js';
import type { CalculatedValue } from './calculated-expression.js';
import type { Questionnaire, QuestionnaireResponse } from './fhir-types.js';
import type { QuestionnaireImport } from './import-questionnaire.js';

/**
 * A Questionnaire's own FHIRPath, evaluated away from the server's thread with a time and memory
 * budget (runIsolated): its expressions are written by someone else, and one can be made to run
 * for minutes or fill memory. An import that runs out of budget is refused, saying so; a preview
 * that does shows no form total.
 */

const WORK = new URL('./isolated-work.ts', import.meta.url);

/** Reading a form proves its totals on a few hundred responses: about a second for a 20-item form on a slow machine. */
export const IMPORT_BUDGET: Budget = { timeoutMs: 20_000, memoryMb: 256 };
/** A preview evaluates the form's totals once. */
export const PREVIEW_BUDGET: Budget = { timeoutMs: 5_000, memoryMb: 128 };

export async function readQuestionnaireIsolated(questionnaire: Questionnaire, budget: Budget = IMPORT_BUDGET): Promise<QuestionnaireImport> {
  const result = await runIsolated<QuestionnaireImport>(WORK, 'readQuestionnaire', questionnaire, budget);
  if (result.ok) return result.value;
  if (result.reason === 'threw') throw new Error(`reading a Questionnaire failed: ${result.message}`);
  const what = result.reason === 'timeout' ? `took longer than ${budget.timeoutMs / 1000} seconds` : `needed more than ${budget.memoryMb} MB of memory`;
  return {
    ok: false,
    problems: [`evaluating the form's own expressions to read its totals ${what}, so Tend stopped (a form it can score is read in a second or two): make its expressions simpler, or leave its totals out`],
    notes: [],
  };
}

export async function formTotalsIsolated(questionnaire: Questionnaire, response: QuestionnaireResponse, budget: Budget = PREVIEW_BUDGET): Promise<CalculatedValue[]> {
  const result = await runIsolated<CalculatedValue[]>(WORK, 'formTotals', { questionnaire, response }, budget);
  if (result.ok) return result.value;
  if (result.reason === 'threw') throw new Error(`evaluating a form's totals failed: ${result.message}`);
  return [];
}
