import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Questionnaire, QuestionnaireResponse } from './fhir-types.js';
import { formResponseFromAnswers } from './form-response.js';
import { formTotalsIsolated, readQuestionnaireIsolated } from './isolated.js';

const phq9 = JSON.parse(readFileSync(new URL('./test-data/lforms-R4-phq9.questionnaire.json', import.meta.url), 'utf8')) as Questionnaire;

// a worker thread starts tsx before it evaluates anything: on a loaded machine that alone can take
// seconds, so these tests allow more than the default 5 s (the budget under test is the worker's own)
describe("a form's own FHIRPath, evaluated in a worker with a budget", { timeout: 30_000 }, () => {
  it('reads a form as questionnaireToPack does, and evaluates its totals', async () => {
    const read = await readQuestionnaireIsolated(phq9);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.pack.body.scales).toHaveLength(1);
    expect(read.itemOf).toBeInstanceOf(Map);
    const answers = Object.fromEntries(read.pack.body.items.map((item) => [item.id, 2]));
    expect((await formTotalsIsolated(phq9, formResponseFromAnswers(phq9, read, answers))).map((t) => t.value)).toEqual([18]);
  });

  it('refuses a form whose expressions outrun the budget, saying so, and gives no total for a preview that does', async () => {
    // proving the PHQ-9's total takes hundreds of evaluations: far more than 50 ms anywhere
    const read = await readQuestionnaireIsolated(phq9, { timeoutMs: 50, memoryMb: 256 });
    expect(read).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^evaluating the form's own expressions to read its totals took longer than 0\.05 seconds, so Tend stopped/)],
      notes: [],
    });
    const totalOf = (expression: string): Questionnaire => ({
      resourceType: 'Questionnaire',
      status: 'active',
      item: [{ linkId: 'total', type: 'decimal', text: 'Total', extension: [{ url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression', valueExpression: { language: 'text/fhirpath', expression } }] }],
    });
    const empty: QuestionnaireResponse = { resourceType: 'QuestionnaireResponse', status: 'completed', item: [] };
    const budget = { timeoutMs: 3_000, memoryMb: 128 };
    // the same shape of expression, small enough to answer within the budget, answers
    expect(await formTotalsIsolated(totalOf(FAST), empty, budget)).toEqual([expect.objectContaining({ linkId: 'total', value: 2420 })]);
    expect(await formTotalsIsolated(totalOf(SLOW), empty, budget)).toEqual([]);
  });
});

/** Each select turns every element into 11: 20 × 11^6 elements before count() answers. */
const FAST = '(0|1|2|3|4|5|6|7|8|9).combine(0|1|2|3|4|5|6|7|8|9).select($this.combine(0|1|2|3|4|5|6|7|8|9)).select($this.combine(0|1|2|3|4|5|6|7|8|9)).count()';
const SLOW = '(0|1|2|3|4|5|6|7|8|9).combine(0|1|2|3|4|5|6|7|8|9).select($this.combine(0|1|2|3|4|5|6|7|8|9)).select($this.combine(0|1|2|3|4|5|6|7|8|9)).select($this.combine(0|1|2|3|4|5|6|7|8|9)).select($this.combine(0|1|2|3|4|5|6|7|8|9)).select($this.combine(0|1|2|3|4|5|6|7|8|9)).select($this.combine(0|1|2|3|4|5|6|7|8|9)).count()';
