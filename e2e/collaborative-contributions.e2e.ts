import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signInAs } from './support/browser.js';
import { takeOutOfCollaborative } from './support/collaborative.js';

/**
 * An organisation's side of what a timepoint asks for, on the demo: the demo organisation's admin
 * consents to the demo hub, the hub admin adds it to Safer Supervision (whose timepoints ask for
 * the staff survey and check-in band counts), and the admin's Collaboratives page offers each
 * kind with its own form — the band counts with exactly what leaves said beside the button. The
 * baseline's quarter is long past and nobody there counted a check-in then, so sending gives
 * nothing and says why. Then consent is revoked and the hub invites again, leaving the demo as
 * it was found. Axe on each page.
 */

let browser: Browser;
let orgAdmin: Page;
let hubAdmin: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  [orgAdmin, hubAdmin] = await Promise.all([newPage(browser), newPage(browser)]);
  await signInAs(orgAdmin, 'org_admin');
  await signInAs(hubAdmin, 'hub_admin');
});
afterAll(async () => {
  await browser?.close();
});

const main = (page: Page) => page.locator('main');

describe("an organisation's contributions to its collaborative", () => {
  it('the admin consents and the hub adds the organisation to Safer Supervision', async () => {
    await orgAdmin.goto('/');
    await main(orgAdmin).getByRole('link', { name: 'Read the invitation' }).click();
    const hub = main(orgAdmin).getByRole('region', { name: 'Riverside Region Hub' });
    await hub.getByRole('button', { name: 'I consent for my organisation' }).click();
    await hub.getByText(/Consent given by/).waitFor();
    await hubAdmin.goto('/region/collaboratives');
    await hubAdmin.getByRole('link', { name: 'Safer Supervision' }).click();
    await hubAdmin.getByLabel(/Add a member organisation/).selectOption({ label: 'Riverside Community Care' });
    await hubAdmin.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => main(hubAdmin).getByRole('row', { name: /Riverside Community Care/ }).count()).toBeGreaterThan(0);
  });

  it('offers each kind a timepoint asks for with its own form, saying what would leave before the band counts are sent', async () => {
    await orgAdmin.goto('/collaboratives');
    const timepoints = main(orgAdmin).getByRole('table', { name: 'Timepoints and what each asks of your organisation' });
    const baseline = timepoints.getByRole('row', { name: /^Baseline/ });
    await expect.poll(() => baseline.getByRole('button', { name: 'Send band counts' }).isVisible()).toBe(true);
    await expect.poll(() => baseline.textContent()).toMatch(/how many of the people who chose to count their check-in results fell in each band/);
    await expect.poll(() => baseline.textContent()).toContain("Never anyone's check-in, answers, name or team.");
    // the demo's timepoints ask for no audit
    await expect.poll(() => baseline.getByRole('cell', { name: 'Not asked for' }).count()).toBe(1);
    await expectNoAxeViolations(orgAdmin, "the organisation's collaboratives (what each timepoint asks)");
    await baseline.getByRole('button', { name: 'Send band counts' }).click();
    await expect.poll(() => baseline.getByText(/^Nothing was sent: too few people/).isVisible()).toBe(true);
    await expectNoAxeViolations(orgAdmin, "the organisation's collaboratives (nothing to send yet)");
  });

  it('leaves the demo as it was found: taken out of the collaborative (it sent nothing), consent revoked, then invited again', async () => {
    await takeOutOfCollaborative(hubAdmin, 'Safer Supervision', 'Riverside Community Care');
    await orgAdmin.goto('/admin/regional-hub');
    const hub = main(orgAdmin).getByRole('region', { name: 'Riverside Region Hub' });
    await hub.getByRole('button', { name: 'Revoke consent' }).click();
    await orgAdmin.getByRole('alertdialog').getByRole('button', { name: 'Revoke consent' }).click();
    await hub.getByText(/Consent revoked by/).waitFor();
    await hubAdmin.goto('/region/invite');
    await hubAdmin.getByLabel('Organisation name').fill('Riverside');
    await hubAdmin.getByRole('button', { name: 'Invite Riverside Community Care' }).click();
    await hubAdmin.getByText('(Invited)').waitFor();
  });
});
