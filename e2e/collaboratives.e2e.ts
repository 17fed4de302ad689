import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectNoAxeViolations, launchBrowser, newPage } from './support/browser.js';

/**
 * The demo hub's collaborative: pooled figures (the endline's hidden with the reason); publishing
 * them as open data (who reads it said first, a bad epsilon named) and the publication as anyone
 * reads it, signed out, from the sign-in page; starting another collaborative. An organisation's
 * admin reads its side. Axe on each page.
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
  it("lists the demo's collaborative; its figures pool three organisations at the baseline and hide the endline's, saying why", async () => {
    await page.goto('/region/collaboratives');
    await page.getByRole('link', { name: 'Safer Supervision' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Pooled figures' }).isVisible()).toBe(true);
    const figures = page.getByRole('table', { name: /Mean rating per timepoint and section/ });
    const baseline = figures.getByRole('row', { name: /^Baseline/ }).first();
    await expect.poll(() => baseline.textContent()).toMatch(/\(3 organisations, \d+ ratings\)/);
    const endline = figures.getByRole('row', { name: /^Endline/ }).first();
    await expect.poll(() => endline.textContent()).toContain("Hidden: fewer organisations took part than the hub's minimum.");
    // completion per team folds out from each organisation's cell, by keyboard too
    const completion = page.getByRole('table', { name: 'Answered out of asked, per organisation and timepoint' });
    const birch = completion.getByRole('row', { name: /^Birch Lane Youth Services/ });
    await birch.getByText('2 teams').first().focus();
    await page.keyboard.press('Enter');
    const birchTeams = page.getByRole('table', { name: 'Birch Lane Youth Services: answered out of asked, per team' }).first();
    await expect.poll(() => birchTeams.getByRole('row', { name: /^Youth work/ }).textContent()).toContain('5 of 5');
    await completion.getByRole('row', { name: /^Alder House Refuge/ }).getByText('2 teams').first().click();
    const alderTeams = page.getByRole('table', { name: 'Alder House Refuge: answered out of asked, per team' }).first();
    await expect.poll(() => alderTeams.getByRole('row', { name: /^Children and families/ }).textContent()).toContain("Kept hidden: fewer answered than the hub's minimum group size");
    await expect.poll(() => alderTeams.getByRole('row', { name: /^Refuge support/ }).textContent()).toContain('Kept hidden so that');
    await expectNoAxeViolations(page, "the demo's collaborative");
  });

  it('publishes its figures as open data, saying first who will read them; a bad epsilon is named and nothing is published', async () => {
    const openData = page.getByRole('region', { name: 'Open data' });
    await expect.poll(() => openData.getByText('Nothing published yet.').isVisible()).toBe(true);
    await expect.poll(() => openData.getByText(/Anyone can read what you publish, without signing in/).isVisible()).toBe(true);
    await expect.poll(() => openData.getByText(/What is published: .*check-in bands \(the share of people/).isVisible()).toBe(true);
    await openData.getByLabel('Add statistical noise (differential privacy)').check();
    await openData.getByLabel('Epsilon for this release (required)').fill('a little');
    await openData.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => openData.getByLabel('Epsilon for this release (required)').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => openData.getByText('Nothing published yet.').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'open data (a bad epsilon)');
    await openData.getByLabel('Exact figures').check();
    await openData.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => openData.getByRole('link', { name: /^Version 1, published/ }).isVisible()).toBe(true);
  });

  it('anyone reaches the publication from the sign-in page without signing in: its summary in words, hidden figures with their reason, and the files', async () => {
    const visitor = await newPage(browser);
    await visitor.goto('/sign-in');
    await visitor.getByRole('link', { name: 'Open data published by regional hubs' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Open data' }).waitFor();
    await expectNoAxeViolations(visitor, 'open data (public list)');
    await visitor.getByRole('link', { name: 'Safer Supervision, Riverside Region Hub (version 1)' }).click();
    await visitor.getByRole('heading', { level: 1, name: /^Open data: Safer Supervision/ }).waitFor();
    const figures = visitor.getByRole('region', { name: 'The figures' });
    await expect.poll(() => figures.getByText(/across 3 organisations/).first().isVisible()).toBe(true);
    await expect.poll(() => figures.getByText(/not shown/i).first().isVisible()).toBe(true);
    // the partners' check-in bands are published beside the survey, each as a share of people
    await expect.poll(() => figures.getByText(/% of the \d+ people across 3 organisations were in this band/).first().isVisible()).toBe(true);
    await expectNoAxeViolations(visitor, 'open data (a publication)');
    const href = await visitor.getByRole('link', { name: 'Figures (CSV)' }).getAttribute('href');
    const csv = await visitor.evaluate(async (url) => (await fetch(url!)).text(), href);
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^figure_id,collaborative,timepoint,/);
    expect(csv).toContain('not_shown');
    expect(csv).toContain(',check-in-bands,');
    await visitor.context().close();
  });

  it('starts another collaborative from the page (a missing name named first); an organisation already in one is not offered for a second', async () => {
    await page.goto('/region/collaboratives');
    await expect.poll(() => page.getByRole('link', { name: 'Safer Supervision' }).isVisible()).toBe(true);
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
    await expect.poll(() => page.getByRole('columnheader', { name: /Baseline/ }).isVisible()).toBe(true);
    // the demo's partners take part in Safer Supervision (one collaborative per organisation of a hub), so none is offered
    await expect.poll(() => page.getByText('Every organisation with consent in force already takes part in a collaborative of this hub.').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'one collaborative');
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
