import { mkdir } from 'node:fs/promises';
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

describe('training', () => {
  // recording and removing a worker's training, with the manager's coverage view: framework-journey.e2e.ts

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

    // headers no learning system would use: the admin matches them by hand
    await openPage(admin, '/admin/training-import', '/admin/training-import');
    await admin.getByLabel('Or paste the CSV text').fill('Staff member,Learning done,When,Time spent\nworker@riverside.example,Reading group,2025-02-30,1\nnobody@example.org,Walk,2025-01-01,-1\n');
    await admin.getByRole('button', { name: 'Read the file' }).click();
    await admin.getByRole('heading', { name: 'Step 2 of 4: Match columns' }).waitFor();
    await admin.getByRole('button', { name: 'Check the file' }).click();
    const summary = admin.getByRole('alert').filter({ hasText: 'Please check' });
    await summary.getByRole('link', { name: /^Email: Choose the column/ }).waitFor();
    await summary.getByRole('link', { name: /^Title of the learning: Choose the column/ }).waitFor();
    await expectNoAxeViolations(admin, '/admin/training-import columns with problems');
    await admin.getByLabel('Email (required)').selectOption('Staff member');
    await admin.getByLabel('Title of the learning').selectOption('Learning done');
    await admin.getByLabel('Date completed (required)').selectOption('When');
    await admin.getByLabel('Hours', { exact: true }).selectOption('Time spent');
    await admin.getByRole('radio', { name: /Year first/ }).check();
    await admin.getByRole('button', { name: 'Check the file' }).click();
    await admin.getByRole('table', { name: '2 rows need attention' }).waitFor();
    expect(await admin.getByRole('rowheader').allTextContents()).toEqual(['Line 2', 'Line 3']);
    await admin.getByText('Email: Staff member').waitFor();
    await expectNoAxeViolations(admin, '/admin/training-import preview');
    // back to the columns keeps what was chosen
    await admin.getByRole('button', { name: 'Change the columns' }).click();
    await expect(admin.getByLabel('Date completed (required)').inputValue()).resolves.toBe('When');

    await openPage(admin, '/admin/coverage', '/admin/coverage');
    // each chart: a sentence in words above, bars named in words (months in full), a table on request
    const months = admin.getByTestId('coverage-chart');
    await months.getByRole('img', { name: /^Share of placed people who have completed their level, at each month end\. Coverage (rose|fell|stayed)/ }).waitFor();
    expect(await months.locator('.chart-summary').textContent()).toMatch(/^Coverage (rose from \d+% in|fell from \d+% in|stayed at \d+% from) [A-Z][a-z]+ \d{4} (to|to \d+% in) /);
    expect(await months.locator('.bar-label').allTextContents()).toHaveLength(12);
    for (const label of await months.locator('.bar-label').allTextContents()) expect(label).toMatch(/^[A-Z][a-z]+ \d{4}$/);
    const series = months.getByRole('table', { name: 'Coverage at each month end' });
    expect(await series.isVisible()).toBe(false);
    await months.getByText('Show the figures as a table').click();
    expect(await series.getByRole('row').count()).toBe(13);
    const services = admin.getByTestId('services-chart');
    await services.getByRole('img', { name: /^Share of placed people who have completed their level, by service\. / }).waitFor();
    await services.getByText('Show the figures as a table').click();
    const byService = services.getByRole('table', { name: 'Coverage by service' });
    expect(await byService.getByRole('row').count()).toBe((await services.locator('.bar-row').count()) + 1);
    await expectNoAxeViolations(admin, '/admin/coverage with the tables open');

    // on a phone the bars keep their names and figures as text, and nothing scrolls sideways
    await admin.setViewportSize({ width: 390, height: 844 });
    expect(await admin.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const labelSize = await months.locator('.bar-label').first().evaluate((el) => Number.parseFloat((globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(el).fontSize));
    expect(labelSize).toBeGreaterThanOrEqual(12);
    await mkdir('docs/screenshots/wellbeing', { recursive: true });
    await months.screenshot({ path: 'docs/screenshots/wellbeing/coverage-chart-390.png' });
    await admin.setViewportSize({ width: 1280, height: 800 });

    // one unit's people, chosen by the admin
    await admin.getByRole('button', { name: 'Show coverage' }).click();
    await admin.getByText('Choose a service or team first').waitFor();
    await admin.getByLabel('Service or team', { exact: true }).selectOption({ label: 'Adult Community Health › District Nursing' });
    await admin.getByRole('button', { name: 'Show coverage' }).press('Enter');
    await admin.getByText('Coverage of Adult Community Health › District Nursing', { exact: true }).waitFor();
    await admin.getByTestId('unit-coverage').getByRole('row', { name: /Aisha Rahman/ }).waitFor();
    await expectNoAxeViolations(admin, '/admin/coverage with a unit');
  });

  it('an admin sets the yearly development hours and changes a course', async () => {
    const admin = await newPage(browser);
    await signInAs(admin, 'org_admin');

    await openPage(admin, '/admin/organisation', '/admin/organisation');
    const skilled = admin.getByLabel('Trauma-skilled: hours a year');
    const before = await skilled.inputValue();
    await skilled.fill('600');
    await admin.getByRole('button', { name: 'Save hours' }).press('Enter');
    await admin.getByRole('link', { name: /^Trauma-skilled: hours a year: Enter a number of hours from 0 to 500/ }).waitFor();
    await expectNoAxeViolations(admin, '/admin/organisation hours with a problem');
    await skilled.fill('7.5');
    await admin.getByRole('button', { name: 'Save hours' }).press('Enter');
    await admin.locator('.notice-success', { hasText: 'Yearly development hours saved.' }).waitFor();
    await admin.reload();
    await expect(admin.getByLabel('Trauma-skilled: hours a year').inputValue()).resolves.toBe('7.5');
    // put it back as it was for the other journeys
    await admin.getByLabel('Trauma-skilled: hours a year').fill(before);
    await admin.getByRole('button', { name: 'Save hours' }).press('Enter');
    await admin.locator('.notice-success', { hasText: 'Yearly development hours saved.' }).waitFor();

    // how long workers' check-ins are kept: a number of months, then back to "until the worker erases them"
    const retention = admin.getByRole('region', { name: 'How long check-ins are kept' });
    await retention.getByRole('radio', { name: 'deleted for good after a number of months' }).check();
    await retention.getByLabel('Months to keep check-ins').fill('0');
    await retention.getByRole('button', { name: 'Save' }).press('Enter');
    await retention.getByRole('link', { name: /^Months to keep check-ins: Enter a whole number of months from 1 to 600/ }).waitFor();
    await expectNoAxeViolations(admin, '/admin/organisation retention with a problem');
    await retention.getByLabel('Months to keep check-ins').fill('36');
    await retention.getByRole('button', { name: 'Save' }).press('Enter');
    await retention.locator('.notice-success', { hasText: 'The retention period is saved.' }).waitFor();
    await admin.reload();
    const reloaded = admin.getByRole('region', { name: 'How long check-ins are kept' });
    await expect(reloaded.getByLabel('Months to keep check-ins').inputValue()).resolves.toBe('36');
    await reloaded.getByRole('radio', { name: 'kept until the worker erases them' }).check();
    await reloaded.getByRole('button', { name: 'Save' }).press('Enter');
    await reloaded.locator('.notice-success', { hasText: 'The retention period is saved.' }).waitFor();

    await openPage(admin, '/admin/courses', '/admin/courses');
    const add = admin.getByRole('region', { name: 'Add a course' });
    await add.getByLabel('Title').fill('Grounding skills for reception staff');
    await add.getByLabel('Provider').fill('Riverside learning team');
    await add.getByRole('checkbox', { name: 'Trauma-informed' }).check();
    await add.getByLabel('Hours', { exact: true }).fill('2');
    await add.getByRole('textbox', { name: 'Language' }).fill('English');
    await add.getByRole('button', { name: 'Add course' }).click();
    await admin.getByRole('button', { name: 'Change details of Grounding skills for reception staff' }).press('Enter');
    const dialog = admin.getByRole('dialog', { name: 'Change Grounding skills for reception staff' });
    await dialog.waitFor();
    await expect(dialog.getByLabel('Title').inputValue()).resolves.toBe('Grounding skills for reception staff');
    await expect(dialog.getByLabel('Hours', { exact: true }).inputValue()).resolves.toBe('2');
    await expectNoAxeViolations(admin, '/admin/courses change dialog');
    await dialog.getByLabel('Title').fill('');
    await dialog.getByRole('button', { name: 'Save changes' }).press('Enter');
    await dialog.getByRole('link', { name: /^Title: / }).waitFor();
    await expectNoAxeViolations(admin, '/admin/courses change dialog with a problem');
    await dialog.getByLabel('Title').fill('Grounding skills for front-desk staff');
    await dialog.getByLabel('Hours', { exact: true }).fill('2.5');
    await dialog.getByRole('button', { name: 'Save changes' }).press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await admin.locator('.notice-success', { hasText: 'Saved the changes to Grounding skills for front-desk staff.' }).waitFor();
    const row = admin.getByRole('row', { name: /Grounding skills for front-desk staff/ });
    expect(await row.getByRole('cell').nth(2).textContent()).toBe('2.5 hours');
    await expectNoAxeViolations(admin, '/admin/courses after a change');
  });

  it('an admin chooses the time zone days are counted in, and it is kept after a reload', async () => {
    const admin = await newPage(browser);
    await signInAs(admin, 'org_admin');
    await openPage(admin, '/admin/organisation', '/admin/organisation');
    const zone = admin.getByRole('region', { name: 'Time zone' });
    const select = zone.getByRole('combobox', { name: 'Time zone' });
    // the hint is read with the field
    await expect(select.getAttribute('aria-describedby')).resolves.toContain('zone-timeZone-hint');
    await zone.getByText(/survey opening and closing days, check-in days/).waitFor();
    const before = await select.inputValue();
    const chosen = before === 'Pacific/Auckland' ? 'America/Los_Angeles' : 'Pacific/Auckland';
    await select.selectOption(chosen);
    await zone.getByRole('button', { name: 'Save time zone' }).press('Enter');
    await zone.locator('.notice-success', { hasText: 'The time zone is saved.' }).waitFor();
    await expectNoAxeViolations(admin, '/admin/organisation time zone saved');
    await admin.reload();
    const reloaded = admin.getByRole('region', { name: 'Time zone' }).getByRole('combobox', { name: 'Time zone' });
    await expect(reloaded.inputValue()).resolves.toBe(chosen);
    // put it back as it was for the other journeys
    await reloaded.selectOption(before);
    await admin.getByRole('region', { name: 'Time zone' }).getByRole('button', { name: 'Save time zone' }).press('Enter');
    await admin.locator('.notice-success', { hasText: 'The time zone is saved.' }).waitFor();
  });
});
