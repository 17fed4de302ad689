import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, openPlace, signInAs } from './support/browser.js';

/**
 * Staff voice, end to end: a worker raises a concern without their name, an admin who handles
 * concerns answers it in public, and the worker reads the answer; an admin publishes an
 * announcement and the worker marks it read; the admin sees read counts only as the privacy
 * gate released them; the worker's page in Spanish. Axe on every page.
 */

let browser: Browser;
let worker: Page;
let admin: Page;
// unique per run: the journeys share one demo organisation
const run = Date.now().toString(36);
const words = `The shared car is often booked out on visit days, so some of us walk between visits in the dark (${run}).`;
const reply = `Two more cars are booked for visit days from next week (${run}).`;
const title = `Changes to the duty rota ${run}`;

beforeAll(async () => {
  browser = await launchBrowser();
  worker = await newPage(browser);
  admin = await newPage(browser);
  await signInAs(worker, 'worker');
  await signInAs(admin, 'org_admin');
});
afterAll(() => browser?.close());

const main = (page: Page) => page.locator('main');

describe('speaking up without a name', () => {
  it('the worker raises a concern anonymously, after the tips and the calm reminder', async () => {
    await openPlace(worker, 'Speak up');
    await worker.getByRole('heading', { level: 1, name: 'Speak up' }).waitFor();
    await main(worker).getByText('You said, we did').first().waitFor();
    await expectNoAxeViolations(worker, 'worker → speak up');
    await worker.getByRole('button', { name: 'Send' }).click();
    await main(worker).getByText('Choose a concern or a suggestion.').waitFor();
    // before choosing, the worker is told who would read their name
    await main(worker).getByText("never by your own line manager. You can follow it below. They are the organisation's admins.").waitFor();
    await worker.getByLabel('Concern', { exact: true }).check();
    await worker.getByLabel('Without my name').check();
    await main(worker).getByText('Keeping it anonymous: a few tips').waitFor();
    await main(worker).getByText('Please describe the effect on people and work rather than graphic detail of what happened.').first().waitFor();
    await expectNoAxeViolations(worker, 'worker → speak up, with tips and errors');
    await worker.getByLabel('What would you like to say?').fill(words);
    await worker.getByRole('button', { name: 'Send' }).click();
    await main(worker).getByText('Thank you. It was received without your name').first().waitFor();
    // nothing ties it to them: it is not among their own
    expect(await main(worker).getByText(words).count()).toBe(0);
  });

  it('an admin who handles concerns answers it in public, with no name shown', async () => {
    await openPlace(admin, 'Concerns to answer');
    await admin.getByRole('heading', { level: 1, name: 'Concerns to answer' }).waitFor();
    const item = main(admin).getByRole('listitem').filter({ hasText: words });
    await item.waitFor();
    await item.getByText('No name shown').waitFor();
    await main(admin).getByText('Nobody is named, so every organisation admin handles concerns', { exact: false }).waitFor();
    await expectNoAxeViolations(admin, 'admin → concerns to answer');
    await item.getByLabel('Status').selectOption('acting');
    await item.getByLabel('Public answer').fill(reply);
    await item.getByRole('button', { name: 'Publish the answer' }).click();
    await admin.waitForLoadState('networkidle');
    await expect(item.getByLabel('Status').inputValue()).resolves.toBe('acting');
  });

  it('the worker reads the public answer', async () => {
    await worker.reload();
    const item = main(worker).getByRole('listitem').filter({ hasText: words });
    await item.getByText(reply).waitFor();
    await item.getByText('Acting on it').waitFor();
    await expectNoAxeViolations(worker, 'worker → speak up, with the answer');
  });
});

describe('announcements', () => {
  it('an admin publishes one that asks to be marked read', async () => {
    await openPlace(admin, 'Announcements');
    await admin.getByRole('heading', { level: 1, name: 'Announcements' }).waitFor();
    await expectNoAxeViolations(admin, 'admin → announcements');
    await admin.getByLabel('Kind of change').selectOption('policy');
    await admin.getByLabel('Title').fill(title);
    await admin.getByLabel('Announcement', { exact: true }).fill('The duty rota moves to four-week blocks; team leads will share the new pattern.');
    await admin.getByRole('button', { name: 'Publish', exact: true }).click();
    await main(admin).getByRole('heading', { level: 3, name: title }).waitFor();
  });

  it('the worker marks it read', async () => {
    await openPlace(worker, 'Announcements');
    await worker.getByRole('heading', { level: 3, name: title }).waitFor();
    const box = worker.getByLabel(`I have read “${title}”`);
    await box.check();
    await worker.waitForLoadState('networkidle');
    await expect(box.isChecked()).resolves.toBe(true);
    await worker.reload();
    await expect(worker.getByLabel(`I have read “${title}”`).isChecked()).resolves.toBe(true);
    // a worker never sees who read it, nor how many
    expect(await main(worker).getByRole('button', { name: /How many read/ }).count()).toBe(0);
    await expectNoAxeViolations(worker, 'worker → announcements');
  });

  it('the admin sees how many read the demo announcement, per team, only as the gate released it', async () => {
    await admin.reload();
    await admin.getByRole('button', { name: 'How many read “New lone working arrangements”' }).click();
    const table = main(admin).getByRole('table', { name: /People who marked “New lone working arrangements” as read/ });
    await table.waitFor();
    await table.getByText(/Not shown: fewer than the minimum/).first().waitFor();
    await expectNoAxeViolations(admin, 'admin → announcements with read counts');
  });
});

describe('in Spanish', () => {
  it('the worker’s pages read in Spanish and stay accessible', async () => {
    await worker.getByLabel('Language').selectOption('es');
    await openPlace(worker, 'Hacerse oír', 'Principal');
    await worker.getByRole('heading', { level: 1, name: 'Hacerse oír' }).waitFor();
    await worker.getByLabel('Sin mi nombre').check();
    await main(worker).getByText('Para que siga siendo anónima: algunos consejos').waitFor();
    await expectNoAxeViolations(worker, 'worker → hacerse oír (es)');
    await openPlace(worker, 'Anuncios', 'Principal');
    await worker.getByRole('heading', { level: 1, name: 'Anuncios' }).waitFor();
    await worker.getByLabel(`He leído «${title}»`).waitFor();
    await expectNoAxeViolations(worker, 'worker → anuncios (es)');
    await worker.getByLabel('Idioma').selectOption('en');
    await worker.getByRole('navigation', { name: 'Main' }).waitFor();
  });
});
