import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signInAs } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

// An HR export as they come: byte-order mark, semicolons, day-first dates, names in two scripts.
const header = '\uFEFFFull name;E-mail;Team;Start date;End date';
const good = ['Zanele Dlamini-Journey;zanele.journey@example.org;Street Outreach;03/04/2024;', 'Ольга Петрова-Journey;olga.journey@example.org;Early Help;15/09/2022;'];
const badFile = [header, good[0], 'Bad Address Journey;not-an-email;Street Outreach;01/02/2023;', good[1], 'Ends Early Journey;ends.early.journey@example.org;Safeguarding;10/05/2024;01/01/2024'].join('\r\n');
const fixedFile = [header, good[0], 'Bad Address Journey;bad.address.journey@example.org;Street Outreach;01/02/2023;', good[1], 'Ends Early Journey;ends.early.journey@example.org;Safeguarding;10/05/2024;01/01/2025'].join('\r\n');

async function peopleMatching(page: Page, search: string): Promise<number> {
  return page.evaluate(async (q) => {
    const response = await fetch(`/api/v1/people?search=${encodeURIComponent(q)}`);
    return ((await response.json()) as { total: number }).total;
  }, search);
}

async function chooseAndCheck(page: Page, csv: string) {
  await page.goto('/admin/import');
  await page.getByRole('heading', { level: 1, name: 'Import people' }).waitFor();
  await expectNoAxeViolations(page, 'import: choose file');
  await page.getByLabel('CSV file').setInputFiles({ name: 'hr-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByRole('button', { name: 'Read the file' }).click();
  await page.getByText('Date format').first().waitFor();
  await page.getByText('Day first: DD/MM/YYYY (03/04/2025)').click();
  await expect(page.getByRole('radio', { name: 'Day first: DD/MM/YYYY (03/04/2025)' }).isChecked()).resolves.toBe(true);
  await expectNoAxeViolations(page, 'import: mapping');
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByText('Here is what would happen. Nothing has been saved yet.').waitFor();
}

describe('an org admin imports people from an HR export', () => {
  it('sees both bad lines and nothing imported, fixes the file, then imports it', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'org_admin');

    await chooseAndCheck(page, badFile);
    const main = page.locator('main');
    await expect(main.getByText('2 rows need a change').isVisible()).resolves.toBe(true);
    const badRowsText = await main.getByRole('table').first().textContent();
    expect(badRowsText).toContain('3');
    expect(badRowsText).toContain('5');
    await expect(page.getByRole('button', { name: 'Import all rows' }).isDisabled()).resolves.toBe(true);
    await expectNoAxeViolations(page, 'import: preview with bad rows');
    expect(await peopleMatching(page, 'journey')).toBe(0);

    await chooseAndCheck(page, fixedFile);
    await expect(main.getByText('Every row is ready to import.').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Import all rows' }).click();
    await page.getByRole('heading', { name: 'The import is finished' }).waitFor({ timeout: 30_000 });
    await expect(main.getByText('4 people added.').isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page, 'import: finished');
    expect(await peopleMatching(page, 'journey')).toBe(4);
  });
});
