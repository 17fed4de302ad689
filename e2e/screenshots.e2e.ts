import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoAxeViolations, launchBrowser, signInAs } from './support/browser.js';

/**
 * Pictures of Tend for the README (docs/screenshots/), taken by the e2e run at a desktop width
 * (1280 px) and a phone's (390 px): a worker's home with what waits for her, and the admin's
 * people picker telling two people of the same name apart. The well-being overview and a results
 * chart are taken by the well-being journey (docs/screenshots/wellbeing/). Viewing only: nothing
 * is changed.
 */
const SHOTS = 'docs/screenshots';
const WIDTHS = [1280, 390] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function pageAt(width: number): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), reducedMotion: 'reduce', viewport: { width, height: 900 } });
  return context.newPage();
}

describe('screenshots for the README', () => {
  for (const width of WIDTHS) {
    it(`a worker's home at ${width} px`, async () => {
      const page = await pageAt(width);
      await signInAs(page, 'worker');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page, `home at ${width} px`);
      await page.screenshot({ path: `${SHOTS}/home-${width}.png`, fullPage: width === 390 });
      await page.context().close();
    });

    it(`the admin's people picker at ${width} px`, async () => {
      const page = await pageAt(width);
      await signInAs(page, 'org_admin');
      await page.goto('/admin/assessments');
      await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
      await page.waitForLoadState('networkidle');
      const form = page.locator('main');
      await form.getByRole('radio', { name: /team review/i }).first().check();
      await form.getByLabel('Find the lead', { exact: true }).fill('Daniel Reyes');
      const lead = form.getByLabel('Lead (required)', { exact: true });
      const daniel = lead.locator('option', { hasText: 'Daniel Reyes' }).first();
      await daniel.waitFor({ state: 'attached' });
      await lead.selectOption((await daniel.getAttribute('value'))!);
      // two contributors share a name: the picker tells them apart by job and team
      const picker = form.locator('#cycle-contributorIds');
      await picker.getByLabel('Find contributors', { exact: true }).fill('Oluwaseun');
      const match = picker.getByLabel('Matching people', { exact: true });
      for (let added = 0; added < 2; added++) {
        const option = match.locator('option', { hasText: 'Oluwaseun' }).first();
        await option.waitFor({ state: 'attached' });
        await match.selectOption((await option.getAttribute('value'))!);
        await picker.getByRole('button', { name: 'Add', exact: true }).click();
      }
      const chosen = picker.locator('.chosen-people li');
      await expect.poll(() => chosen.count()).toBe(2);
      const [first, second] = await chosen.allTextContents();
      expect(first?.startsWith('Oluwaseun Murphy')).toBe(true);
      expect(second?.startsWith('Oluwaseun Murphy')).toBe(true);
      expect(first).not.toBe(second);
      await expectNoAxeViolations(page, `people picker at ${width} px`);
      await picker.scrollIntoViewIfNeeded();
      await picker.screenshot({ path: `${SHOTS}/people-picker-${width}.png` });
      await page.context().close();
    });
  }
});
