import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('API reference page', () => {
  it('lists the API and passes axe', async () => {
    const page = await newPage(browser);
    await page.goto('/api/docs');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Tend API');
    await expect(page.getByText('/api/v1/people').first().isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page, '/api/docs');
  });
});
