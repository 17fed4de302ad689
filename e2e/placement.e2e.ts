import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, openPlace, signInAs } from './support/browser.js';

let browser: Browser;
let worker: Page;
let supervisor: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  worker = await newPage(browser);
  supervisor = await newPage(browser);
  await signInAs(worker, 'worker');
  await signInAs(supervisor, 'supervisor');
});
afterAll(() => browser?.close());

/** Opens a page from the navigation and waits for its own heading (the last page's heading may still be there). */
const open = async (page: Page, navName: string, title: string) => {
  await openPlace(page, navName);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.waitForLoadState('networkidle');
};

describe('placing a team at a practice level (demo supervisor and a worker in the team)', () => {
  it('everyone can read the framework, starting with informed', async () => {
    await open(worker, 'Practice framework', 'Practice framework');
    await worker.getByRole('heading', { name: 'Level 2: Trauma-skilled' }).waitFor();
    await expectNoAxeViolations(worker, 'worker → framework');
  });

  it('the supervisor answers the questions one at a time and records the suggested level', async () => {
    await open(supervisor, 'Practice levels of teams', 'Place a team, service or person');
    await expectNoAxeViolations(supervisor, 'supervisor → placement (no unit chosen)');
    await supervisor.getByLabel('Service or team').selectOption({ label: 'Adult Community Health › District Nursing' });
    await supervisor.getByText('Question 1 of 2').waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → placement, question 1');
    await supervisor.getByRole('radio', { name: 'No', exact: true }).check();
    await supervisor.getByRole('button', { name: 'Next' }).click();
    await supervisor.getByText('Question 2 of 2').waitFor();
    await supervisor.getByRole('radio', { name: 'Yes', exact: true }).check();
    await supervisor.getByRole('button', { name: 'Next' }).click();
    await supervisor.getByText('These answers point to the Trauma-skilled level, because:').waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → placement, result');
    await supervisor.getByRole('button', { name: 'Confirm and record' }).click();
    await supervisor.locator('.notice-success', { hasText: 'District Nursing is now placed at Trauma-skilled.' }).waitFor();
    await supervisor.getByText('Current level: Trauma-skilled.').waitFor();
    await supervisor.getByText('recorded by Daniel Reyes', { exact: false }).waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → placement, recorded');
  });

  it('a worker in the team sees the level on their own page, and where it comes from', async () => {
    await open(worker, 'My practice level', 'My practice level');
    await expect(worker.locator('.big-level').textContent()).resolves.toBe('Trauma-skilled');
    await worker.getByText('This level comes from your service or team: District Nursing.').waitFor();
    await expectNoAxeViolations(worker, 'worker → my level');
  });

  it('the supervisor opens the training needs page for their team', async () => {
    await open(supervisor, 'Training needs', 'Training needs');
    await supervisor.getByLabel('Service or team').selectOption({ label: 'Adult Community Health › District Nursing' });
    await supervisor.getByRole('heading', { name: 'Earlier assessments' }).waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → training needs');
    await supervisor.getByRole('button', { name: 'Save assessment' }).click();
    await supervisor.getByText('No gap', { exact: false }).or(supervisor.getByText('Training to cover', { exact: false })).first().waitFor();
  });

  it('the supervisor places one of their direct reports on their own, over the level of the team', async () => {
    // Tariq Kowalski reports to Daniel Reyes in District Nursing; the demo worker (Aisha) is left as she is
    await open(supervisor, 'Practice levels of teams', 'Place a team, service or person');
    const main = supervisor.locator('main');
    await supervisor.getByRole('radio', { name: 'One person' }).check();
    await supervisor.getByLabel('Person', { exact: true }).waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → placement, one person (none chosen)');
    await supervisor.getByLabel('Person', { exact: true }).selectOption({ label: 'Tariq Kowalski, District Nurse' });
    await supervisor.getByRole('heading', { name: 'Level for Tariq Kowalski' }).waitFor();
    await main.getByText('Current level: Trauma-skilled. It comes from their service or team: District Nursing.').waitFor();
    await main.getByText('What you record here applies only to Tariq Kowalski.', { exact: false }).waitFor();
    await main.getByText('Question 1 of 2').waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → placement, Tariq Kowalski, question 1');
    await supervisor.getByRole('radio', { name: 'Yes', exact: true }).check();
    await supervisor.getByRole('button', { name: 'Next' }).click();
    await main.getByText('Question 2 of 2').waitFor();
    await supervisor.getByRole('radio', { name: 'Yes', exact: true }).check();
    await supervisor.getByRole('button', { name: 'Next' }).click();
    await main.getByText('Question 3 of 3').waitFor();
    await supervisor.getByRole('radio', { name: 'No', exact: true }).check();
    await supervisor.getByRole('button', { name: 'Next' }).click();
    await main.getByText('These answers point to the Trauma-enhanced level, because:').waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → placement, Tariq Kowalski, result');
    await supervisor.getByRole('button', { name: 'Confirm and record' }).click();
    await main.locator('.notice-success', { hasText: 'Tariq Kowalski is now placed at Trauma-enhanced, a level of their own.' }).waitFor();
    await main.getByText('Current level: Trauma-enhanced. It was recorded for Tariq Kowalski personally.').waitFor();
    await main.getByRole('region', { name: 'Earlier decisions' }).getByText('recorded by Daniel Reyes', { exact: false }).waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → placement, Tariq Kowalski, recorded');
  });
});
