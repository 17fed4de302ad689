import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, openPlace, signInAs } from './support/browser.js';

/**
 * The workforce figures page as an org admin reads it, in English and in Spanish: the last
 * complete quarter by unit with the twelve months beside it, hidden groups said in words, and
 * what each figure means; the heat map, the trend beside the organisation and the CSV, where the
 * demo's Night Support team (two people) is hidden with its reason and never a number.
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
    await openPlace(page, 'Workforce figures');
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

    // one kind of worker: said on the page, and the files say it too
    await page.getByLabel('Who is counted').selectOption({ label: 'Volunteers only' });
    await page.getByText('These figures count one kind of worker: Volunteers only.').waitFor();
    await page.getByRole('table', { name: new RegExp(`^${options[2]} \\(`) }).waitFor();
    expect(await page.getByRole('link', { name: 'Download these figures (CSV)' }).getAttribute('href')).toContain('workerKind=volunteer');
    await expectNoAxeViolations(page, 'admin → workforce figures (volunteers only)');
    await page.getByLabel('Who is counted').selectOption({ label: 'Everyone' });

    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { level: 1, name: 'Cifras de plantilla' }).waitFor();
    await page.getByRole('heading', { name: 'Qué significan las cifras' }).waitFor();
    await expectNoAxeViolations(page, 'admin → workforce figures (es)');
    await page.getByLabel('Idioma').selectOption('en');
  });

  it('a small team is hidden with its reason, in the tables, the heat map, the trend and the CSV', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'org_admin');
    await page.goto('/workforce/figures');
    // the words of a hidden row, taken out before looking for any digit left in it
    const withoutReason = (text: string | null) => (text ?? '').replace(/fewer than 5 people/g, '');

    const quarterTable = page.getByRole('table', { name: /, by unit$/ }).first();
    const night = quarterTable.getByRole('row', { name: /Night Support/ });
    await night.waitFor();
    expect(await night.textContent()).toContain('fewer than 5 people');
    expect(withoutReason(await night.textContent())).not.toMatch(/\d/);

    const heat = page.getByRole('table', { name: /shaded within each column$/ });
    const heatNight = heat.getByRole('row', { name: /Night Support/ });
    await heatNight.waitFor();
    expect(await heatNight.textContent()).toContain('fewer than 5 people');
    expect(withoutReason(await heatNight.textContent())).not.toMatch(/\d/);
    await page.getByText('a higher figure is not better or worse', { exact: false }).waitFor();

    const trend = page.getByRole('region', { name: 'A unit beside the whole organisation, over two years' });
    await trend.getByLabel('Unit').selectOption({ label: 'Night Support' });
    const trendTable = trend.getByRole('table', { name: /Night Support and the whole organisation$/ });
    await trendTable.waitFor();
    expect(await trendTable.getByRole('rowheader').allTextContents()).toHaveLength(8);
    await trend.getByText(/^Turnover in \d{4}-Q[1-4]: not shown \(fewer than 5 people\) for Night Support, /).waitFor();
    expect(await trend.locator('svg[aria-hidden="true"] path').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'admin → workforce figures, heat map and trend');

    const href = await page.getByRole('link', { name: 'Download these figures (CSV)' }).getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="workforce-figures-\d{4}-Q[1-4]\.csv"/);
    const lines = (await response.text()).split(/\r?\n/);
    const nightLines = lines.filter((line) => line.startsWith('Night Support,'));
    expect(nightLines).toHaveLength(2);
    for (const line of nightLines) {
      const cells = line.split(',');
      // unit, level, period, then the figures (all empty), then the reason in words
      expect(cells.slice(3, -1).every((cell) => cell === '')).toBe(true);
      expect(cells.at(-1)).toBe('Hidden: fewer than 5 people');
    }
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

