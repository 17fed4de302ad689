import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, type DemoRole, launchBrowser, signInAs } from './support/browser.js';

/**
 * The weight of each page: the JavaScript a browser fetches to show it from a cold start, as it
 * travels (gzip, as Tend serves its assets), measured in a real browser by the Resource Timing
 * API, so chunks fetched after the first paint (lazy pages, texts) count too. Budgets: 150 kB for
 * the sign-in page, 200 kB for any page. Opening every page cold also proves each loads the texts
 * it shows (texts are loaded per page).
 */
const SIGN_IN_BUDGET = 150_000;
const PAGE_BUDGET = 200_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Bytes of JavaScript the page has fetched so far, as sent (compressed), counting each file once. */
async function javaScriptBytes(page: Page): Promise<number> {
  return page.evaluate(() => {
    const files = new Map<string, number>();
    for (const entry of performance.getEntriesByType('resource') as unknown as Array<{ name: string; encodedBodySize: number }>) {
      if (new URL(entry.name).pathname.endsWith('.js')) files.set(entry.name, entry.encodedBodySize);
    }
    return [...files.values()].reduce((sum, size) => sum + size, 0);
  });
}

/** Opens `path` in a context of its own (a cold cache) and waits until the page and its lazy parts are in. */
async function coldLoad(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

describe('page weight', () => {
  for (const locale of ['en-GB', 'es-ES']) {
    it(`the sign-in page (${locale}) fetches at most 150 kB of JavaScript`, async () => {
      const context = await browser.newContext({ baseURL: baseUrl(), locale });
      const page = await coldLoad(context, '/sign-in');
      await page.getByRole('button', { name: locale === 'en-GB' ? 'Sign in' : 'Iniciar sesión' }).waitFor();
      const bytes = await javaScriptBytes(page);
      // the sign-in page carries one language and no signed-in page: well below what all of them weigh
      expect(bytes).toBeGreaterThan(10_000);
      expect(bytes, `sign-in (${locale}): ${bytes} bytes`).toBeLessThanOrEqual(SIGN_IN_BUDGET);
      await context.close();
    });
  }

  for (const role of ['org_admin', 'supervisor', 'worker', 'hub_analyst'] as DemoRole[]) {
    it(`${role}: every page reachable from the navigation fetches at most 200 kB of JavaScript from a cold start`, async () => {
      const signIn = await browser.newContext({ baseURL: baseUrl() });
      const first = await signIn.newPage();
      await signInAs(first, role);
      const pathsOf = (links: Locator) => links.evaluateAll((all) => all.map((link) => new URL((link as unknown as { href: string }).href).pathname));
      // the navigation lists Home and the areas; each area's own page lists the area's pages
      const areas = await pathsOf(first.getByRole('navigation', { name: 'Main' }).getByRole('link'));
      const places = new Set(areas);
      for (const area of areas.filter((path) => path !== '/')) {
        await first.goto(area);
        await first.getByRole('heading', { level: 1 }).waitFor();
        await first.waitForLoadState('networkidle');
        for (const path of await pathsOf(first.getByRole('main').getByRole('list').getByRole('link'))) places.add(path);
      }
      const storageState = await signIn.storageState();
      await signIn.close();
      // more than the areas alone: the pages inside them are weighed too
      expect(places.size).toBeGreaterThan(areas.length + 3);
      const over: string[] = [];
      const untold: string[] = [];
      for (const path of places) {
        const context = await browser.newContext({ baseURL: baseUrl(), storageState });
        const page = await coldLoad(context, path);
        const bytes = await javaScriptBytes(page);
        if (bytes > PAGE_BUDGET) over.push(`${path}: ${bytes} bytes`);
        // texts load with each page: one that its page forgot to ask for would show as a bare key
        for (const key of await page.evaluate(() => (globalThis as unknown as { tendMissingTexts?: string[] }).tendMissingTexts ?? [])) untold.push(`${path}: ${key}`);
        await context.close();
      }
      // the lists themselves in the message: a failure's log shows which pages and keys, not '[ …(2) ]'
      expect(over, over.join('\n')).toEqual([]);
      expect(untold, untold.join('\n')).toEqual([]);
    }, 300_000);
  }
});
