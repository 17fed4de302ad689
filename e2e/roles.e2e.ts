import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, type DemoRole, DEMO_EMAILS, DEMO_PASSWORD, expectNoAxeViolations, launchBrowser, navLinks, newPage, signInAs } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/*
 * Every page each role's navigation listed before it was organised into areas (the flat list of
 * sections You, My well-being space, Your team, Organisation, Region). None may be lost: each must
 * still be reached from Home in at most two steps (area → page, or area → tab).
 */
const you = ['My practice level', 'My self-assessment and plan', 'My development', 'My assessments', 'Practice framework', 'Who has seen my records', 'Settings', 'Speak up', 'Announcements', 'My supervision'];
const wellbeing = ['My well-being', 'Check-in', 'My results over time', 'Strengths and vulnerabilities', 'My coping plan', 'Private reflections', 'What I share', 'My well-being data', 'Shared with me', 'Communities of practice', 'Peer buddies', 'Peer supporters', 'After a hard day'];
const reachBefore: Record<DemoRole, string[]> = {
  org_admin: [...you, ...wellbeing, 'Hard events', 'Development plans', 'Practice levels of teams', 'Training needs', 'People', 'Services and teams', 'Import people', 'Training catalogue', 'Import training', 'Training coverage', 'HR events', 'Import HR events', 'Workforce figures', 'Outcomes', 'Assessments', 'Audit log', 'Organisation settings', 'Support contacts', 'Instruments', 'Concerns to answer', 'Supervision', 'Learning collaboratives', 'Hub standards'],
  supervisor: [...you, ...wellbeing, 'Hard events', 'My team', 'Development plans', 'Practice levels of teams', 'Training needs', 'Training coverage of my team', 'People I supervise', 'How I supervise', 'Workforce figures', 'Outcomes'],
  worker: [...you, ...wellbeing, 'Hard events'],
  hub_admin: ['Hub home', 'Invite an organisation', 'Collaboratives', 'Standards', 'Hub people', 'Hub settings'],
  hub_analyst: ['Hub home', 'Collaboratives', 'Standards', 'Hub people', 'Hub settings', 'Regional overview'],
};

/** The main navigation now: Home, then only the areas the role opens (Help for everyone). */
const expectedAreas: Record<DemoRole, string[]> = {
  org_admin: ['Home', 'You', 'Your team', 'Organisation', 'Help'],
  supervisor: ['Home', 'You', 'Your team', 'Organisation', 'Help'],
  worker: ['Home', 'You', 'Your team', 'Help'],
  hub_admin: ['Home', 'Region', 'Help'],
  hub_analyst: ['Home', 'Region', 'Help'],
};

const mainNav = (page: Page, name = 'Main') => page.getByRole('navigation', { name });
/** The headings of the pages that stand in for one a person could not open (en and es). */
const NOT_REACHED = /^(Page not found|You don't have access to this page|No se encontró la página|No tienes acceso a esta página)$/;
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const settle = async (page: Page) => {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
};
/** The tabs of the area the page is in (a navigation named "Pages in <section>"). */
const tabs = (page: Page) => page.getByRole('navigation', { name: /^(Pages in|Páginas de) / });
/** The text of whatever has keyboard focus. */
const focusedText = (page: Page) => page.locator(':focus').textContent();
const isFocused = (locator: Locator) => locator.evaluate((el) => (el as unknown as { matches(selector: string): boolean }).matches(':focus'));
/** The links an area's own page lists, by name. */
const listedOn = (page: Page) => page.getByRole('main').getByRole('list').getByRole('link');

/**
 * From Home, click `area` in the main navigation (step 1) and then the page's link on the area's
 * page (step 2). Returns after the page's own heading shows.
 */
async function reachInTwoSteps(page: Page, area: string, name: string, navName = 'Main') {
  await mainNav(page, navName).getByRole('link', { name: navName === 'Main' ? 'Home' : 'Inicio', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await mainNav(page, navName).getByRole('link', { name: area, exact: true }).click(); // step 1
  await heading(page, area).waitFor();
  await listedOn(page).filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).click(); // step 2
  // the area's page stays until the page it opens has loaded (a transition): wait until it has gone
  await heading(page, area).waitFor({ state: 'detached' });
  await settle(page);
  // a link that leads to "page not found" or "no access" has not reached its page
  expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toMatch(NOT_REACHED);
}

describe('each demo role sees a few areas, and reaches every page it reached before in two steps', () => {
  it('the sign-in page is accessible', async () => {
    const page = await newPage(browser);
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expectNoAxeViolations(page, 'sign-in');
  });

  for (const role of Object.keys(reachBefore) as DemoRole[]) {
    it(`${role}: areas, their pages, and every earlier page in ≤ 2 clicks from Home, each passing axe`, async () => {
      const page = await newPage(browser);
      await signInAs(page, role);
      expect(await navLinks(page)).toEqual(expectedAreas[role]);

      // each area's own page, and which pages it lists
      const areaOf = new Map<string, string>();
      for (const area of expectedAreas[role].filter((a) => a !== 'Home')) {
        await mainNav(page).getByRole('link', { name: area, exact: true }).click();
        await heading(page, area).waitFor();
        await page.waitForLoadState('networkidle');
        expect(await mainNav(page).getByRole('link', { name: area, exact: true }).getAttribute('aria-current')).toBe('page');
        for (const name of (await listedOn(page).allTextContents()).map((t) => t.trim())) if (!areaOf.has(name)) areaOf.set(name, area);
        await expectNoAxeViolations(page, `${role} → ${area}`);
      }
      // nothing lost: every page reached before is listed on one of the role's areas' pages
      expect(reachBefore[role].filter((name) => !areaOf.has(name))).toEqual([]);

      for (const name of reachBefore[role]) {
        const area = areaOf.get(name)!;
        await reachInTwoSteps(page, area, name);
        // the area stays marked as where the person is, and the page's tab (when its section has siblings) is the current one
        expect(await mainNav(page).getByRole('link', { name: area, exact: true }).getAttribute('aria-current')).toBe('true');
        if ((await tabs(page).getByRole('list').count()) > 0) {
          expect(await tabs(page).locator('a[aria-current="page"]').textContent()).toBe(name);
        }
        await expectNoAxeViolations(page, `${role} → ${area} → ${name}`);
      }
      // an org admin reaches some 47 pages, each checked by axe: the limit leaves room on a busy 2-core machine
    }, 600_000);
  }

  it('tabs move between sibling pages, by click and by arrow keys', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'worker');
    await reachInTwoSteps(page, 'You', 'My well-being');
    const row = tabs(page);
    expect(await row.getByRole('list').getByRole('link').allTextContents()).toEqual(['My well-being', 'Check-in', 'My results over time', 'Strengths and vulnerabilities', 'My coping plan', 'Private reflections', 'After a hard day', 'What I share', 'Shared with me', 'My well-being data']);
    // area → tab: the second step can be a tab as well as the area page's link
    await row.getByRole('link', { name: 'My coping plan', exact: true }).click();
    await heading(page, 'My coping plan').waitFor();
    expect(await row.locator('a[aria-current="page"]').textContent()).toBe('My coping plan');
    await row.getByRole('link', { name: 'My coping plan', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusedText(page)).toBe('Private reflections');
    await page.keyboard.press('Home');
    expect(await focusedText(page)).toBe('My well-being');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedText(page)).toBe('My well-being data');
    await page.keyboard.press('Enter');
    await heading(page, 'My well-being data').waitFor();
    // the way back to the area's page sits above the tabs
    await row.getByRole('link', { name: 'You', exact: true }).click();
    await heading(page, 'You').waitFor();
  });

  it('Help says how Tend is laid out, who sees what, where support is, keys, languages and the API', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'worker');
    await mainNav(page).getByRole('link', { name: 'Help', exact: true }).click();
    await heading(page, 'Help').waitFor();
    for (const title of ['How Tend is organised', 'Who sees what', 'Where to find support', 'Using Tend with a keyboard', 'Languages', 'For developers']) {
      await page.getByRole('heading', { level: 2, name: title }).waitFor();
    }
    expect(await page.getByRole('main').getByText('Your well-being space is yours alone.', { exact: false }).count()).toBe(1);
    expect(await page.getByRole('main').getByRole('link', { name: 'Read the API documentation' }).getAttribute('href')).toBe('/api/docs');
    await page.getByRole('main').getByRole('link', { name: 'Open my well-being space and its support contacts' }).click();
    await heading(page, 'My well-being').waitFor();
    // the organisation's support contacts, beside every page of the space
    await page.locator('#wb-support').waitFor();
  });
});

describe('on a phone (390 px) the navigation folds behind a menu button that works by keyboard alone', () => {
  it('opens, closes with Escape (focus back on the button), opens an area, and the tabs scroll sideways with a cue', async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), reducedMotion: 'reduce', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signInAs(page, 'worker');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const menu = mainNav(page).getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    const controls = await menu.getAttribute('aria-controls');
    expect(await page.locator(`#${controls}`).isVisible()).toBe(false);
    expect(await mainNav(page).getByRole('link').count()).toBe(0);
    await expectNoAxeViolations(page, 'worker at 390 px, menu closed');

    // keyboard only: Tab from the top of the page to the menu button
    // a fresh load puts the keyboard at the top of the page
    await page.reload();
    await menu.waitFor();
    for (let i = 0; i < 20 && !(await isFocused(menu)); i++) await page.keyboard.press('Tab');
    expect(await isFocused(menu)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await navLinks(page)).toEqual(['Home', 'You', 'Your team', 'Help']);
    await expectNoAxeViolations(page, 'worker at 390 px, menu open');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Home');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await isFocused(menu)).toBe(true);

    // open it again (Space this time) and follow "You" with Enter
    await page.keyboard.press('Space');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('You');
    await page.keyboard.press('Enter');
    await heading(page, 'You').waitFor();
    // opening a page closes the menu
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    // on to a page of the well-being space, still by keyboard: its ten tabs overflow the row
    await page.getByRole('main').getByRole('link', { name: 'My results over time', exact: true }).focus();
    await page.keyboard.press('Enter');
    await heading(page, 'My results over time').waitFor();
    await page.waitForLoadState('networkidle');
    const row = tabs(page).getByRole('list');
    const shape = await row.evaluate((ul) => {
      const el = ul as unknown as { scrollWidth: number; clientWidth: number };
      const style = (globalThis as unknown as { getComputedStyle(e: unknown): { overflowX: string; backgroundImage: string } }).getComputedStyle(ul);
      return { overflow: style.overflowX, scrolls: el.scrollWidth > el.clientWidth, cue: style.backgroundImage };
    });
    expect(shape.overflow).toBe('auto');
    expect(shape.scrolls).toBe(true);
    // the faded edges that say "more this way"
    expect(shape.cue).toContain('gradient');
    // the current tab is scrolled into view within the row
    const box = async (locator: Locator) => (await locator.boundingBox())!;
    const [rowBox, tabBox] = [await box(row), await box(tabs(page).locator('a[aria-current="page"]'))];
    const current = tabBox.x >= rowBox.x - 1 && tabBox.x + tabBox.width <= rowBox.x + rowBox.width + 1;
    expect(current).toBe(true);
    // the whole page does not scroll sideways, only the row of tabs
    expect(await page.locator('html').evaluate((html) => (html as unknown as { scrollWidth: number }).scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page, 'worker at 390 px, a page with tabs');
    await context.close();
  });
});

describe('a worker opening an admin address', () => {
  it('is refused, sees no admin content, and the API refuses too', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'worker');
    await page.goto('/admin/people');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe("You don't have access to this page");
    expect(await page.getByRole('table').count()).toBe(0);
    const status = await page.evaluate(async () => (await fetch('/api/v1/people')).status);
    expect(status).toBe(403);
    await expectNoAxeViolations(page, 'worker → /admin/people');
    // the Organisation area's own page is refused the same way
    await page.goto('/organisation');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe("You don't have access to this page");
  });
});

describe('language', () => {
  it('in Spanish the areas, their pages and their tabs are translated, and every page is reached in two steps', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'supervisor');
    await page.getByLabel('Language').selectOption('es');
    await mainNav(page, 'Principal').waitFor();
    expect(await navLinks(page, 'Principal')).toEqual(['Inicio', 'Tú', 'Tu equipo', 'Organización', 'Ayuda']);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await expectNoAxeViolations(page, 'home in Spanish');

    const areaOf = new Map<string, string>();
    for (const area of ['Tú', 'Tu equipo', 'Organización', 'Ayuda']) {
      await mainNav(page, 'Principal').getByRole('link', { name: area, exact: true }).click();
      await heading(page, area).waitFor();
      await page.waitForLoadState('networkidle');
      if (area !== 'Ayuda') for (const name of (await listedOn(page).allTextContents()).map((t) => t.trim())) areaOf.set(name, area);
      await expectNoAxeViolations(page, `supervisor → ${area} (es)`);
    }
    // the supervisor's 34 pages, each named in Spanish on its area's page
    expect(areaOf.size).toBe(reachBefore.supervisor.length);
    for (const [name, area] of areaOf) {
      await reachInTwoSteps(page, area, name, 'Principal');
      if ((await tabs(page).getByRole('list').count()) > 0) expect(await tabs(page).locator('a[aria-current="page"]').textContent()).toBe(name);
    }
    // one page of many tabs checked by axe in Spanish
    await reachInTwoSteps(page, 'Tú', 'Mi plan de afrontamiento', 'Principal');
    expect(await tabs(page).getAttribute('aria-label')).toBe('Páginas de Mi espacio de bienestar');
    await expectNoAxeViolations(page, 'supervisor → Tú → Mi plan de afrontamiento (es)');

    // a new browser context (no local storage) signing in again gets Spanish from the account
    const later = await newPage(browser);
    await later.goto('/sign-in');
    await later.getByLabel('Email').fill(DEMO_EMAILS.supervisor);
    await later.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await later.getByRole('button', { name: 'Sign in' }).click();
    await mainNav(later, 'Principal').waitFor();
    await later.getByLabel('Idioma').selectOption('en');
    await mainNav(later).waitFor();
  }, 300_000);
});
