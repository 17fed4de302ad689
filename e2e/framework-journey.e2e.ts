import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, openPlace, signInAs } from './support/browser.js';

/**
 * The practice framework from end to end, in the demo organisation: the admin places the Adult
 * Community Health service at the skilled level; Aisha Rahman (the demo worker, a nurse in its
 * District Nursing team) completes her self-assessment; Daniel Reyes, her line manager, agrees
 * the plan; she records a course; his team coverage view follows each step. axe on every page.
 * Other journeys use the same running Tend, so this one leaves Aisha's training as it found it.
 */

let browser: Browser;
let admin: Page;
let worker: Page;
let supervisor: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  [admin, worker, supervisor] = await Promise.all([newPage(browser), newPage(browser), newPage(browser)]);
  await signInAs(admin, 'org_admin');
  await signInAs(worker, 'worker');
  await signInAs(supervisor, 'supervisor');
});
afterAll(() => browser?.close());

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const main = (page: Page) => page.locator('main');

/** Opens a page from the navigation and waits for its own heading and data. */
async function open(page: Page, navName: string, title: string | RegExp) {
  await openPlace(page, navName);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.waitForLoadState('networkidle');
}

/**
 * Aisha's row on her manager's coverage page — level asked, level completed, where she is —
 * read until it shows what is expected (the page may first show what it fetched before).
 */
async function expectAishaCoverage(expected: { asked: string; completed: string; status: string }) {
  // a fresh load each time (the manager may already be on the page)
  await supervisor.goto('/team/coverage');
  await supervisor.getByRole('heading', { level: 1, name: 'Training coverage of my team' }).waitFor();
  const cells = supervisor.getByRole('row', { name: /Aisha Rahman/ }).getByRole('cell');
  const text = async (n: number) => ((await cells.nth(n).textContent()) ?? '').trim();
  await expect.poll(async () => ({ asked: await text(1), completed: await text(2), status: await text(3) }), { timeout: 15_000 }).toEqual(expected);
}

describe('practice framework journey: place, self-assess, agree a plan, train, see coverage', () => {
  it('the admin places the Adult Community Health service at the skilled level', async () => {
    await open(admin, 'Practice levels of teams', /^Place a team/);
    await admin.getByLabel('Service or team').selectOption({ label: 'Adult Community Health' });
    await admin.getByText('Question 1 of 2').waitFor();
    await expectNoAxeViolations(admin, 'admin → placement, question 1');
    await admin.getByRole('radio', { name: 'No', exact: true }).check();
    await admin.getByRole('button', { name: 'Next' }).click();
    await admin.getByText('Question 2 of 2').waitFor();
    await admin.getByRole('radio', { name: 'Yes', exact: true }).check();
    await admin.getByRole('button', { name: 'Next' }).click();
    await main(admin).getByText('These answers point to the Trauma-skilled level, because:').waitFor();
    await admin.getByRole('button', { name: 'Confirm and record' }).click();
    await main(admin).getByText('Adult Community Health is now placed at Trauma-skilled.').first().waitFor();
    await expectNoAxeViolations(admin, 'admin → placement recorded');
  });

  it("the manager's coverage view now asks Aisha for the skilled level, not yet completed", async () => {
    await expectAishaCoverage({ asked: 'Trauma-skilled', completed: 'None yet', status: 'Still learning' });
    await expectNoAxeViolations(supervisor, 'supervisor → team coverage before training');
  });

  it('the worker reads who will see her self-assessment, answers some questions (skipping others) and hands it in', async () => {
    await open(worker, 'My self-assessment and plan', /self-assessment/i);
    await main(worker).getByText("You, your line manager and your organisation's admins.").waitFor();
    await expectNoAxeViolations(worker, 'worker → self-assessment (empty)');
    await worker.getByLabel('What is your role in the service?').fill('Community nurse visiting families at home');
    await worker.getByLabel('Which practice level fits your role and your service best?').selectOption('skilled');
    await worker.getByLabel('Where are your strengths, in knowledge and in skills?').fill('Building trust with families');
    await worker.getByRole('button', { name: 'Hand in to my manager' }).click();
    await main(worker).getByText('Your self-assessment is with your manager.').waitFor();
    await expectNoAxeViolations(worker, 'worker → self-assessment (handed in)');
  });

  it('her line manager writes the plan with two goals and confirms', async () => {
    await open(supervisor, 'Development plans', 'Development plans');
    const row = supervisor.getByRole('row', { name: /Aisha Rahman/ }).filter({ hasText: 'Ready to talk through' });
    await row.waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → development plans');
    await row.getByRole('link', { name: 'Aisha Rahman' }).click();
    await supervisor.getByRole('heading', { level: 1, name: 'Plan with Aisha Rahman' }).waitFor();
    await main(supervisor).getByText('Building trust with families').waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → plan with Aisha');

    await supervisor.getByLabel('Goal 1', { exact: true }).fill('Complete the trauma-skilled course');
    await supervisor.getByLabel('Expected outcome of goal 1').fill('Uses grounding with families in distress');
    // keyboard only: the add button, then straight on to the new row's field
    await supervisor.getByRole('button', { name: 'Add a goal' }).focus();
    await supervisor.keyboard.press('Enter');
    await supervisor.getByLabel('Goal 2', { exact: true }).fill('Shadow the specialist team for a day');
    await supervisor.getByLabel('Support, coaching and supervision').fill('Monthly reflective supervision with Daniel');
    await supervisor.getByLabel('Review date').fill(inDays(10));
    await supervisor.getByRole('button', { name: 'Save plan' }).click();
    await main(supervisor).getByText('The plan is saved.').first().waitFor();
    await supervisor.getByRole('button', { name: 'Confirm version 1' }).click();
    await main(supervisor).getByText('It is agreed once the person confirms it too.').waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → plan confirmed on their side');
  });

  it('the worker confirms too: the plan is agreed for both, with its review coming up', async () => {
    await worker.reload();
    await worker.getByRole('heading', { level: 1 }).waitFor();
    await main(worker).getByText('Complete the trauma-skilled course').waitFor();
    await main(worker).getByText(/Review coming up on/).first().waitFor();
    await worker.getByRole('button', { name: 'Confirm version 1' }).click();
    await main(worker).getByText('Version 1 is agreed: you have both confirmed it.').waitFor();
    await expectNoAxeViolations(worker, 'worker → plan agreed');

    await open(supervisor, 'Development plans', 'Development plans');
    await supervisor.getByRole('row', { name: /Aisha Rahman/ }).filter({ hasText: /Agreed.*Review coming up on/ }).waitFor();
  });

  it('the worker records a course covering the informed and skilled levels', async () => {
    await open(worker, 'My development', 'My development');
    await expectNoAxeViolations(worker, 'worker → my development');
    await worker.getByLabel('Course', { exact: true }).selectOption({ label: 'Other learning' });
    await worker.getByLabel('What was the learning?').fill('Trauma-skilled practice course');
    await worker.getByLabel('Hours of learning').fill('12');
    await worker.getByRole('checkbox', { name: 'Trauma-informed' }).check();
    await worker.getByRole('checkbox', { name: 'Trauma-skilled' }).check();
    await worker.getByRole('button', { name: 'Save to my record' }).press('Enter');
    await worker.getByRole('row', { name: /Trauma-skilled practice course/ }).waitFor();
    await expect(worker.getByTestId('my-completed').textContent()).resolves.toBe('Trauma-skilled');
    await expectNoAxeViolations(worker, 'worker → my development after recording');
  });

  it("the manager's coverage view changes: Aisha has completed the level asked of her", async () => {
    await expectAishaCoverage({ asked: 'Trauma-skilled', completed: 'Trauma-skilled', status: 'Completed' });
    await expectNoAxeViolations(supervisor, 'supervisor → team coverage after training');
  });

  it('the worker removes the record after confirming, and the coverage view follows', async () => {
    await worker.getByRole('button', { name: /^Remove Trauma-skilled practice course, completed/ }).press('Enter');
    const dialog = worker.getByRole('alertdialog', { name: 'Remove this training record?' });
    await dialog.waitFor();
    await expectNoAxeViolations(worker, 'worker → remove dialog');
    await dialog.getByRole('button', { name: 'Remove record' }).press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expect(worker.getByTestId('my-completed').textContent()).resolves.toBe('None yet');
    await expectAishaCoverage({ asked: 'Trauma-skilled', completed: 'None yet', status: 'Still learning' });
  });

  it('a later change to the plan starts version 2; version 1 stays readable as agreed', async () => {
    await open(supervisor, 'Development plans', 'Development plans');
    await supervisor.getByRole('row', { name: /Aisha Rahman/ }).getByRole('link', { name: 'Aisha Rahman' }).click();
    await supervisor.getByRole('heading', { level: 1, name: 'Plan with Aisha Rahman' }).waitFor();
    await supervisor.getByLabel('Support, coaching and supervision').fill('Fortnightly reflective supervision with Daniel');
    await supervisor.getByRole('button', { name: 'Save plan' }).click();
    await supervisor.getByRole('button', { name: 'Confirm version 2' }).waitFor();
    const earlier = supervisor.getByRole('region', { name: 'Earlier versions' });
    await earlier.getByText(/Version 1, last changed .* — Agreed/).click();
    await earlier.getByText('Monthly reflective supervision with Daniel').waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → version 2 with version 1 open');
  });
});
