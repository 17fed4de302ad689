import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signInAs } from './support/browser.js';

/**
 * The workforce figures page as an org admin reads it, in English and in Spanish: the last
 * complete quarter by unit with the twelve months beside it, hidden groups said in words, and
 * what each figure means.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('workforce figures', () => {
  it('an admin reads the figures by unit, services with their teams beneath, in English and Spanish', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'org_admin');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workforce figures', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Workforce figures' }).waitFor();
    const quarterTable = page.getByRole('table', { name: /, by unit$/ }).first();
    await quarterTable.waitFor();
    // the whole organisation first, then each service followed by its teams
    const rowNames = await quarterTable.getByRole('rowheader').allTextContents();
    expect(rowNames.slice(0, 4)).toEqual(['Riverside Community Care', 'Adult Community Health', 'Community Mental Health', 'District Nursing']);
    expect(await quarterTable.getByRole('row').nth(1).getByRole('cell').first().textContent()).toMatch(/^\d+$/);
    await page.getByRole('heading', { name: 'What the figures mean' }).waitFor();
    await page.getByRole('heading', { name: 'Check-in results of people who chose to count them' }).waitFor();
    await expectNoAxeViolations(page, 'admin → workforce figures');

    // an earlier quarter, chosen by keyboard-reachable select
    const select = page.getByLabel('Quarter');
    const options = await select.locator('option').allTextContents();
    expect(options).toHaveLength(8);
    await select.selectOption(options[2]!);
    await page.getByRole('table', { name: new RegExp(`^${options[2]} \\(`) }).waitFor();

    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Cifras de plantilla' }).waitFor();
    await page.getByRole('heading', { name: 'Qué significan las cifras' }).waitFor();
    await expectNoAxeViolations(page, 'admin → workforce figures (es)');
    await page.getByLabel('Idioma').selectOption('en');
  });

  it('a worker turns counting their check-in results on, then off, told what it means first', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'worker');
    await page.goto('/me/wellbeing/sharing');
    const section = page.getByRole('region', { name: "Your organisation's figures" });
    await section.getByText('never your answers or scores', { exact: false }).waitFor();
    await expect(section.getByRole('radio', { name: 'No, keep them out (the default)' }).isChecked()).resolves.toBe(true);
    await section.getByRole('radio', { name: 'Yes, count them' }).check();
    await section.getByRole('button', { name: 'Save my choice' }).click();
    await section.getByText("Your results now count in your organisation's figures, only as part of groups.").waitFor();
    await expectNoAxeViolations(page, 'worker → contribution on');
    await section.getByRole('radio', { name: 'No, keep them out (the default)' }).check();
    await section.getByRole('button', { name: 'Save my choice' }).click();
    await section.getByText("Your results are kept out of your organisation's figures from now on.").waitFor();
    await page.reload();
    await expect(page.getByRole('radio', { name: 'No, keep them out (the default)' }).isChecked()).resolves.toBe(true);
  });
});

