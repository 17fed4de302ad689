import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const DEMO_PASSWORD = 'calm-harbour-lantern-2026';
export const DEMO_EMAILS = {
  org_admin: 'admin@riverside.example',
  supervisor: 'supervisor@riverside.example',
  worker: 'worker@riverside.example',
  // the demo regional hub's people (a tenant of its own: no organisation page opens for them)
  hub_admin: 'hub-admin@region.example',
  hub_analyst: 'analyst@region.example',
} as const;
export type DemoRole = keyof typeof DEMO_EMAILS;

/** Debian's Chromium, headless, with the flags that keep it off the closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export const baseUrl = () => inject('baseUrl');

/**
 * A fresh page in its own context (axe needs pages from browser.newContext()). It asks for reduced
 * motion, which the app honours by turning transitions off: axe then judges colours as they
 * settle, never a button caught half way from its disabled look to its enabled one.
 */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), reducedMotion: 'reduce' });
  return context.newPage();
}

/** Runs axe (WCAG 2.0–2.2 A and AA) on the page as it is now and fails listing any violation. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(summary, `axe on ${label}`).toEqual([]);
}

/**
 * Signs in through the sign-in page as a demo role and waits for the home page, in English.
 * The account keeps the language its person chose, so a journey that stopped half way through
 * its Spanish part leaves a demo account in Spanish; switching back here keeps one failure from
 * failing every later journey of that person (each starts from the state it expects).
 */
export async function signInAs(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(DEMO_EMAILS[role]);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
  const switchedBack = await page.evaluate(async () => {
    const session = (await (await fetch('/api/v1/auth/session')).json()) as { csrfToken: string; locale: string };
    if (session.locale === 'en') return false;
    const headers = { 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
    const saved = await fetch('/api/v1/me/preferences', { method: 'PUT', headers, body: JSON.stringify({ locale: 'en' }) });
    if (!saved.ok) throw new Error(`the account's language could not be set back to English (${saved.status})`);
    return true;
  });
  if (switchedBack) await page.reload();
  await page.getByRole('navigation', { name: 'Main', exact: true }).waitFor();
}

/** The names of the main navigation's links, in order. */
export async function navLinks(page: Page, navName = 'Main'): Promise<string[]> {
  const links = page.getByRole('navigation', { name: navName, exact: true }).getByRole('link');
  return (await links.allTextContents()).map((t) => t.trim());
}

/** Chooses a person in a person picker: types into its search box, waits for the match, picks it. */
export async function pickPerson(scope: Page | Locator, labels: { search: string; select: string }, query: string, name: string): Promise<void> {
  await scope.getByLabel(labels.search, { exact: true }).fill(query);
  const select = scope.getByLabel(labels.select, { exact: true });
  const option = select.locator('option', { hasText: name }).first();
  await option.waitFor({ state: 'attached' });
  const value = (await option.getAttribute('value'))!;
  await select.selectOption(value);
  // the page holds the choice before anything else is done with the form
  await expect.poll(() => select.inputValue()).toBe(value);
}

/**
 * Opens a page by its name the way a person does since the navigation lists areas, not pages:
 * a link of the main navigation (Home, an area) directly; else a tab of the current area; else
 * each area's page in turn until one lists it (area → page: two steps).
 */
export async function openPlace(page: Page, name: string, navName = 'Main'): Promise<void> {
  const nav = page.getByRole('navigation', { name: navName, exact: true });
  // just after a change of language the navigation is still named in the old one until the new
  // language's texts arrive (they load lazily): wait for it rather than find nothing in it
  await nav.waitFor();
  const direct = nav.getByRole('link', { name, exact: true });
  if ((await direct.count()) > 0) return direct.click();
  const tab = page.locator('nav.area-tabs').getByRole('link', { name, exact: true });
  if ((await tab.count()) > 0) return tab.click();
  // the first link is Home, which is not an area
  for (const area of (await navLinks(page, navName)).slice(1)) {
    await nav.getByRole('link', { name: area, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: area, exact: true }).waitFor();
    const listed = page.getByRole('main').getByRole('list').getByRole('link', { name, exact: true });
    if ((await listed.count()) > 0) return listed.click();
  }
  throw new Error(`no area of the navigation "${navName}" lists a page named "${name}"`);
}
