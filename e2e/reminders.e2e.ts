import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, openPlace, signInAs } from './support/browser.js';

/**
 * Reminders and notifications, end to end: the demo worker sees how many notifications are
 * unread beside their name, opens the list (unread first), reads the training reminder the demo
 * left for them and marks it read; on Settings they switch one kind of reminder off, in Tend and
 * by email, and it stays off. The pages in Spanish. Axe on every page.
 */

let browser: Browser;
let worker: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  worker = await newPage(browser);
  await signInAs(worker, 'worker');
});
afterAll(() => browser?.close());

const main = (page: Page) => page.locator('main');
const TRAINING = /Your training "Lone working refresher" expires on \d+ [A-Z][a-z]+ \d{4}/;

describe('notifications', () => {
  it('the count beside the name opens the list, unread first', async () => {
    const link = worker.getByRole('link', { name: /^Notifications, \d+ unread$/ });
    await link.waitFor();
    await link.click();
    await worker.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const unread = main(worker).getByRole('region', { name: 'Not read yet' });
    await unread.getByText(TRAINING).waitFor();
    await expectNoAxeViolations(worker, 'worker → notifications');
  });

  it('the worker marks the training reminder read: it moves to the read ones', async () => {
    const item = main(worker).getByRole('region', { name: 'Not read yet' }).getByRole('listitem').filter({ hasText: TRAINING });
    await item.getByRole('button', { name: 'Mark as read' }).click();
    await main(worker).getByRole('region', { name: 'Read', exact: true }).getByText(TRAINING).waitFor();
    // (the count itself is not compared: the server's hourly round may add reminders meanwhile)
    await worker.getByRole('link', { name: /^Notifications(, \d+ unread)?$/ }).waitFor();
    await expectNoAxeViolations(worker, 'worker → notifications after marking one read');
  });
});

describe('choosing reminders', () => {
  it('the worker switches "A staff survey opens" off in Settings, both ways, and it stays off', async () => {
    await openPlace(worker, 'Settings');
    await worker.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const section = main(worker).locator('#reminders-settings');
    await section.getByRole('heading', { name: 'Reminders' }).waitFor();
    await section.getByText('Emails about your well-being never say what they are about').waitFor();
    await expectNoAxeViolations(worker, 'worker → settings with reminders');
    const inApp = section.getByRole('checkbox', { name: 'A staff survey opens in Tend' });
    const email = section.getByRole('checkbox', { name: 'A staff survey opens by email' });
    expect(await inApp.isChecked()).toBe(true);
    await inApp.uncheck();
    await email.uncheck();
    await section.getByRole('button', { name: 'Save reminder choices' }).click();
    await section.getByText('Your reminder choices are saved.').waitFor();
    await worker.reload();
    await section.getByRole('checkbox', { name: 'A staff survey opens in Tend' }).waitFor();
    expect(await section.getByRole('checkbox', { name: 'A staff survey opens in Tend' }).isChecked()).toBe(false);
    expect(await section.getByRole('checkbox', { name: 'A staff survey opens by email' }).isChecked()).toBe(false);
    expect(await section.getByRole('checkbox', { name: 'Training that expires by email' }).isChecked()).toBe(true);
  });
});

describe('in Spanish', () => {
  it('the list and the choices read in Spanish and stay accessible', async () => {
    await worker.locator('header').getByLabel('Language').selectOption('es');
    await worker.getByRole('navigation', { name: 'Principal' }).waitFor();
    await worker.getByRole('link', { name: /^Avisos/ }).click();
    await worker.getByRole('heading', { level: 1, name: 'Avisos' }).waitFor();
    await main(worker).getByText(/Tu formación «Lone working refresher» caduca el \d+ de [a-z]+ de \d{4}/).waitFor();
    await expectNoAxeViolations(worker, 'worker → avisos (es)');
    await main(worker).getByRole('link', { name: 'Elige qué recordatorios recibes' }).click();
    await main(worker).locator('#reminders-settings').getByRole('heading', { name: 'Recordatorios' }).waitFor();
    await expectNoAxeViolations(worker, 'worker → configuración con recordatorios (es)');
    await worker.locator('header').getByLabel('Idioma').selectOption('en');
    await worker.getByRole('navigation', { name: 'Main' }).waitFor();
  });
});
