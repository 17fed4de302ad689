import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectNoAxeViolations, launchBrowser, newPage } from './support/browser.js';

/**
 * The demo hub's admin starts a collaborative from its page (a missing name named first), then
 * reads it: completion and pooled figures; axe on each. Open data: the offer to publish (who reads
 * it said first, a bad epsilon named, nothing published with no figure shared) and the public list
 * reached from the sign-in page. An organisation's admin reads its side.
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
});
afterAll(() => browser?.close());

describe("a hub's collaboratives", () => {
  it('lists none at first, then one the admin starts from the page, and shows it with its completion and figures', async () => {
    await page.goto('/region/collaboratives');
    await expect.poll(() => page.getByText('There are no collaboratives yet.').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'collaboratives (empty)');
    // the hub admin starts one from the page: a missing name is named, then it starts
    const form = page.getByRole('region', { name: 'Start a collaborative' });
    await form.getByLabel('Start day (required)').fill('2026-01-05');
    await form.getByLabel('Questions to ask (assessment pack) (required)').selectOption({ label: 'Trauma-informed organisational audit' });
    await form.getByRole('button', { name: 'Start the collaborative' }).click();
    await expect.poll(() => form.getByLabel('Name (required)').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Name (required)').fill('Calm Spaces');
    await form.getByLabel('What it is for').fill('Safer rooms together');
    await form.getByRole('button', { name: 'Start the collaborative' }).click();
    await expectNoAxeViolations(page, 'collaboratives (one started)');
    await page.getByRole('link', { name: 'Calm Spaces' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Pooled figures' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('No organisation has shared figures yet.').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('columnheader', { name: /Baseline/ }).isVisible()).toBe(true);
    // only organisations whose consent is in force can be added; the demo organisation's is not (yet)
    await expect.poll(() => page.getByText('Every organisation with consent in force already takes part.').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'one collaborative');
  });

  it('offers to publish its figures as open data, saying who will read them; a bad epsilon is named, and nothing is published while no figure is shared', async () => {
    const openData = page.getByRole('region', { name: 'Open data' });
    await expect.poll(() => openData.getByText('Nothing published yet.').isVisible()).toBe(true);
    await expect.poll(() => openData.getByText(/Anyone can read what you publish, without signing in/).isVisible()).toBe(true);
    await openData.getByLabel('Add statistical noise (differential privacy)').check();
    await openData.getByLabel('Epsilon for this release (required)').fill('a little');
    await openData.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => openData.getByLabel('Epsilon for this release (required)').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'open data (a bad epsilon)');
    await openData.getByLabel('Exact figures').check();
    await openData.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => page.getByText(/There is nothing to publish yet/).first().isVisible()).toBe(true);
    await expect.poll(() => openData.getByText('Nothing published yet.').isVisible()).toBe(true);
  });

  it('anyone reaches open data from the sign-in page without signing in: the list says none is published yet', async () => {
    const visitor = await newPage(browser);
    await visitor.goto('/sign-in');
    await visitor.getByRole('link', { name: 'Open data published by regional hubs' }).click();
    await expect.poll(() => visitor.getByRole('heading', { level: 1, name: 'Open data' }).isVisible()).toBe(true);
    await expect.poll(() => visitor.getByText('No hub has published open data yet.').isVisible()).toBe(true);
    await expectNoAxeViolations(visitor, 'open data (public list)');
    await visitor.context().close();
  });

  it("an organisation's admin opens its collaboratives page: the demo organisation has not consented to the hub yet, so it says so", async () => {
    const admin = await newPage(browser);
    await admin.goto('/sign-in');
    await admin.getByLabel('Email').fill('admin@riverside.example');
    await admin.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.getByRole('navigation', { name: 'Main' }).waitFor();
    await admin.goto('/collaboratives');
    await expect.poll(() => admin.getByText('Your organisation has not consented to any regional hub.').isVisible()).toBe(true);
    await expectNoAxeViolations(admin, "the organisation's collaboratives");
    await admin.context().close();
  });
});
