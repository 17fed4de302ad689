import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectNoAxeViolations, launchBrowser, newPage } from './support/browser.js';

/**
 * A hub admin keeps the demo collaborative's timeline in the browser: renames a timepoint (an
 * empty name is named first) and adds a phase (a last day before the first is named first), then
 * puts both back as the demo had them. Axe on the page and on each dialog.
 */
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser);
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('hub-admin@region.example');
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.goto('/region/collaboratives');
  await page.getByRole('link', { name: 'Safer Supervision' }).click();
  await page.getByRole('heading', { name: 'Timeline' }).waitFor();
});
afterAll(() => browser?.close());

const timeline = () => page.getByRole('region', { name: 'Timeline' });
const dialog = () => page.getByRole('dialog');

async function renameTimepoint(from: string, to: string) {
  await timeline().getByRole('button', { name: `Edit ${from}` }).click();
  await dialog().getByLabel('Timepoint name (required)').fill(to);
  await dialog().getByRole('button', { name: 'Save the timepoint' }).click();
  await expect.poll(() => timeline().getByRole('rowheader', { name: to }).isVisible()).toBe(true);
}

describe("a collaborative's timeline", () => {
  it('shows the phases and timepoints to the hub admin, with what each timepoint asks', async () => {
    const timepoints = timeline().getByRole('table', { name: /^Timepoints, when each is due/ });
    await expect.poll(() => timepoints.getByRole('row', { name: /^Baseline/ }).textContent()).toContain('Staff survey');
    await expectNoAxeViolations(page, 'the collaborative with its timeline');
  });

  it('renames a timepoint: an empty name is named and nothing changes; then it is put back', async () => {
    await timeline().getByRole('button', { name: 'Edit 12 months after' }).click();
    await dialog().getByLabel('Timepoint name (required)').fill('');
    await dialog().getByRole('button', { name: 'Save the timepoint' }).click();
    await expect.poll(() => dialog().getByLabel('Timepoint name (required)').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'the timepoint dialog (an empty name)');
    await page.keyboard.press('Escape');
    await expect.poll(() => timeline().getByRole('rowheader', { name: '12 months after' }).isVisible()).toBe(true);
    await renameTimepoint('12 months after', 'A year after the end');
    // the completion table names it too
    await expect.poll(() => page.getByRole('columnheader', { name: /^A year after the end/ }).isVisible()).toBe(true);
    await renameTimepoint('A year after the end', '12 months after');
  });

  it('adds a phase from the keyboard: a last day before the first is named; then it is removed', async () => {
    await timeline().getByRole('button', { name: 'Add a phase' }).focus();
    await page.keyboard.press('Enter');
    await dialog().getByLabel('Phase name (required)').fill('Spring visits');
    await dialog().getByLabel('First day (required)').fill('2026-04-01');
    await dialog().getByLabel('Last day (required)').fill('2026-03-01');
    await dialog().getByRole('button', { name: 'Add a phase' }).click();
    await expect.poll(() => dialog().getByLabel('Last day (required)').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'the phase dialog (days out of order)');
    await dialog().getByLabel('Last day (required)').fill('2026-05-31');
    await dialog().getByRole('button', { name: 'Add a phase' }).click();
    const phases = timeline().getByRole('table', { name: /^Phases of the collaborative/ });
    await expect.poll(() => phases.getByRole('rowheader', { name: 'Spring visits' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'the timeline with a phase');
    await timeline().getByRole('button', { name: 'Remove Spring visits' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => timeline().getByText('No phases yet.').isVisible()).toBe(true);
  });
});
