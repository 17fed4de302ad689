import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signInAs } from './support/browser.js';

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

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const open = async (page: Page, navName: string) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: navName, exact: true }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
};

describe('a self-assessment becomes an agreed plan (demo worker and their line manager)', () => {
  it('the worker reads who will see it, answers some questions (skipping others) and hands it in', async () => {
    await open(worker, 'My self-assessment and plan');
    await worker.locator('main').getByText('You, your line manager and your organisation\'s admins.').waitFor();
    await expectNoAxeViolations(worker, 'worker → self-assessment (empty)');
    await worker.getByLabel('What is your role in the service?').fill('Community nurse visiting families at home');
    await worker.getByLabel('Which practice level fits your role and your service best?').selectOption('skilled');
    await worker.getByLabel('Where are your strengths, in knowledge and in skills?').fill('Building trust with families');
    await worker.getByRole('button', { name: 'Hand in to my manager' }).click();
    await worker.locator('main').getByText('Your self-assessment is with your manager.').waitFor();
    await expectNoAxeViolations(worker, 'worker → self-assessment (handed in)');
  });

  it('the line manager sees it in their list, writes the plan with two goals and confirms', async () => {
    await open(supervisor, 'Development plans');
    const row = supervisor.getByRole('row', { name: /Aisha Rahman/ }).filter({ hasText: 'Ready to talk through' });
    await row.waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → development plans');

    await row.getByRole('link', { name: 'Aisha Rahman' }).click();
    await supervisor.getByRole('heading', { level: 1, name: 'Plan with Aisha Rahman' }).waitFor();
    await supervisor.locator('main').getByText('Building trust with families').waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → plan with Aisha');

    await supervisor.getByLabel('Goal 1', { exact: true }).fill('Learn grounding techniques for home visits');
    await supervisor.getByLabel('Expected outcome of goal 1').fill('Uses grounding with families in distress');
    // keyboard only: the add button, then straight on to the new row's field
    await supervisor.getByRole('button', { name: 'Add a goal' }).focus();
    await supervisor.keyboard.press('Enter');
    await supervisor.getByLabel('Goal 2', { exact: true }).fill('Shadow the specialist team for a day');
    await supervisor.getByLabel('Support, coaching and supervision').fill('Monthly reflective supervision with Daniel');
    await supervisor.getByLabel('Review date').fill(inDays(10));
    await supervisor.getByRole('button', { name: 'Save plan' }).click();
    await supervisor.locator('main').getByText('The plan is saved.').first().waitFor();

    await supervisor.getByRole('button', { name: 'Confirm version 1' }).click();
    await supervisor.locator('main').getByText('It is agreed once the person confirms it too.').waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → plan confirmed on their side');
  });

  it('the worker sees the plan, with its review coming up, and confirms: it is agreed for both', async () => {
    await worker.reload();
    await worker.getByRole('heading', { level: 1 }).waitFor();
    await worker.locator('main').getByText('Learn grounding techniques for home visits').waitFor();
    await worker.locator('main').getByText(/Review coming up on/).first().waitFor();
    await worker.getByRole('button', { name: 'Confirm version 1' }).click();
    await worker.locator('main').getByText('Version 1 is agreed: you have both confirmed it.').waitFor();
    await expectNoAxeViolations(worker, 'worker → plan agreed');

    await open(supervisor, 'Development plans');
    const row = supervisor.getByRole('row', { name: /Aisha Rahman/ }).filter({ hasText: /Agreed.*Review coming up on/ });
    await row.waitFor();
    await row.getByRole('link', { name: 'Aisha Rahman' }).click();
    await supervisor.locator('main').getByText('Version 1 is agreed: you have both confirmed it.').waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → plan agreed');
  });

  it('a later change starts version 2; version 1 stays readable as agreed', async () => {
    await supervisor.getByLabel('Support, coaching and supervision').fill('Fortnightly reflective supervision with Daniel');
    await supervisor.getByRole('button', { name: 'Save plan' }).click();
    await supervisor.getByRole('button', { name: 'Confirm version 2' }).waitFor();
    const earlier = supervisor.getByRole('region', { name: 'Earlier versions' });
    await earlier.getByText(/Version 1, last changed .* — Agreed/).click();
    await earlier.getByText('Monthly reflective supervision with Daniel').waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → version 2 with version 1 open');
  });
});
