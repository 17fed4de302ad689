import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, pickPerson, signInAs } from './support/browser.js';

/**
 * Closing the loop on the workforce figures page: an admin raises an action from a released
 * figure of an earlier quarter, is told what is missing first, and reads the action with the
 * figure then and the same figure of the quarter after; the action joins the organisation's plan.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('actions raised from workforce figures', () => {
  it('an admin raises an action from the headcount of an earlier quarter and sees it beside the next quarter', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'org_admin');
    await page.goto('/workforce/figures');
    await page.getByRole('heading', { level: 1, name: 'Workforce figures' }).waitFor();
    const quarterSelect = page.getByLabel('Quarter', { exact: true });
    const quarters = await quarterSelect.locator('option').allTextContents();
    const earlier = quarters[2]!;
    const following = quarters[1]!;
    await quarterSelect.selectOption(earlier);
    await page.getByRole('table', { name: new RegExp(`^${earlier} \\(`) }).waitFor();

    const form = page.getByRole('region', { name: 'Act on a figure' });
    await form.getByRole('button', { name: 'Raise the action' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Please check' });
    await summary.getByRole('link', { name: /^Group: / }).waitFor();
    await summary.getByRole('link', { name: /^Owner: / }).waitFor();
    await expectNoAxeViolations(page, 'figures → action form with problems');

    await form.getByLabel('Group (required)').selectOption({ label: 'Riverside Community Care' });
    const figure = form.getByLabel('Figure (required)');
    const headcount = (await figure.locator('option').allTextContents()).find((o) => o.startsWith('Headcount: '));
    expect(headcount).toMatch(/^Headcount: \d+$/);
    await figure.selectOption({ label: headcount! });
    await form.getByLabel('What will be done (required)').fill('Review caseloads across services');
    await pickPerson(form, { search: 'Find the owner', select: 'Owner (required)' }, 'priya', 'Priya Evans');
    await form.getByLabel('Due date (required)').fill('2027-03-31');
    await form.getByRole('button', { name: 'Raise the action' }).click();
    await form.getByText('Action “Review caseloads across services” raised.').waitFor();

    const list = page.getByRole('region', { name: 'Actions raised from figures' });
    const item = list.getByRole('article', { name: 'Review caseloads across services' }).first();
    await item.getByText(headcount!.replace('Headcount: ', `Headcount for Riverside Community Care, ${earlier}: `)).waitFor();
    await item.getByText(new RegExp(`^${following}: \\d+$`)).waitFor();
    expect(await item.getByText('Priya Evans').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'figures → action raised');

    await page.goto('/admin/assessments/actions');
    await page.getByRole('rowheader', { name: 'Review caseloads across services' }).first().waitFor();
    await page.getByRole('link', { name: `From a workforce figure: Headcount, ${earlier}` }).first().waitFor();

    await page.goto('/workforce/figures');
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { name: 'Actuar a partir de una cifra' }).waitFor();
    await page.getByRole('heading', { name: 'Acciones creadas a partir de cifras' }).waitFor();
    await expectNoAxeViolations(page, 'figures → actions (es)');
    await page.getByLabel('Idioma').selectOption('en');
  });
});
