import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signInAs } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const openPage = async (page: Page, path: string, label: string) => {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page, label);
};

/** The supervisor's row for the demo worker: the text of its "Level completed" cell. */
async function workerCompletedLevel(page: Page): Promise<string> {
  await page.goto('/team/coverage');
  const row = page.getByRole('row', { name: /Aisha Rahman/ });
  await row.waitFor();
  return ((await row.getByRole('cell').nth(2).textContent()) ?? '').trim();
}

describe('training', () => {
  it('a worker records learning on My development and the supervisor sees their team coverage change', async () => {
    const supervisor = await newPage(browser);
    await signInAs(supervisor, 'supervisor');
    const before = await workerCompletedLevel(supervisor);
    expect(before).toBe('None yet');
    await expectNoAxeViolations(supervisor, '/team/coverage');

    const worker = await newPage(browser);
    await signInAs(worker, 'worker');
    await worker.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My development', exact: true }).click();
    await worker.getByRole('heading', { level: 1, name: 'My development' }).waitFor();
    await worker.waitForLoadState('networkidle');
    await expectNoAxeViolations(worker, '/me/development');

    // keyboard only: every field is reached and filled through its label
    await worker.getByLabel('Course', { exact: true }).selectOption({ label: 'Other learning' });
    await worker.getByLabel('What was the learning?').fill('Trauma-informed practice workshop');
    await worker.getByLabel('Hours of learning').fill('3');
    await worker.getByRole('checkbox', { name: 'Trauma-informed' }).check();
    await worker.getByRole('button', { name: 'Save to my record' }).press('Enter');
    await worker.getByRole('row', { name: /Trauma-informed practice workshop/ }).waitFor();
    await expect(worker.getByTestId('my-completed').textContent()).resolves.toBe('Trauma-informed');
    await expectNoAxeViolations(worker, '/me/development after recording');

    expect(await workerCompletedLevel(supervisor)).toBe('Trauma-informed');
  });

  it('the admin pages pass axe: catalogue with quality review, training import with its problems, coverage over time', async () => {
    const admin = await newPage(browser);
    await signInAs(admin, 'org_admin');
    await openPage(admin, '/admin/courses', '/admin/courses');
    await admin.getByLabel('Title').fill('Foundations of trauma-informed care');
    await admin.getByLabel('Provider').fill('Riverside learning team');
    await admin.getByRole('checkbox', { name: 'Trauma-informed' }).check();
    await admin.getByLabel('Hours', { exact: true }).fill('3');
    await admin.getByRole('textbox', { name: 'Language' }).fill('English');
    await admin.getByRole('button', { name: 'Add course' }).click();
    await admin.getByRole('button', { name: 'Review quality of Foundations of trauma-informed care' }).click();
    await admin.getByRole('heading', { name: /Quality review/ }).waitFor();
    await expectNoAxeViolations(admin, '/admin/courses quality review');

    await openPage(admin, '/admin/training-import', '/admin/training-import');
    await admin.getByLabel('Or paste the CSV text').fill('email,title,completed_on,hours\nworker@riverside.example,Reading group,2025-02-30,1\nnobody@example.org,Walk,2025-01-01,-1\n');
    await admin.getByRole('radio', { name: /Year first/ }).check();
    await admin.getByRole('button', { name: 'Check the file' }).click();
    await admin.getByRole('table', { name: '2 rows need attention' }).waitFor();
    expect(await admin.getByRole('rowheader').allTextContents()).toEqual(['Line 2', 'Line 3']);
    await expectNoAxeViolations(admin, '/admin/training-import preview');

    await openPage(admin, '/admin/coverage', '/admin/coverage');
    await admin.getByRole('img', { name: /Share of placed people/ }).waitFor();
    expect(await admin.getByRole('table', { name: 'Coverage at each month end' }).getByRole('row').count()).toBe(13);
  });
});
