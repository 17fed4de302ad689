import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signInAs } from './support/browser.js';

/**
 * The regional hub's membership, end to end on the demo: the demo hub has invited the demo
 * organisation. Its admin finds the task on Home, reads the consent statement and consents; the
 * hub sees it; the admin revokes, told first what that does and does not undo; the hub sees it
 * revoked and invites again from its invite page (leaving the demo as it was found). The hub's
 * analyst opening an organisation's address gets the not-found page. Axe on each page.
 */

let browser: Browser;
let orgAdmin: Page;
let hubAdmin: Page;
let analyst: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  [orgAdmin, hubAdmin, analyst] = await Promise.all([newPage(browser), newPage(browser), newPage(browser)]);
  await signInAs(orgAdmin, 'org_admin');
  await signInAs(hubAdmin, 'hub_admin');
  await signInAs(analyst, 'hub_analyst');
});
afterAll(async () => {
  await browser?.close();
});

const main = (page: Page) => page.locator('main');
const memberRow = (page: Page) => main(page).getByRole('row', { name: /Riverside Community Care/ });

async function openHubHome(page: Page) {
  await page.goto('/region/hub');
  await page.getByRole('heading', { level: 1, name: 'Riverside Region Hub' }).waitFor();
}

describe('a regional hub and an organisation', () => {
  it("the org admin's Home shows the invitation, which opens the Regional hub page with the consent statement; consenting is recorded", async () => {
    await orgAdmin.goto('/');
    const task = main(orgAdmin).getByRole('link', { name: 'Read the invitation' });
    await task.click();
    await orgAdmin.getByRole('heading', { level: 1, name: 'Regional hub' }).waitFor();
    const hub = main(orgAdmin).getByRole('region', { name: 'Riverside Region Hub' });
    await hub.getByText(/never receives a row about a person/).waitFor();
    await hub.getByText(/Maya Lindqvist \(Hub admin\)/).waitFor();
    await expectNoAxeViolations(orgAdmin, 'org admin → regional hub invitation');
    await hub.getByRole('button', { name: 'I consent for my organisation' }).click();
    await hub.getByText(/Consent given by Ada|Consent given by/).waitFor();
    await expectNoAxeViolations(orgAdmin, 'org admin → regional hub consented');
  });

  it('the hub sees the organisation as consented', async () => {
    await openHubHome(hubAdmin);
    await expect.poll(() => memberRow(hubAdmin).textContent()).toContain('Consented');
    await expectNoAxeViolations(hubAdmin, 'hub admin → hub home');
  });

  it('revoking warns first (no new figures; what was published stays), then the hub sees it revoked', async () => {
    await orgAdmin.reload();
    const hub = main(orgAdmin).getByRole('region', { name: 'Riverside Region Hub' });
    await hub.getByRole('button', { name: 'Revoke consent' }).click();
    const dialog = orgAdmin.getByRole('alertdialog');
    await dialog.getByText('From now on, no new figures from your organisation will go to the hub.').waitFor();
    await dialog.getByText(/already published stay published/).waitFor();
    await expectNoAxeViolations(orgAdmin, 'org admin → revoke warning');
    await dialog.getByRole('button', { name: 'Revoke consent' }).click();
    await hub.getByText(/Consent revoked by/).waitFor();
    await openHubHome(hubAdmin);
    await expect.poll(() => memberRow(hubAdmin).textContent()).toContain('Revoked');
  });

  it('the hub admin invites the organisation again from the invite page', async () => {
    await hubAdmin.goto('/region/invite');
    await hubAdmin.getByRole('heading', { level: 1, name: 'Invite an organisation' }).waitFor();
    await hubAdmin.getByLabel('Organisation name').fill('Riverside');
    const invite = hubAdmin.getByRole('button', { name: 'Invite Riverside Community Care' });
    await invite.waitFor();
    await expectNoAxeViolations(hubAdmin, 'hub admin → invite page');
    await invite.click();
    await hubAdmin.getByText('(Invited)').waitFor();
    await openHubHome(hubAdmin);
    await expect.poll(() => memberRow(hubAdmin).textContent()).toContain('Invited');
  });

  it('the hub admin withdraws the unanswered invitation after a confirmation; the organisation no longer sees it; then invites it again', async () => {
    await openHubHome(hubAdmin);
    await memberRow(hubAdmin).getByRole('button', { name: 'Withdraw the invitation to Riverside Community Care' }).click();
    const confirm = hubAdmin.getByRole('alertdialog');
    await confirm.getByText('You can invite the organisation again later.').waitFor();
    await expectNoAxeViolations(hubAdmin, 'hub admin → withdraw an invitation (confirmation)');
    await confirm.getByRole('button', { name: 'Withdraw invitation' }).click();
    await expect.poll(() => memberRow(hubAdmin).textContent()).toContain('Invitation withdrawn');
    await orgAdmin.goto('/admin/regional-hub');
    await main(orgAdmin).getByText('No regional hub has invited your organisation.').waitFor();
    await orgAdmin.goto('/');
    await main(orgAdmin).getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => main(orgAdmin).getByRole('link', { name: 'Read the invitation' }).count()).toBe(0);
    // as the demo had it: invited again
    await hubAdmin.goto('/region/invite');
    await hubAdmin.getByLabel('Organisation name').fill('Riverside');
    await hubAdmin.getByRole('button', { name: 'Invite Riverside Community Care' }).click();
    await hubAdmin.getByText('(Invited)').waitFor();
  });

  it("the hub's analyst reads the hub's pages, cannot invite, and gets the not-found page at an organisation's address", async () => {
    await analyst.goto('/region/settings');
    await analyst.getByRole('heading', { level: 1, name: 'Hub settings' }).waitFor();
    await analyst.getByText("Only the hub's admins can change these.").waitFor();
    await expectNoAxeViolations(analyst, 'analyst → hub settings');
    await analyst.goto('/region/people');
    await analyst.getByRole('heading', { level: 1, name: 'Hub people' }).waitFor();
    await expectNoAxeViolations(analyst, 'analyst → hub people');
    for (const address of ['/admin/people', '/me/wellbeing', '/admin/regional-hub']) {
      await analyst.goto(address);
      await analyst.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    }
    await expectNoAxeViolations(analyst, 'analyst → an organisation page (not found)');
    const status = await analyst.evaluate(async () => (await fetch('/api/v1/people')).status);
    expect(status).toBe(404);
  });
});
