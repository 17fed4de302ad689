import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './browser.js';

/**
 * The hub admin takes an organisation out of a collaborative from its page (after the
 * confirmation), so a journey that added the demo organisation leaves the demo as it found it.
 */
export async function takeOutOfCollaborative(hubAdmin: Page, collaborative: string, organisation: string) {
  await hubAdmin.goto('/region/collaboratives');
  await hubAdmin.getByRole('link', { name: collaborative }).click();
  await hubAdmin.getByLabel(/Take a member organisation out/).selectOption({ label: organisation });
  await hubAdmin.getByRole('button', { name: 'Take out', exact: true }).click();
  const dialog = hubAdmin.getByRole('alertdialog');
  await dialog.getByText(/Its own surveys and results stay with it/).waitFor();
  await expectNoAxeViolations(hubAdmin, 'hub admin → take a member out of a collaborative (confirmation)');
  await dialog.getByRole('button', { name: 'Take out' }).click();
  await expect.poll(() => hubAdmin.locator('main').getByRole('row', { name: new RegExp(organisation) }).count()).toBe(0);
}
