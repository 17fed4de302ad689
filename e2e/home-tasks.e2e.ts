import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signInAs } from './support/browser.js';

/**
 * Home lists what is waiting, per role. The journey makes the waiting things itself through the
 * API, each under a name found nowhere else: the admin opens a staff survey for everyone, the
 * team lead records a hard event naming the demo worker, the worker shares her coping plan with
 * the team lead. Each person's Home lists their own, and each link opens the page where it is
 * done; the analyst's Home says nothing is waiting. Everything made is closed, let go or revoked
 * at the end, so no later journey finds it. Axe on every Home; Spanish too.
 */

const TAG = Math.random().toString(36).slice(2, 8);
const SURVEY = `Home journey pulse ${TAG}`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let browser: Browser;
let admin: Page;
let lead: Page;
let worker: Page;
let analyst: Page;
const made = { surveyId: '', grantId: '', offerIds: [] as string[] };

beforeAll(async () => {
  browser = await launchBrowser();
  [admin, lead, worker, analyst] = await Promise.all([newPage(browser), newPage(browser), newPage(browser), newPage(browser)]);
  await signInAs(admin, 'org_admin');
  await signInAs(lead, 'supervisor');
  await signInAs(worker, 'worker');
  await signInAs(analyst, 'hub_analyst');
});
afterAll(async () => {
  // leave nothing waiting for the journeys that run after this one
  if (made.surveyId) await call(admin, 'POST', `/api/v1/assessments/cycles/${made.surveyId}/close`);
  if (made.grantId) await call(worker, 'POST', `/api/v1/me/wellbeing/grants/${made.grantId}/revoke`);
  for (const id of made.offerIds) await call(worker, 'POST', `/api/v1/me/hard-event-offers/${id}/decline`);
  await browser?.close();
});

/** An API call from the signed-in page, with its CSRF token, as the web app makes it. */
async function call<T = unknown>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/v1/auth/session')).json()) as { csrfToken: string };
      const headers: Record<string, string> = { 'x-csrf-token': session.csrfToken };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, json: await response.json().catch(() => null) };
    },
    { method, path, body },
  ) as Promise<{ status: number; json: T }>;
}

const main = (page: Page) => page.locator('main');
const waiting = (page: Page, name = 'What is waiting for you') => main(page).getByRole('region', { name });
/** The task whose title says `title`, as one item of the list. */
const taskItem = (page: Page, title: string | RegExp) => waiting(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });

async function openHome(page: Page) {
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
  await waiting(page).waitFor();
}

describe('Home lists what is waiting', () => {
  it("the hub's analyst has no organisation Home: theirs is the hub's, listing its member organisations", async () => {
    await analyst.goto('/');
    await analyst.getByRole('heading', { level: 1, name: 'Riverside Region Hub' }).waitFor();
    await main(analyst).getByRole('table', { name: /Member organisations/ }).waitFor();
    await expectNoAxeViolations(analyst, 'analyst → the hub home');
  });

  it('the admin opens a survey for everyone; the worker finds it on Home and its link opens the survey', async () => {
    const opened = await call<{ id: string }>(admin, 'POST', '/api/v1/assessments/cycles', { packId: 'tend.sts-organisation', title: SURVEY, unitId: null, mode: 'staff-survey', opensOn: day(-1), closesOn: day(5) });
    expect(opened.status, JSON.stringify(opened.json)).toBe(201);
    made.surveyId = opened.json.id;

    await openHome(worker);
    const item = taskItem(worker, `A staff survey would like your view: ${SURVEY}`);
    await item.waitFor();
    await main(worker).getByText('Only you see this list.').waitFor();
    await expectNoAxeViolations(worker, 'worker → home with a survey waiting');
    await item.getByRole('link', { name: 'Answer the survey' }).click();
    await worker.waitForURL(`**/assessments/${made.surveyId}/survey`);
    await worker.getByRole('heading', { level: 1 }).waitFor();
  });

  it('the team lead records a hard event naming the worker; her Home offers the check-in and its link opens her check-ins', async () => {
    const me = (await call<{ personId: string }>(worker, 'GET', '/api/v1/auth/session')).json;
    const recorded = await call(lead, 'POST', '/api/v1/hard-events', { category: 'serious-incident', occurredOn: day(-9), personIds: [me.personId] });
    expect(recorded.status).toBe(201);
    const offers = await call<{ offers: Array<{ id: string; due: boolean; status: string; occurredOn: string }> }>(worker, 'GET', '/api/v1/me/hard-event-offers');
    made.offerIds = offers.json.offers.filter((o) => o.status === 'open' && o.occurredOn === day(-9)).map((o) => o.id);
    expect(made.offerIds.length).toBeGreaterThan(0);

    await openHome(worker);
    // the demo may have offered her one already: the first is the most urgent
    const item = taskItem(worker, 'A short check-in is here for you, after a hard day at work').first();
    await item.waitFor();
    await expectNoAxeViolations(worker, 'worker → home with a check-in after a hard event');
    await item.getByRole('link', { name: 'Open my check-ins' }).click();
    await worker.getByRole('heading', { level: 1, name: 'After a hard day at work' }).waitFor();
  });

  it("the worker shares her coping plan with the team lead; his Home lists it until he opens it, and shows nothing else of hers", async () => {
    const lead_ = (await call<{ personId: string }>(lead, 'GET', '/api/v1/auth/session')).json;
    const shared = await call<{ id: string }>(worker, 'POST', '/api/v1/me/wellbeing/grants', { scope: 'coping-plan', granteePersonId: lead_.personId, expiresAt: new Date(Date.now() + 3 * 86_400_000).toISOString() });
    expect(shared.status).toBe(201);
    made.grantId = shared.json.id;

    await openHome(lead);
    const item = taskItem(lead, 'Aisha Rahman shared their coping plan with you');
    await item.waitFor();
    // her check-in after the hard event is hers alone: nothing of it on her team lead's Home
    const titles = await waiting(lead).getByRole('heading', { level: 3 }).allTextContents();
    expect(titles.filter((t) => t.includes('Aisha'))).toEqual(['Aisha Rahman shared their coping plan with you']);
    await expectNoAxeViolations(lead, 'team lead → home with a shared coping plan');
    await item.getByRole('link', { name: 'Open what was shared' }).click();
    await lead.getByRole('heading', { level: 1, name: "Aisha Rahman's coping plan" }).waitFor();

    await openHome(lead);
    await main(lead).getByRole('heading', { level: 2, name: 'Places you use most' }).waitFor();
    expect(await taskItem(lead, 'Aisha Rahman shared their coping plan with you').count()).toBe(0);
  });

  it("the admin's Home shows the setup steps while any is left, each with a link, and hides them when asked", async () => {
    const setup = (await call<{ complete: boolean; done: number; total: number; steps: Array<{ key: string; done: boolean }> }>(admin, 'GET', '/api/v1/org/setup-steps')).json;
    await admin.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
    await openHome(admin);
    const steps = main(admin).getByRole('region', { name: 'Getting your organisation ready' });
    if (setup.complete) {
      expect(await steps.count()).toBe(0);
      return;
    }
    await steps.getByText(`${setup.done} of ${setup.total} steps done`).waitFor();
    expect(await steps.getByRole('listitem').count()).toBe(5);
    await steps.getByRole('link', { name: 'Make your services and teams' }).waitFor();
    await expectNoAxeViolations(admin, 'admin → home with setup steps');
    await steps.getByRole('link', { name: 'Build a course catalogue' }).click();
    await admin.waitForURL('**/admin/courses');
    await openHome(admin);
    await steps.getByRole('button', { name: 'Hide these steps' }).click();
    await steps.waitFor({ state: 'detached' });
    await openHome(admin);
    expect(await steps.count()).toBe(0);
    await admin.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
  });

  it('learns the places a person goes to: somewhere opened twice leads "Places you use most", kept in her browser only', async () => {
    const places = () => main(worker).getByRole('navigation', { name: 'Places you use most' }).getByRole('link');
    await worker.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
    await openHome(worker);
    const before = await places().allTextContents();
    expect(before).not.toContain('Speak up');
    for (let visit = 0; visit < 2; visit++) {
      await worker.goto('/voice');
      await worker.getByRole('heading', { level: 1 }).waitFor();
    }
    await openHome(worker);
    await expect.poll(async () => (await places().allTextContents())[0]).toBe('Speak up');
    expect(await places().count()).toBeLessThanOrEqual(6);
    // nothing of it reached the server: another browser of hers still sees her role's usual list
    const elsewhere = await newPage(browser);
    await signInAs(elsewhere, 'worker');
    await main(elsewhere).getByRole('navigation', { name: 'Places you use most' }).waitFor();
    expect(await main(elsewhere).getByRole('navigation', { name: 'Places you use most' }).getByRole('link').allTextContents()).toEqual(before);
    await elsewhere.context().close();
    await worker.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
  });

  it('reads in Spanish too', async () => {
    await openHome(worker);
    await worker.getByRole('combobox', { name: 'Language' }).selectOption('es');
    const lista = waiting(worker, 'Lo que te espera');
    await lista.getByRole('heading', { name: `Una encuesta al personal quiere conocer tu opinión: ${SURVEY}` }).waitFor();
    await lista.getByRole('link', { name: 'Ver mis momentos para mí' }).first().waitFor();
    await main(worker).getByText('Solo tú ves esta lista.').waitFor();
    await expectNoAxeViolations(worker, 'worker → home (es)');
    await worker.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await worker.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
  });
});
