import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import { CALCULATED_EXPRESSION, exts, type Extension, type Questionnaire, type QuestionnaireItem, type QuestionnaireResponse, VARIABLE } from './fhir-types.js';

export interface CalculatedValue {
  linkId: string;
  /** The expression's value, or null when it gave nothing (too few answers, say). */
  value: number | null;
}

/**
 * Evaluates each SDC calculatedExpression of `questionnaire` against `response`, with FHIRPath:
 * the questionnaire's variables, then each item's own (and its ancestors'), in order, and
 * %questionnaire and %resource as SDC defines them. Only for checking and interoperability: Tend's
 * scores come from the pack's declaration, and a total stored in a response is never read.
 */
export function evaluateCalculatedItems(questionnaire: Questionnaire, response: QuestionnaireResponse): CalculatedValue[] {
  const results: CalculatedValue[] = [];
  const base = withVariables({ questionnaire, resource: response }, questionnaire.extension, response);
  const walk = (items: readonly QuestionnaireItem[] | undefined, env: Record<string, unknown>) => {
    for (const item of items ?? []) {
      const own = withVariables(env, item.extension, response);
      for (const calculated of exts(item.extension, CALCULATED_EXPRESSION)) {
        const expression = calculated.valueExpression?.expression;
        if (!expression) continue;
        const [value] = evaluate(response, expression, own);
        results.push({ linkId: item.linkId, value: typeof value === 'number' ? value : null });
      }
      walk(item.item, own);
    }
  };
  walk(questionnaire.item, base);
  return results;
}

function withVariables(env: Record<string, unknown>, extensions: Extension[] | undefined, response: QuestionnaireResponse): Record<string, unknown> {
  const next = { ...env };
  for (const variable of exts(extensions, VARIABLE)) {
    const { name, expression, language } = variable.valueExpression ?? {};
    if (!name || !expression || (language && language !== 'text/fhirpath')) continue;
    next[name] = evaluate(response, expression, next);
  }
  return next;
}

function evaluate(resource: QuestionnaireResponse, expression: string, env: Record<string, unknown>): unknown[] {
  return fhirpath.evaluate(resource as unknown as Record<string, unknown>, expression, env as Record<string, never>, r4) as unknown[];
}
