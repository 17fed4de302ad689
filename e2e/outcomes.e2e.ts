import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, openPlace, signInAs } from './support/browser.js';

/**
 * The outcomes dashboard: the model's three columns with the workforce figures placed in their
 * boxes, each with its latest quarter, its movement in words and the quarters in a table; the
 * audit by domain for the admin only; in English and Spanish.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('outcomes dashboard', () => {
  it('an admin reads the model in three columns, each figure with its quarters behind it, in English and Spanish', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'org_admin');
    await openPlace(page, 'Outcomes');
    await page.getByRole('heading', { level: 1, name: 'Outcomes' }).waitFor();
    const columns = page.getByRole('heading', { level: 2 });
    await columns.first().waitFor();
    expect(await columns.allTextContents()).toEqual(['Short-term outcomes', 'Practice', 'Long-term outcomes']);
    const turnover = page.getByRole('article', { name: 'Turnover' });
    await expect(turnover.locator('.outcome-latest').textContent()).resolves.toMatch(/^\d{4}-Q[1-4]: (\d|Not shown)/);
    // the four quarters behind the line, as a table
    await turnover.getByText('The four quarters').click();
    expect(await turnover.getByRole('table').getByRole('rowheader').allTextContents()).toHaveLength(4);
    await page.getByRole('heading', { level: 3, name: "The organisation's own audit" }).waitFor();
    await page.getByText('Tend holds no information about the people your organisation serves', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'admin → outcomes');

    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Resultados' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Resultados a corto plazo' }).waitFor();
    await expectNoAxeViolations(page, 'admin → outcomes (es)');
    await page.getByLabel('Idioma').selectOption('en');
  });

  it('a supervisor sees the figures, and is told the audit roll-up is for admins', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'supervisor');
    await page.goto('/workforce/outcomes');
    await page.getByRole('article', { name: 'Training coverage' }).waitFor();
    await page.getByText('Audit progress across every review is for the organisation', { exact: false }).waitFor();
  });
});
