import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-data.js';
import { expectNoAxeViolations, launchBrowser, newPage, signInAs } from './support/browser.js';

/**
 * An organisation's own instrument, end to end: the demo admin imports a PHQ-9 written by LHNCBC's
 * form tools, previews its scores beside the form's own total, marks its self-harm question as
 * calling for support, and publishes it. A worker answers that question and sees support first;
 * a worker of another organisation is never offered it. The admin withdraws it at the end, so
 * other journeys find Tend's instruments as they were.
 */

const PHQ9 = 'PHQ-9 quick depression assessment panel';
const SELF_HARM = 'Thoughts that you would be better off dead, or of hurting yourself in some way';
const ID = 'riverside.phq-9';
const WORKER = 'aoife.lindqvist.10@riverside.example';
const FOREIGN_PASSWORD = 'otter lantern maple harbour';

let browser: Browser;
let admin: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  admin = await newPage(browser);
  await signInAs(admin, 'org_admin');
});
afterAll(() => browser?.close());

const main = (page: Page) => page.locator('main');

async function signInWith(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

async function checkInChoices(page: Page): Promise<string[]> {
  await page.goto('/me/wellbeing/check-in');
  const select = page.getByLabel('Which check-in would you like to do?');
  await select.waitFor();
  return select.locator('option').allTextContents();
}

describe("an organisation's own instrument", () => {
  it('the admin imports a FHIR Questionnaire as a draft and reads what it left out', async () => {
    await admin.goto('/admin/instruments');
    await main(admin).getByRole('heading', { name: "Your organisation's own instruments" }).waitFor();
    await expectNoAxeViolations(admin, 'admin → instruments with the import form');
    const file = await readFile('src/modules/instruments/fhir/test-data/lforms-R4-phq9.questionnaire.json');
    await admin.getByLabel('FHIR Questionnaire file (JSON)').last().setInputFiles({ name: 'phq9.json', mimeType: 'application/json', buffer: file });
    await admin.getByLabel('Id to give it (optional)').fill(ID);
    await admin.getByRole('button', { name: 'Import as a draft' }).click();
    await admin.getByRole('heading', { level: 1, name: PHQ9 }).waitFor();
    await main(admin).getByText(`${ID} 1.0.0 is a draft`).first().waitFor();
    await main(admin).getByText(/linkId "\/69722-7", type "choice"\): not scored/).waitFor();
    await expectNoAxeViolations(admin, 'admin → draft instrument');
  });

  it('previews Tend’s score beside the form’s own total, marks the self-harm question, and publishes', async () => {
    const preview = main(admin).getByRole('region', { name: 'Try the scoring' });
    for (let n = 1; n <= 9; n++) await preview.getByLabel(new RegExp(`^${n} of 9\\. `)).selectOption({ label: 'More than half the days' });
    await preview.getByRole('button', { name: 'Score these answers' }).click();
    await preview.getByText('Patient health questionnaire 9 item total score: 18 (from 9 of 9 questions)').waitFor();
    await preview.getByText('Patient health questionnaire 9 item total score: 18', { exact: true }).waitFor();
    await expectNoAxeViolations(admin, 'admin → preview');

    await admin.getByLabel(`Calls for support: ${SELF_HARM}`).selectOption({ label: 'From “Several days” upwards' });
    await admin.getByRole('button', { name: 'Save the safety questions' }).click();
    await main(admin).getByText('The safety questions are saved.').waitFor();

    await admin.getByRole('button', { name: 'Offer it to our workers' }).click();
    const dialog = admin.getByRole('alertdialog', { name: 'Offer this instrument to your workers?' });
    await dialog.getByRole('button', { name: 'Offer it to our workers' }).click();
    await main(admin).getByText('It is now offered to your workers.').waitFor();
    await main(admin).getByText('Calls for support from “Several days” upwards.').waitFor();
    await expectNoAxeViolations(admin, 'admin → published instrument');
  });

  it('a worker answers the self-harm question and sees support first, whatever the total', async () => {
    const worker = await newPage(browser);
    await signInWith(worker, WORKER, DEMO_PASSWORD);
    expect(await checkInChoices(worker)).toContain(PHQ9);
    await worker.getByLabel('Which check-in would you like to do?').selectOption({ label: PHQ9 });
    await main(worker)
      .getByRole('group', { name: new RegExp(`^9 of 9\\. ${SELF_HARM}`) })
      .getByRole('radio', { name: 'Several days', exact: true })
      .check();
    await worker.getByRole('button', { name: 'Save my check-in' }).click();
    const support = main(worker).getByRole('region', { name: "You don't have to hold this on your own" });
    await support.waitFor();
    // first on the page, and where the keyboard is
    await expect(support.evaluate((el) => (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === el)).resolves.toBe(true);
    await support.getByText('Crisis line').first().waitFor();
    // one of nine answered: the form's own total counts the rest as 0, and the result says so
    // words before numbers: the score is there on request
    await main(worker).getByText('Show the numbers').first().click();
    await main(worker).getByText('Your score: 1 (from 1 of 9 questions; a question left unanswered adds nothing).').waitFor();
    await expectNoAxeViolations(worker, 'worker → result with support first');

    await main(worker).getByRole('link', { name: 'How this check-in is scored' }).click();
    await main(worker).getByRole('heading', { level: 1, name: `How ${PHQ9} is scored` }).waitFor();
    await main(worker).getByText('With at least 1 of the 9 answered, a question you left adds nothing to the score.', { exact: false }).waitFor();
    await main(worker).getByText(/^This rule comes from: .*, its own calculated total\.$/).waitFor();
    await expectNoAxeViolations(worker, 'worker → how a check-in is scored');
  });

  it("another organisation's worker is never offered it", async () => {
    const foreign = await newPage(browser);
    await foreign.goto(inject('otherOrgInvitation').replace(/^https?:\/\/[^/]+/, ''));
    await foreign.getByLabel('New password').fill(FOREIGN_PASSWORD);
    await foreign.getByRole('button', { name: 'Set my password' }).click();
    await foreign.getByRole('button', { name: 'Sign in' }).waitFor();
    await signInWith(foreign, 'fox@elsewhere.example', FOREIGN_PASSWORD);
    const choices = await checkInChoices(foreign);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices).not.toContain(PHQ9);
    const response = await foreign.evaluate(async (id) => (await fetch(`/api/v1/instruments/${id}/questionnaire.json`)).status, ID);
    expect(response).toBe(404);
  });

  it('the admin withdraws it: workers are no longer offered it', async () => {
    await admin.getByRole('button', { name: 'Stop offering it' }).click();
    await admin.getByRole('alertdialog', { name: 'Stop offering this instrument?' }).getByRole('button', { name: 'Stop offering it' }).click();
    await main(admin).getByText('It is no longer offered.').waitFor();
    const worker = await newPage(browser);
    await signInWith(worker, WORKER, DEMO_PASSWORD);
    expect(await checkInChoices(worker)).not.toContain(PHQ9);
  });
});
