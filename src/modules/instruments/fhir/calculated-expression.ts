import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import { CALCULATED_EXPRESSION, type Extension, type Questionnaire, type QuestionnaireItem, type QuestionnaireResponse, VARIABLE } from './fhir-types.js';

export interface CalculatedValue {
  linkId: string;
  /** The expression's value, or null when it gave nothing (too few answers, say). */
  value: number | null;
}

/** An expression of the Questionnaire that FHIRPath could not compile or evaluate, and where it is. */
export class ExpressionError extends Error {
  constructor(
    readonly path: string,
    readonly expression: string,
    readonly reason: string,
  ) {
    super(`${path}: the expression "${expression}" cannot be evaluated: ${reason}`);
    this.name = 'ExpressionError';
  }
}

type Compiled = (resource: unknown, env: Record<string, unknown>) => unknown[];
interface Step {
  /** A variable's name; absent for the calculatedExpression itself. */
  name?: string;
  path: string;
  expression: string;
  run: Compiled;
}
/** One calculated item: where it is, and the variables in its scope then its own expression. */
export interface CalculatedItem {
  linkId: string;
  /** The JSON path of the item in the Questionnaire ("item[0].item[9]"). */
  path: string;
  /** The JSON path of its calculatedExpression extension. */
  expressionPath: string;
  expression: string;
  steps: Step[];
}

/**
 * Each SDC calculatedExpression of `questionnaire`, compiled once with FHIRPath's R4 model (which
 * knows weight()/ordinal() and reads answer option weights through %questionnaire) together with
 * the variables in its scope: the questionnaire's, then each ancestor's and its own, in order.
 * Throws ExpressionError naming an expression FHIRPath cannot parse.
 */
export function compileCalculatedItems(questionnaire: Questionnaire): CalculatedItem[] {
  const found: CalculatedItem[] = [];
  const walk = (items: readonly QuestionnaireItem[] | undefined, scope: Step[], base: string) => {
    (items ?? []).forEach((item, i) => {
      const path = `${base}item[${i}]`;
      const own = [...scope, ...variables(item.extension, `${path}.`)];
      (item.extension ?? []).forEach((extension, e) => {
        const expression = extension.valueExpression?.expression;
        if (extension.url !== CALCULATED_EXPRESSION || !expression) return;
        const expressionPath = `${path}.extension[${e}]`;
        found.push({ linkId: item.linkId, path, expressionPath, expression, steps: [...own, { path: expressionPath, expression, run: compile(expressionPath, expression) }] });
      });
      walk(item.item, own, `${path}.`);
    });
  };
  walk(questionnaire.item, variables(questionnaire.extension, ''), '');
  return found;
}

/**
 * The value of one calculated item on `response`, with %questionnaire and %resource as SDC
 * defines them. Throws ExpressionError when evaluation fails (a function FHIRPath does not have,
 * such as SDC's answers(), or a weight that needs a terminology server: imports make no calls).
 */
export function evaluateCalculatedItem(calculated: CalculatedItem, questionnaire: Questionnaire, response: QuestionnaireResponse): number | null {
  const env: Record<string, unknown> = { questionnaire, resource: response };
  let result: unknown[] = [];
  for (const step of calculated.steps) {
    try {
      result = step.run(response, env);
    } catch (error) {
      throw new ExpressionError(step.path, step.expression, (error as Error).message);
    }
    if (result.some((v) => v instanceof Promise)) {
      throw new ExpressionError(step.path, step.expression, 'it needs a terminology server to find a weight');
    }
    if (step.name) env[step.name] = result;
  }
  const [value] = result;
  if (typeof value === 'number') return value;
  // a quantity item's total is a Quantity: its value is the score
  const quantity = (value as { value?: unknown } | undefined)?.value;
  return typeof quantity === 'number' ? quantity : null;
}

/**
 * Evaluates each calculatedExpression of `questionnaire` against `response`. For checking and
 * interoperability: Tend's scores come from the pack's declaration, and a total stored in a
 * response is never read.
 */
export function evaluateCalculatedItems(questionnaire: Questionnaire, response: QuestionnaireResponse): CalculatedValue[] {
  return compileCalculatedItems(questionnaire).map((c) => ({ linkId: c.linkId, value: evaluateCalculatedItem(c, questionnaire, response) }));
}

function variables(extensions: Extension[] | undefined, base: string): Step[] {
  const steps: Step[] = [];
  (extensions ?? []).forEach((variable, e) => {
    if (variable.url !== VARIABLE) return;
    const { name, expression, language } = variable.valueExpression ?? {};
    // a CQL or x-fhir-query variable is not FHIRPath: an expression that uses it fails by name
    if (!name || !expression || (language && language !== 'text/fhirpath')) return;
    const path = `${base}extension[${e}]`;
    steps.push({ name, path, expression, run: compile(path, expression) });
  });
  return steps;
}

function compile(path: string, expression: string): Compiled {
  try {
    return fhirpath.compile(expression, r4) as unknown as Compiled;
  } catch (error) {
    throw new ExpressionError(path, expression, (error as Error).message);
  }
}
