import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signInAs } from './support/browser.js';
import { takeOutOfCollaborative } from './support/collaborative.js';

/**
 * Shared practice of the demo's collaborative, Safer Supervision: the hub admin finds the demo's
 * library and board (a demo reply reported to the moderators), adds a link (a bad address named
 * first) and starts a thread; the demo organisation's admin consents to the hub (the demo leaves
 * it invited) and the hub admin adds it to the collaborative; the admin reads the link and the thread from the organisation's side and
 * replies and reports the hub's thread to the hub's moderators (a missing reason named first, axe on
 * the dialog); the hub admin reads "Reported (1)" with the reason and dismisses it; the hub admin
 * hides the reply with a reason, which the admin then reads in its place.
 * Afterwards the demo is put back: the link removed, the thread deleted, consent revoked (the
 * organisation then finds nothing) and the organisation invited again. Axe on each page.
 */

let browser: Browser;
let hubAdmin: Page;
let orgAdmin: Page;
let practiceAddress = '';

beforeAll(async () => {
  browser = await launchBrowser();
  [hubAdmin, orgAdmin] = await Promise.all([newPage(browser), newPage(browser)]);
  await signInAs(hubAdmin, 'hub_admin');
  await signInAs(orgAdmin, 'org_admin');
});
afterAll(() => browser?.close());

const main = (page: Page) => page.locator('main');
const library = (page: Page) => main(page).getByRole('region', { name: 'Library' });
const board = (page: Page) => main(page).getByRole('region', { name: 'Discussion board' });
const LINK_TITLE = 'Rota template that protects supervision';
const THREAD_TITLE = 'Cover for supervisors on leave';

describe('shared practice of a collaborative', () => {
  it("the hub admin opens it from the collaborative's page: the demo's link, stories (one unnamed) and thread", async () => {
    await hubAdmin.goto('/region/collaboratives');
    await hubAdmin.getByRole('link', { name: 'Safer Supervision' }).click();
    await hubAdmin.getByRole('link', { name: 'Open shared practice of Safer Supervision' }).click();
    await hubAdmin.getByRole('heading', { level: 1, name: 'Shared practice: Safer Supervision' }).waitFor();
    practiceAddress = new URL(hubAdmin.url()).pathname;
    await library(hubAdmin).getByText('Practice story from a member organisation', { exact: false }).waitFor();
    await library(hubAdmin).getByText(/Practice story from Alder House Refuge/).waitFor();
    await board(hubAdmin).getByRole('heading', { name: 'Keeping supervision protected in busy months' }).waitFor();
    // the demo's reply a partner reported: the reason shows, who reported it does not
    await board(hubAdmin).getByText('Reported (1)').waitFor();
    await board(hubAdmin).getByText(/^Personal or identifying details: In a small service/).waitFor();
    await expectNoAxeViolations(hubAdmin, 'hub admin → shared practice');
    await library(hubAdmin).getByLabel('Show').selectOption('story');
    await expect.poll(() => library(hubAdmin).getByRole('heading', { name: 'Secondary traumatic stress: an overview for organisations' }).count()).toBe(0);
    await library(hubAdmin).getByLabel('Show').selectOption('');
  });

  it('adds a link (a bad address named first, nothing added) and starts a thread', async () => {
    const form = library(hubAdmin).getByRole('form', { name: 'Add to the library' });
    await form.getByLabel('Title (required)').fill(LINK_TITLE);
    await form.getByLabel('Web address (required)').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => form.getByLabel('Web address (required)').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(hubAdmin, 'shared practice (a bad address)');
    expect(await library(hubAdmin).getByRole('heading', { name: LINK_TITLE }).count()).toBe(0);
    await form.getByLabel('Web address (required)').fill('https://example.org/rota-template');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await library(hubAdmin).getByRole('heading', { name: LINK_TITLE }).waitFor();

    const start = board(hubAdmin).getByRole('form', { name: 'Start a thread' });
    await start.getByLabel('Title (required)').fill(THREAD_TITLE);
    await start.getByLabel('Message (required)').fill('When a supervisor is away for a month, who takes their sessions in your service?');
    await start.getByRole('button', { name: 'Start the thread' }).click();
    await board(hubAdmin).getByRole('heading', { name: THREAD_TITLE }).waitFor();
  });

  it('the demo organisation consents to the hub and the hub admin adds it to the collaborative', async () => {
    await orgAdmin.goto('/admin/regional-hub');
    const hub = main(orgAdmin).getByRole('region', { name: 'Riverside Region Hub' });
    await hub.getByRole('button', { name: 'I consent for my organisation' }).click();
    await hub.getByText(/Consent given by/).waitFor();
    await hubAdmin.goto(practiceAddress.replace(/\/practice$/, ''));
    await hubAdmin.getByLabel('Add a member organisation').selectOption({ label: 'Riverside Community Care' });
    await hubAdmin.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => hubAdmin.getByRole('row', { name: /Riverside Community Care/ }).count()).toBe(1);
  });

  it("the organisation's admin reads the link and the thread from its collaboratives page and replies", async () => {
    await orgAdmin.goto('/collaboratives');
    await orgAdmin.getByRole('link', { name: 'Open shared practice of Safer Supervision' }).click();
    await orgAdmin.getByRole('heading', { level: 1, name: 'Shared practice: Safer Supervision' }).waitFor();
    await library(orgAdmin).getByRole('link', { name: `Open ${LINK_TITLE} (new tab)` }).waitFor();
    expect(await library(orgAdmin).getByRole('link', { name: `Open ${LINK_TITLE} (new tab)` }).getAttribute('rel')).toContain('noopener');
    await board(orgAdmin).getByRole('heading', { name: THREAD_TITLE }).waitFor();
    await expectNoAxeViolations(orgAdmin, 'org admin → shared practice');
    await board(orgAdmin).getByLabel(`Your reply to ${THREAD_TITLE}`).fill('A named back-up for each supervisor, agreed at the start of the year.');
    const reply = board(orgAdmin).getByRole('article', { name: /^Your reply/ });
    await board(orgAdmin).getByRole('button', { name: 'Send the reply' }).last().click();
    await reply.waitFor();
  });

  it("the organisation's admin reports the hub's thread; the hub admin reads the reason, never who, and dismisses it", async () => {
    await board(orgAdmin).getByRole('button', { name: new RegExp(`^Report: Thread by .*, ${THREAD_TITLE}$`) }).click();
    const dialog = orgAdmin.getByRole('dialog', { name: "Report this post to the hub's moderators" });
    await dialog.getByLabel('Something else').check();
    await dialog.getByRole('button', { name: 'Send the report' }).click();
    await expect.poll(() => dialog.getByLabel('In your own words').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(orgAdmin, 'org admin → the report dialog (a missing reason)');
    await dialog.getByLabel('In your own words').fill('Could the question be put without naming who is on leave?');
    await dialog.getByRole('button', { name: 'Send the report' }).click();
    await dialog.getByText("Thank you — the hub's moderators will look at it.").waitFor();
    await expectNoAxeViolations(orgAdmin, 'org admin → the report sent');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await board(orgAdmin).getByText("You reported this post; the hub's moderators will look at it.").waitFor();
    expect(await board(orgAdmin).getByText('Reported (1)').count()).toBe(0);

    await hubAdmin.goto(practiceAddress);
    const thread = board(hubAdmin).getByRole('article', { name: /^Your thread,/ }).filter({ hasText: THREAD_TITLE });
    await thread.getByText('Reported (1)').waitFor();
    await thread.getByText('Something else: Could the question be put without naming who is on leave?').waitFor();
    expect(await thread.getByText('Riverside Community Care').count()).toBe(0);
    await expectNoAxeViolations(hubAdmin, 'hub admin → a reported thread');
    await thread.getByRole('button', { name: `Dismiss reports: Your thread, ${THREAD_TITLE}` }).click();
    await expect.poll(() => thread.getByText('Reported (1)').count()).toBe(0);
  });

  it('the hub admin hides the reply with a reason; the organisation reads the reason in its place', async () => {
    await hubAdmin.goto(practiceAddress);
    const reply = board(hubAdmin).getByRole('article', { name: /^Reply by .*, Riverside Community Care,/ });
    await reply.getByRole('button', { name: /^Hide/ }).click();
    const hide = board(hubAdmin).getByRole('form', { name: /^Hide: Reply by/ });
    await hide.getByRole('button', { name: 'Hide the post' }).click();
    await expect.poll(() => hide.getByLabel('Reason (required)').getAttribute('aria-invalid')).toBe('true');
    await hide.getByLabel('Reason (required)').fill('Please keep replies to the thread’s question.');
    await hide.getByRole('button', { name: 'Hide the post' }).click();
    await reply.getByText('Hidden by the hub: Please keep replies to the thread’s question.').waitFor();
    await expectNoAxeViolations(hubAdmin, 'hub admin → a hidden reply');
    await orgAdmin.reload();
    await board(orgAdmin).getByText('Hidden by the hub: Please keep replies to the thread’s question.').waitFor();
    expect(await board(orgAdmin).getByText('A named back-up for each supervisor').count()).toBe(0);
    await expectNoAxeViolations(orgAdmin, 'org admin → a hidden reply');
  });

  it('puts the demo back: the link removed, the thread deleted, consent revoked (then nothing is found) and the organisation invited again', async () => {
    await library(hubAdmin).getByRole('button', { name: `Remove ${LINK_TITLE}` }).click();
    await hubAdmin.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => library(hubAdmin).getByRole('heading', { name: LINK_TITLE }).count()).toBe(0);
    await board(hubAdmin).getByRole('button', { name: `Delete: Your thread, ${THREAD_TITLE}` }).click();
    await hubAdmin.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await board(hubAdmin).getByText('Deleted by its author.').first().waitFor();
    await takeOutOfCollaborative(hubAdmin, 'Safer Supervision', 'Riverside Community Care');

    await orgAdmin.goto('/admin/regional-hub');
    const hub = main(orgAdmin).getByRole('region', { name: 'Riverside Region Hub' });
    await hub.getByRole('button', { name: 'Revoke consent' }).click();
    await orgAdmin.getByRole('alertdialog').getByRole('button', { name: 'Revoke consent' }).click();
    await hub.getByText(/Consent revoked by/).waitFor();
    const status = await orgAdmin.evaluate(async (path) => (await fetch(path)).status, `/api/v1/org/hubs/${await hubIdOf(orgAdmin)}/collaborative/board`);
    expect(status).toBe(404);

    await hubAdmin.goto('/region/invite');
    await hubAdmin.getByLabel('Organisation name').fill('Riverside');
    await hubAdmin.getByRole('button', { name: 'Invite Riverside Community Care' }).click();
    await hubAdmin.getByText('(Invited)').waitFor();
  });
});

/** The demo hub's id, as the organisation's side reads it. */
async function hubIdOf(page: Page): Promise<string> {
  return page.evaluate(async () => ((await (await fetch('/api/v1/org/hubs')).json()) as { memberships: Array<{ hubId: string }> }).memberships[0]!.hubId);
}
