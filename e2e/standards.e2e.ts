import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signInAs } from './support/browser.js';

/**
 * A hub's standards, end to end on the demo: the demo hub publishes the built-in audit as a
 * standard. Its admin uploads a broken pack (every problem named by its JSON path, nothing
 * published), then the audit's next version (refused: a built-in pack's versions reach every
 * organisation, so the operator installs them), then a pack of the hub's own and its next version
 * with a note. The demo organisation's admin consents to the hub, and its Hub standards page says
 * which version it runs of each (its own reviews ran the audit's 1.0.0) and the hub's notes (the
 * computed difference is proved by standards.int.test.ts). The admin then revokes and the hub
 * invites again, leaving the membership as it was found. Axe on each page.
 */

let browser: Browser;
let orgAdmin: Page;
let hubAdmin: Page;

const builtIn = JSON.parse(readFileSync(new URL('../src/content/packs/trauma-informed-audit.json', import.meta.url), 'utf8')) as {
  version: string;
  title: Record<string, string>;
  body: { sections: Array<{ criteria: Array<{ id: string; text: Record<string, string> }> }> };
};

/** The audit's next version: the last criterion of the last section says what it asks in new words, in both languages. */
function nextVersion() {
  const pack = structuredClone(builtIn);
  pack.version = '1.1.0';
  const last = pack.body.sections.at(-1)!.criteria.at(-1)!;
  last.text = { en: `${last.text.en} We look at this again every year.`, es: `${last.text.es} Lo revisamos de nuevo cada año.` };
  return { pack, criterionId: last.id };
}

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
const NOTE = 'The last criterion now asks for a yearly look back.';
const OWN = 'Riverside reflective audit';

/** A pack of the hub's own (an id nobody else installed): the audit's content under the hub's id, at a version. */
function ownPack(version: string) {
  const pack = { ...nextVersion().pack, id: 'riverside-region.reflective-audit', version };
  return { name: `reflective-audit-${version}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack, null, 2)) };
}

describe("a hub's standards", () => {
  it('the hub admin finds the standards page from the Region navigation, with the demo standard and its recognised partner', async () => {
    await hubAdmin.goto('/region');
    await main(hubAdmin).getByRole('link', { name: 'Standards' }).click();
    await hubAdmin.getByRole('heading', { level: 1, name: 'Standards' }).waitFor();
    await main(hubAdmin).getByRole('heading', { level: 2, name: 'Trauma-informed services' }).waitFor();
    await main(hubAdmin).getByRole('row', { name: /Alder House Refuge/ }).waitFor();
    await expectNoAxeViolations(hubAdmin, 'hub admin → standards');
  });

  it('a broken pack file is refused with every problem at its JSON path; nothing is published', async () => {
    const form = main(hubAdmin).getByRole('region', { name: 'Publish a version' });
    await form.getByLabel('Standard', { exact: true }).selectOption({ label: 'Trauma-informed services' });
    const broken = { ...nextVersion().pack, version: 'next', title: { en: builtIn.title.en } };
    await form.getByLabel('Pack file', { exact: true }).setInputFiles({ name: 'audit.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await form.getByLabel(/What changed/).fill(NOTE);
    await form.getByRole('button', { name: 'Publish' }).click();
    await form.getByText('The pack file has 2 problems; nothing was published:', { exact: true }).waitFor();
    await form.getByText(/^\$\.version: /).first().waitFor();
    await form.getByText(/^\$\.title\.es: /).first().waitFor();
    await expectNoAxeViolations(hubAdmin, 'hub admin → standards, pack problems');
    expect(await main(hubAdmin).getByRole('row', { name: /^1\.1\.0/ }).count()).toBe(0);
  });

  it("a next version of the built-in audit is refused: it would change every organisation's next review, so the operator installs those; nothing is published", async () => {
    const form = main(hubAdmin).getByRole('region', { name: 'Publish a version' });
    await form.getByLabel('Pack file', { exact: true }).setInputFiles({ name: 'audit-1.1.0.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(nextVersion().pack, null, 2)) });
    await form.getByRole('button', { name: 'Publish' }).click();
    await form.getByText(/did not come from this hub/).first().waitFor();
    await expectNoAxeViolations(hubAdmin, "hub admin → standards, not the hub's own pack");
    expect(await main(hubAdmin).getByRole('row', { name: /^1\.1\.0/ }).count()).toBe(0);
  });

  it("a pack of the hub's own becomes a new standard, and its next version is published with its note and listed", async () => {
    const form = main(hubAdmin).getByRole('region', { name: 'Publish a version' });
    await form.getByLabel('Standard', { exact: true }).selectOption({ label: 'A new standard' });
    await form.getByLabel(/Name of the new standard/).fill(OWN);
    await form.getByLabel('Pack file', { exact: true }).setInputFiles(ownPack('1.0.0'));
    await form.getByLabel(/What changed/).fill('The first version of our own audit.');
    await form.getByRole('button', { name: 'Publish' }).click();
    await main(hubAdmin).getByRole('heading', { level: 2, name: OWN }).waitFor();
    await form.getByLabel('Standard', { exact: true }).selectOption({ label: OWN });
    await form.getByLabel('Pack file', { exact: true }).setInputFiles(ownPack('1.1.0'));
    await form.getByLabel(/What changed/).fill(NOTE);
    await form.getByRole('button', { name: 'Publish' }).click();
    const row = main(hubAdmin).getByRole('row', { name: /^1\.1\.0/ });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain(NOTE);
    await expectNoAxeViolations(hubAdmin, 'hub admin → standards, published');
  });

  it("the demo organisation consents; its Hub standards page says it runs the audit's 1.0.0, the newest, and what changed in the hub's own standard it has not run", async () => {
    await orgAdmin.goto('/admin/regional-hub');
    const hub = main(orgAdmin).getByRole('region', { name: 'Riverside Region Hub' });
    await hub.getByRole('button', { name: 'I consent for my organisation' }).click();
    await hub.getByRole('link', { name: "See the hub's standards and what changed" }).click();
    await orgAdmin.getByRole('heading', { level: 1, name: 'Hub standards' }).waitFor();
    const audit = main(orgAdmin).getByRole('article', { name: 'Trauma-informed services' });
    await audit.getByText('You run version 1.0.0.').waitFor();
    await audit.getByText('You run the newest version.').waitFor();
    const own = main(orgAdmin).getByRole('article', { name: OWN });
    await own.getByText('You have not run this standard yet.').waitFor();
    await own.getByText("The hub's newest is 1.1.0.").waitFor();
    await own.getByText(NOTE).waitFor();
    await own.getByText('The first version of our own audit.').waitFor();
    await expectNoAxeViolations(orgAdmin, 'org admin → hub standards');
  });

  it('leaves the membership as found: the admin revokes and the hub invites again', async () => {
    await orgAdmin.goto('/admin/regional-hub');
    const hub = main(orgAdmin).getByRole('region', { name: 'Riverside Region Hub' });
    await hub.getByRole('button', { name: 'Revoke consent' }).click();
    await orgAdmin.getByRole('alertdialog').getByRole('button', { name: 'Revoke consent' }).click();
    await hub.getByText(/Consent revoked by/).waitFor();
    await orgAdmin.goto('/admin/hub-standards');
    await main(orgAdmin).getByText(/no regional hub with consent in force/).waitFor();
    await hubAdmin.goto('/region/invite');
    await hubAdmin.getByLabel('Organisation name').fill('Riverside');
    await hubAdmin.getByRole('button', { name: 'Invite Riverside Community Care' }).click();
    await hubAdmin.getByText('(Invited)').waitFor();
  });
});
