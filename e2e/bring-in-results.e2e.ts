import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-data.js';
import { expectNoAxeViolations, launchBrowser, newPage, openPlace } from './support/browser.js';

/**
 * A demo worker, Tomás Kim, brings two past results from another app into his well-being space:
 * he is told first that only he will see them, chooses the STS self-check and a file of two FHIR
 * QuestionnaireResponses (one carrying a total its answers do not give), reads the preview, brings
 * them in and finds them in his results, marked as brought in. axe on every page. He is not the
 * worker other journeys use, so their spaces stay as they expect.
 */

const WORKER = 'tomas.kim.13@riverside.example';
const STS = 'How you are doing: signs of secondary traumatic stress';
const ANSWER_SYSTEM = 'https://tend.local/fhir/CodeSystem/answer-value';

/** A response to the STS self-check from another app: every question answered `value`, in Tend's codes. */
const response = (id: string, authored: string, value: number, storedTotal?: number) => ({
  resourceType: 'QuestionnaireResponse',
  id,
  status: 'completed',
  questionnaire: 'https://tend.local/fhir/Questionnaire/tend.sts-self-check|1.0.0',
  authored,
  item: [
    ...Array.from({ length: 10 }, (_, i) => ({ linkId: `sts.${i + 1}`, answer: [{ valueCoding: { system: ANSWER_SYSTEM, code: String(value) } }] })),
    ...(storedTotal === undefined ? [] : [{ linkId: 'total', answer: [{ valueInteger: storedTotal }] }]),
  ],
});
const FILE = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: response('other-app-1', '2025-03-10', 1) }, { resource: response('other-app-2', '2025-04-14T18:00:00Z', 2, 25) }] };

let browser: Browser;
let worker: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  worker = await newPage(browser);
  await worker.goto('/sign-in');
  await worker.getByLabel('Email').fill(WORKER);
  await worker.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await worker.getByRole('button', { name: 'Sign in' }).click();
  await worker.getByRole('navigation', { name: 'Main' }).waitFor();
});
afterAll(() => browser?.close());

// a hidden live region repeats messages: read the page's own content only
const main = (page: Page) => page.locator('main');

describe('bringing past results in', () => {
  it('is found from My well-being data, and says who will see the results before anything is chosen', async () => {
    await openPlace(worker, 'My well-being data');
    await main(worker).getByRole('link', { name: 'Bring in past results from another app' }).click();
    await worker.getByRole('heading', { level: 1, name: 'Bring in past results' }).waitFor();
    await main(worker).getByText(/Only you\. Results you bring in stay in your private space/).waitFor();
    await worker.waitForLoadState('networkidle');
    await expectNoAxeViolations(worker, 'worker → bring in past results');
  });

  it('names what is missing at its field, then previews the file: each result with its day and scores, a wrong total noted, nothing stored yet', async () => {
    // keyboard only: the check button, with nothing chosen, names both fields
    await worker.getByRole('button', { name: 'Check the file' }).focus();
    await worker.keyboard.press('Enter');
    await main(worker).getByText('Choose the questionnaire the results are for.').first().waitFor();
    await expect(worker.getByLabel('Which questionnaire the results are for').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectNoAxeViolations(worker, 'worker → bring in, fields named');

    await worker.getByLabel('Which questionnaire the results are for').selectOption({ label: STS });
    await worker.getByLabel('File of past results').setInputFiles({ name: 'other-app.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(FILE)) });
    await worker.getByRole('button', { name: 'Check the file' }).click();
    const preview = main(worker).getByRole('region', { name: 'What the file holds' });
    await preview.getByText('The file holds 2 results: 2 new, 0 skipped. Nothing has been saved yet.').waitFor();
    const rows = preview.getByRole('row');
    await rows.filter({ hasText: 'entry[0].resource' }).getByText('Ready to bring in').waitFor();
    const second = rows.filter({ hasText: 'entry[1].resource' });
    await second.getByText(/: 20 \(/).waitFor();
    await second.getByText('Noted: "total": the response says 25; its answers give 20').waitFor();
    await expectNoAxeViolations(worker, 'worker → bring in, preview');
  });

  it('brings them in, and they appear in his results marked as brought in', async () => {
    await worker.getByRole('button', { name: 'Bring in 2 results' }).click();
    await main(worker).getByRole('heading', { name: '2 results brought in' }).waitFor();
    await expectNoAxeViolations(worker, 'worker → bring in, done');
    await main(worker).getByRole('link', { name: 'See my results over time' }).click();
    await worker.getByRole('heading', { level: 1, name: 'My results over time' }).waitFor();
    const results = main(worker).getByRole('region', { name: STS });
    await results.getByText(/\(brought in\)/).first().waitFor();
    expect(await results.getByText(/\(brought in\)/).count()).toBe(2);
    await worker.waitForLoadState('networkidle');
    await expectNoAxeViolations(worker, 'worker → results with brought-in check-ins');
  });
});
