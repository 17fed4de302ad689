import { readFileSync } from 'node:fs';
import { type APIRequestContext, type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage } from './support/browser.js';

/**
 * Issue 13's acceptance, end to end on a hub of its own (global-setup makes the Coastline
 * Learning Hub and three organisations apart from the demo, so no other journey sees them):
 * the hub admin sets the hub's thresholds and invites the organisations; their admins consent;
 * a collaborative with baseline and endline runs its staff survey in each; the hub sees
 * completion, then pooled figures where the baseline shows (three organisations) and the endline
 * is hidden with its reason (two took part); one organisation revokes its consent and the hub's
 * next release omits it; the hub's analyst opens an organisation's address and gets 404.
 *
 * Harbour House does everything in the browser (consent, opening, answering, linking and closing
 * its survey, revoking); the other two, and the staff who answer beside its admin, act through
 * the API as themselves, to keep the journey quick. Axe on each page.
 */

const { hub, orgs } = inject('acceptance');
const [harbour, lakeside, meadow] = orgs as [(typeof orgs)[number], (typeof orgs)[number], (typeof orgs)[number]];
const PASSWORD = 'steady-willow-current-2026';
const COLLABORATIVE = 'Calmer Shifts';
const SURVEY = 'Calmer Shifts baseline survey';
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const tokenOf = (link: string) => link.slice(link.indexOf('#') + 1);
const main = (page: Page) => page.locator('main');

let browser: Browser;
let hubAdmin: Page;
let orgAdmin: Page;
const contexts: APIRequestContext[] = [];

/** A session through the API as one person: JSON in and out, with the session's CSRF token. */
interface Api {
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  status(method: string, path: string, body?: unknown): Promise<number>;
}

async function apiAs(email: string): Promise<Api> {
  const ctx = await request.newContext({ baseURL: baseUrl() });
  contexts.push(ctx);
  const signIn = await ctx.post('/api/v1/auth/sign-in', { data: { email, password: PASSWORD } });
  expect(signIn.status(), `sign-in of ${email}`).toBe(200);
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const send = (method: string, path: string, body?: unknown) => ctx.fetch(path, { method, headers: { 'X-CSRF-Token': csrfToken }, ...(body === undefined ? {} : { data: body }) });
  return {
    async call<T>(method: string, path: string, body?: unknown) {
      const response = await send(method, path, body);
      const text = await response.text();
      expect(response.ok(), `${method} ${path} as ${email}: ${response.status()} ${text}`).toBe(true);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    async status(method: string, path: string, body?: unknown) {
      return (await send(method, path, body)).status();
    },
  };
}

/** Sets a password with an invitation link's token, as the accept-invitation page does. */
async function acceptInvitation(token: string): Promise<void> {
  const ctx = await request.newContext({ baseURL: baseUrl() });
  contexts.push(ctx);
  const response = await ctx.post('/api/v1/auth/invitation/accept', { data: { token, password: PASSWORD } });
  expect(response.status(), await response.text()).toBe(204);
}

/** The invitation link Tend mailed to this address (with no SMTP, the server prints its mails). */
async function mailedToken(email: string): Promise<string> {
  let token: string | undefined;
  await expect
    .poll(() => {
      const mails = readFileSync(inject('serverLog'), 'utf8').split('[mail not configured');
      const mine = mails.filter((m) => m.includes(`To: ${email}\n`)).at(-1) ?? '';
      token = /\/accept-invitation#(\S+)/.exec(mine)?.[1];
      return token;
    })
    .toBeTruthy();
  return token!;
}

/** Sets the password in the browser from an invitation link, then signs in. */
async function acceptAndSignIn(page: Page, token: string, email: string, label: string): Promise<void> {
  await page.goto(`/accept-invitation#${token}`);
  await page.getByLabel('New password').fill(PASSWORD);
  await expectNoAxeViolations(page, `${label} → accept invitation`);
  await page.getByRole('button', { name: 'Set my password' }).click();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** An organisation's admin, signed in through the API, with two colleagues given accounts; its privacy minimum set to 3 (the lowest). */
async function staffOrganisation(org: (typeof orgs)[number], browserAdmin = false) {
  if (!browserAdmin) await acceptInvitation(tokenOf(org.invitation));
  const admin = await apiAs(org.adminEmail);
  await admin.call('PATCH', '/api/v1/org/settings', { minGroupSize: 3 });
  const domain = org.adminEmail.split('@')[1]!;
  const staff: Api[] = [];
  for (const name of ['Robin', 'Sasha']) {
    const email = `${name.toLowerCase()}@${domain}`;
    const person = await admin.call<{ id: string }>('POST', '/api/v1/people', { name: `${name} ${org.name.split(' ')[0]}`, email, kind: 'employee' });
    await admin.call('POST', `/api/v1/people/${person.id}/account`, { roles: ['worker'] });
    await acceptInvitation(await mailedToken(email));
    staff.push(await apiAs(email));
  }
  return { admin, staff };
}

async function hubIdOf(admin: Api): Promise<string> {
  const { memberships } = await admin.call<{ memberships: Array<{ hubId: string; hubName: string }> }>('GET', '/api/v1/org/hubs');
  return memberships.find((m) => m.hubName === hub.name)!.hubId;
}

/** Every criterion of the survey answered with one value. */
async function answerAll(person: Api, cycleId: string, value: number): Promise<void> {
  const questions = await person.call<{ sections: Array<{ criteria: Array<{ id: string }> }> }>('GET', `/api/v1/assessments/cycles/${cycleId}/survey/questions`);
  const answers = Object.fromEntries(questions.sections.flatMap((s) => s.criteria.map((c) => [c.id, value])));
  await person.call('POST', `/api/v1/assessments/cycles/${cycleId}/survey`, { answers, comments: {} });
}

/** Through the API: a whole-organisation staff survey for the timepoint, answered by everyone, closed, and linked (which releases it to the hub). */
async function runSurvey(org: { admin: Api; staff: Api[] }, slot: string, values: [number, number, number]) {
  const hubId = await hubIdOf(org.admin);
  const mine = await org.admin.call<{ timepoints: Array<{ id: string; slot: string; packId: string }> }>('GET', `/api/v1/org/hubs/${hubId}/collaborative`);
  const timepoint = mine.timepoints.find((t) => t.slot === slot)!;
  const cycle = await org.admin.call<{ id: string }>('POST', '/api/v1/assessments/cycles', {
    packId: timepoint.packId,
    title: `Staff survey (${slot})`,
    unitId: null,
    mode: 'staff-survey',
    opensOn: today(),
    closesOn: inDays(14),
    contributorIds: [],
  });
  for (const [k, person] of [org.admin, ...org.staff].entries()) await answerAll(person, cycle.id, values[k]!);
  await org.admin.call('POST', `/api/v1/assessments/cycles/${cycle.id}/close`);
  const linked = await org.admin.call<{ contributed: number }>('POST', `/api/v1/org/hubs/${hubId}/collaborative/timepoints/${timepoint.id}/survey`, { cycleId: cycle.id });
  expect(linked.contributed, `figures ${slot} sent`).toBeGreaterThan(0);
}

async function openCollaborative(page: Page) {
  await page.goto('/region/collaboratives');
  await page.getByRole('link', { name: COLLABORATIVE }).click();
  await page.getByRole('heading', { level: 1, name: COLLABORATIVE }).waitFor();
}
const figures = (page: Page) => page.getByRole('table', { name: /Mean rating per timepoint and section/ });
const figureRow = (page: Page, timepoint: string, section = 'Safety') => figures(page).getByRole('row', { name: new RegExp(`^${timepoint} ${section}\\b`) });
const completionRow = (page: Page, org: string) => page.getByRole('table', { name: 'Answered out of asked, per organisation and timepoint' }).getByRole('row', { name: new RegExp(`^${org}`) });

let lakesideApi: { admin: Api; staff: Api[] };
let meadowApi: { admin: Api; staff: Api[] };
let harbourStaff: Api[];

beforeAll(async () => {
  browser = await launchBrowser();
  [hubAdmin, orgAdmin] = await Promise.all([newPage(browser), newPage(browser)]);
});
afterAll(async () => {
  for (const ctx of contexts) await ctx.dispose();
  await browser?.close();
});

describe('a regional hub and its learning collaborative, from invitation to benchmark and revocation', () => {
  it('the hub admin sets the thresholds (3 organisations, 3 people) and invites three organisations', async () => {
    await acceptAndSignIn(hubAdmin, tokenOf(hub.invitation), hub.adminEmail, 'hub admin');
    await hubAdmin.goto('/region/settings');
    await hubAdmin.getByRole('heading', { level: 1, name: 'Hub settings' }).waitFor();
    const fewestPeople = hubAdmin.getByLabel('Fewest people in a group');
    await expect.poll(() => fewestPeople.inputValue()).toBe('5');
    await hubAdmin.getByLabel('Fewest organisations in a shared figure').fill('3');
    await fewestPeople.fill('3');
    await hubAdmin.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => hubAdmin.evaluate(async () => ((await (await fetch('/api/v1/hub')).json()) as { settings: unknown }).settings)).toEqual({ minOrganisations: 3, minGroupSize: 3 });
    await expectNoAxeViolations(hubAdmin, 'hub admin → hub settings');

    await hubAdmin.goto('/region/invite');
    await hubAdmin.getByRole('heading', { level: 1, name: 'Invite an organisation' }).waitFor();
    for (const org of orgs) {
      await hubAdmin.getByLabel('Organisation name').fill(org.name.split(' ')[0]!);
      await hubAdmin.getByRole('button', { name: `Invite ${org.name}` }).click();
      await hubAdmin.getByText(`${org.name} (Invited)`).waitFor();
    }
    await expectNoAxeViolations(hubAdmin, 'hub admin → invite page');
  });

  it("each organisation's admin consents (Harbour House on its Regional hub page); the hub starts a collaborative and adds all three", async () => {
    await acceptAndSignIn(orgAdmin, tokenOf(harbour.invitation), harbour.adminEmail, 'org admin');
    await orgAdmin.goto('/admin/regional-hub');
    const invitation = main(orgAdmin).getByRole('region', { name: hub.name });
    await invitation.getByText(/never receives a row about a person/).waitFor();
    await expectNoAxeViolations(orgAdmin, 'org admin → regional hub invitation');
    await invitation.getByRole('button', { name: 'I consent for my organisation' }).click();
    await invitation.getByText(/Consent given by Hana Reyes/).waitFor();
    await expectNoAxeViolations(orgAdmin, 'org admin → consent given');

    // the other two consent through the API as their admins, and give two colleagues accounts
    [lakesideApi, meadowApi] = [await staffOrganisation(lakeside), await staffOrganisation(meadow)];
    for (const org of [lakesideApi, meadowApi]) {
      const { currentStatementVersion } = await org.admin.call<{ currentStatementVersion: number }>('GET', '/api/v1/org/hubs');
      await org.admin.call('POST', `/api/v1/org/hubs/${await hubIdOf(org.admin)}/consent`, { statementVersion: currentStatementVersion });
    }

    await hubAdmin.goto('/region/collaboratives');
    const form = hubAdmin.getByRole('region', { name: 'Start a collaborative' });
    await form.getByLabel('Name (required)').fill(COLLABORATIVE);
    await form.getByLabel('What it is for').fill('Steadier handovers between shifts');
    await form.getByLabel('Start day (required)').fill(today());
    await form.getByLabel('Questions to ask (assessment pack) (required)').selectOption({ label: 'Trauma-informed organisational audit' });
    await form.getByRole('button', { name: 'Start the collaborative' }).click();
    await hubAdmin.getByRole('link', { name: COLLABORATIVE }).click();
    await hubAdmin.getByRole('heading', { level: 1, name: COLLABORATIVE }).waitFor();
    const add = hubAdmin.getByLabel('Add a member organisation');
    for (const org of orgs) {
      await add.locator('option', { hasText: org.name }).waitFor({ state: 'attached' });
      await add.selectOption({ label: org.name });
      await hubAdmin.getByRole('button', { name: 'Add', exact: true }).click();
      await completionRow(hubAdmin, org.name).waitFor();
      // the form clears its choice once the addition is announced: only then choose the next
      await hubAdmin.getByText(`${org.name} takes part now.`).waitFor({ state: 'attached' });
    }
    await hubAdmin.getByText('Every organisation with consent in force already takes part in a collaborative of this hub.').waitFor();
    await expectNoAxeViolations(hubAdmin, 'hub admin → the collaborative (members added)');
  });

  it("Harbour House opens its baseline staff survey from the collaborative's timepoint; its admin answers in the browser, two colleagues through the API", async () => {
    const harbourApi = await staffOrganisation(harbour, true);
    harbourStaff = harbourApi.staff;
    await orgAdmin.goto('/collaboratives');
    const mine = main(orgAdmin).getByRole('region', { name: `${COLLABORATIVE} (${hub.name})` });
    await mine.getByText(/None of your whole-organisation staff surveys uses this timepoint's questions yet/).first().waitFor();
    await expectNoAxeViolations(orgAdmin, 'org admin → collaboratives (no survey yet)');
    // one step from the timepoint: its own questions, the whole organisation, linked as it opens
    await mine.getByRole('button', { name: 'Open a staff survey for Baseline' }).click();
    const dialog = orgAdmin.getByRole('dialog', { name: 'Open a staff survey for Baseline' });
    await dialog.getByText(/The hub never sees anyone's answers/).waitFor();
    await expect(dialog.getByLabel(/Title of the survey/).inputValue()).resolves.toBe(`${COLLABORATIVE}: Baseline`);
    await dialog.getByLabel(/Closes on/).fill('');
    await dialog.getByRole('button', { name: 'Open and link the survey' }).click();
    await dialog.getByRole('link', { name: /Closes on/ }).waitFor();
    await expectNoAxeViolations(orgAdmin, 'org admin → open a survey for a timepoint (a field refused)');
    await dialog.getByLabel(/Title of the survey/).fill(SURVEY);
    await dialog.getByLabel(/Closes on/).fill(inDays(14));
    await dialog.getByRole('button', { name: 'Open and link the survey' }).click();
    await orgAdmin.getByText(`${SURVEY} is open and linked to Baseline.`).waitFor({ state: 'attached' });
    await mine.getByRole('row', { name: /^Baseline/ }).getByText('Linked; figures go to the hub once results are released').waitFor();
    await expectNoAxeViolations(orgAdmin, 'org admin → collaboratives (survey opened and linked)');

    // the admin is staff too: answers every question in the survey page
    await orgAdmin.goto('/my-assessments');
    await main(orgAdmin).getByRole('link', { name: `Answer ${SURVEY}` }).click();
    await orgAdmin.getByRole('heading', { level: 1, name: SURVEY }).waitFor();
    await main(orgAdmin).getByText('Only group figures are shown, and only for groups of at least 3 people.').waitFor();
    await main(orgAdmin).getByRole('button', { name: 'Start' }).click();
    const questions = main(orgAdmin).getByRole('group');
    await questions.first().waitFor();
    const count = await questions.count();
    for (let i = 0; i < count; i++) {
      const group = questions.nth(i);
      const four = group.getByRole('radio', { name: '4 — Mostly true' });
      if ((await four.count()) > 0) await four.check();
    }
    await expectNoAxeViolations(orgAdmin, 'org admin → survey (answering)');
    await main(orgAdmin).getByRole('button', { name: 'Send my answers' }).click();
    await main(orgAdmin).getByRole('heading', { name: 'Thank you' }).waitFor();
    // the two colleagues answer through the API, from the surveys open to them
    const { surveys } = await harbourStaff[0]!.call<{ surveys: Array<{ id: string; title: string }> }>('GET', '/api/v1/assessments/open-surveys');
    const cycleId = surveys.find((s) => s.title === SURVEY)!.id;
    for (const [k, person] of harbourStaff.entries()) await answerAll(person, cycleId, k === 0 ? 3 : 5);
  });

  it('Harbour House closes its linked survey now that everyone answered, and its figures go to the hub', async () => {
    // everyone asked has answered: the admin closes it now from its results page
    await orgAdmin.goto('/admin/assessments');
    await main(orgAdmin).getByRole('link', { name: SURVEY, exact: true }).click();
    await orgAdmin.getByRole('heading', { level: 1, name: SURVEY }).waitFor();
    await main(orgAdmin).getByRole('navigation', { name: `Pages of ${SURVEY}` }).getByRole('link', { name: 'Results' }).click();
    await main(orgAdmin).getByText(/Results are shown once it closes/).waitFor();
    await main(orgAdmin).getByRole('button', { name: 'Close the survey now' }).click();
    const dialog = orgAdmin.getByRole('alertdialog');
    await dialog.getByText('Nobody can answer after this, and it cannot be opened again.').waitFor();
    await expectNoAxeViolations(orgAdmin, 'org admin → close the survey (confirm)');
    await dialog.getByRole('button', { name: 'Close the survey' }).click();
    await main(orgAdmin).getByText('Average answer in each section, for everyone asked').waitFor({ state: 'attached' });
    await main(orgAdmin).getByRole('button', { name: 'Close the survey now' }).waitFor({ state: 'detached' });
    await expectNoAxeViolations(orgAdmin, 'org admin → survey results (closed)');
    await orgAdmin.goto('/collaboratives');
    const mine = main(orgAdmin).getByRole('region', { name: `${COLLABORATIVE} (${hub.name})` });
    await mine.getByRole('row', { name: /^Baseline/ }).getByText('Figures shared with the hub').waitFor();
  });

  it('the other two run the baseline, and two of the three the endline; the hub sees completion, the baseline pooled and the endline hidden with its reason', async () => {
    await runSurvey(lakesideApi, 'baseline', [2, 3, 4]);
    await runSurvey(meadowApi, 'baseline', [3, 3, 3]);
    await runSurvey(lakesideApi, 'endline', [4, 4, 4]);
    await runSurvey(meadowApi, 'endline', [4, 5, 4]);

    await openCollaborative(hubAdmin);
    for (const org of orgs) await expect.poll(() => completionRow(hubAdmin, org.name).textContent()).toContain('3 of 3');
    await expect.poll(() => completionRow(hubAdmin, harbour.name).textContent()).toContain('No survey linked yet');
    // Safety, ten criteria: Harbour House 4, 3, 5; Lakeside 2, 3, 4; Meadow Court 3, 3, 3 → 300 / 90
    await expect.poll(() => figureRow(hubAdmin, 'Baseline').textContent()).toContain('3.33 (3 organisations, 90 ratings)');
    await expect.poll(() => figureRow(hubAdmin, 'Endline').textContent()).toContain("Hidden: fewer organisations took part than the hub's minimum.");
    await expect.poll(() => figureRow(hubAdmin, '6 months after').textContent()).toContain('No figures yet: nothing has been collected for this timepoint.');
    await expectNoAxeViolations(hubAdmin, 'hub admin → completion and pooled figures');

    // Harbour House reads its own figure beside the collaborative's
    await orgAdmin.reload();
    const own = main(orgAdmin).getByRole('table', { name: /Your mean rating beside/ }).getByRole('row', { name: /^Baseline Safety\b/ });
    await expect.poll(() => own.textContent()).toMatch(/Safety4(\.0)?3\.33 \(3 organisations, 90 ratings\)/);
    await expectNoAxeViolations(orgAdmin, 'org admin → collaboratives (figures)');
  });

  it("Harbour House revokes its consent, told first what that does; the hub's next release omits it", async () => {
    await orgAdmin.goto('/admin/regional-hub');
    const region = main(orgAdmin).getByRole('region', { name: hub.name });
    await region.getByRole('button', { name: 'Revoke consent' }).click();
    const dialog = orgAdmin.getByRole('alertdialog');
    await dialog.getByText('From now on, no new figures from your organisation will go to the hub.').waitFor();
    await dialog.getByRole('button', { name: 'Revoke consent' }).click();
    await region.getByText(/Consent revoked by Hana Reyes/).waitFor();
    await expectNoAxeViolations(orgAdmin, 'org admin → consent revoked');

    await openCollaborative(hubAdmin);
    await expect.poll(() => completionRow(hubAdmin, harbour.name).textContent()).toContain('No consent in force: nothing new from this organisation reaches the hub.');
    // Lakeside and Meadow Court alone: two organisations are too few, so the baseline is hidden now
    await expect.poll(() => figureRow(hubAdmin, 'Baseline').textContent()).toContain("Hidden: fewer organisations took part than the hub's minimum.");
    expect(await figures(hubAdmin).textContent()).not.toContain('3 organisations');
    await expectNoAxeViolations(hubAdmin, 'hub admin → the collaborative after a revocation');
  });

  it("the hub admin adds an analyst, who reads the hub's figures and gets 404 at an organisation's address", async () => {
    await hubAdmin.goto('/region/people');
    await hubAdmin.getByRole('heading', { level: 1, name: 'Hub people' }).waitFor();
    const email = 'omar@coastline-hub.example';
    await hubAdmin.getByLabel('Name').fill('Omar Quinn');
    await hubAdmin.getByLabel('Email').fill(email);
    await hubAdmin.getByRole('button', { name: 'Add and send the invitation' }).click();
    await main(hubAdmin).getByRole('row', { name: /Omar Quinn/ }).waitFor();
    await expectNoAxeViolations(hubAdmin, 'hub admin → hub people (analyst added)');

    const analyst = await newPage(browser);
    await acceptAndSignIn(analyst, await mailedToken(email), email, 'analyst');
    await openCollaborative(analyst);
    await expect.poll(() => figureRow(analyst, 'Endline').textContent()).toContain('Hidden:');
    await expectNoAxeViolations(analyst, 'analyst → the collaborative');
    for (const address of ['/admin/people', '/collaboratives']) {
      await analyst.goto(address);
      await analyst.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    }
    await expectNoAxeViolations(analyst, 'analyst → an organisation page (not found)');
    const statuses = await analyst.evaluate(async () => Promise.all(['/api/v1/people', '/api/v1/assessments/cycles', '/api/v1/org/hubs'].map(async (p) => (await fetch(p)).status)));
    expect(statuses).toEqual([404, 404, 404]);
    await analyst.context().close();
  });
});
