import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectNoAxeViolations, launchBrowser, newPage, pickPerson, signInAs } from './support/browser.js';

/**
 * HR events, end to end: the demo admin imports a payroll system's starters and leavers report
 * with two bad rows, reads both lines named, imports the good rows only, then records and
 * removes an absence with the keyboard; the person whose events were imported finds them on
 * their own records page, with the admin's look listed. The file leaves every demo person's
 * start and end dates as they were (a leaver who came back, a start on the day already
 * recorded), so the other journeys find the organisation unchanged.
 */

const RETURNER = 'mateo.garcia.27@riverside.example';
// as payroll systems write it: a byte-order mark, semicolons, CRLF, day-first dates, extra columns
const PAYROLL_REPORT = [
  '\uFEFFEmployee No;Work Email;Cost Centre;Movement Type;Effective Date;Employment Type;Reason for Leaving',
  `R0027;${RETURNER};CC-100 Leadership;Leaver;30/06/2023;Permanent;Resignation`,
  'R0027;Mateo.Garcia.27@riverside.example;CC-100 Leadership;Rehire;08/01/2024;Permanent;',
  'R0029;bongani.sato.29@riverside.example;CC-210 Mental Health;Leaver;31/03/2024;Permanent;',
  'R0099;no.one@riverside.example;CC-210 Mental Health;New Starter;01/02/2024;Agency;',
  'R0036;ingrid.patel.36@riverside.example;CC-210 Mental Health;New Starter;10/01/2016;Permanent;',
].join('\r\n');

let browser: Browser;
let admin: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  admin = await newPage(browser);
  await signInAs(admin, 'org_admin');
});
afterAll(() => browser?.close());

const main = (page: Page) => page.locator('main');

async function settled(page: Page, label: string) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await expectNoAxeViolations(page, label);
}

describe('HR events', () => {
  it('the admin imports a starters and leavers report with two bad rows: both lines are named, and the good rows only are imported', async () => {
    await admin.goto('/admin/workforce');
    await settled(admin, '/admin/workforce');
    await main(admin).getByRole('link', { name: 'Import HR events from an HR or payroll report' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Import HR events' }).waitFor();
    await settled(admin, '/admin/workforce/import: choose a file');

    await expect(admin.getByRole('radio', { name: /^Starters and leavers/ }).isChecked()).resolves.toBe(true);
    await admin.getByLabel('CSV file').setInputFiles({ name: 'starters-leavers.csv', mimeType: 'text/csv', buffer: Buffer.from(PAYROLL_REPORT, 'utf8') });
    await admin.getByRole('button', { name: 'Read the file' }).click();
    await admin.getByRole('heading', { name: 'Step 2 of 4: Match columns' }).waitFor();
    // suggested from the payroll system's own headers
    await expect(admin.getByLabel('Email (required)').inputValue()).resolves.toBe('Work Email');
    await expect(admin.getByLabel('Started or left (required)').inputValue()).resolves.toBe('Movement Type');
    await expect(admin.getByLabel('Reason for leaving').inputValue()).resolves.toBe('Reason for Leaving');
    await expect(admin.getByRole('radio', { name: /Day first/ }).isChecked()).resolves.toBe(true);
    await expectNoAxeViolations(admin, '/admin/workforce/import: columns');

    await admin.getByRole('button', { name: 'Check the file' }).click();
    const bad = admin.getByRole('table', { name: '2 rows need attention' });
    await bad.waitFor();
    expect(await bad.getByRole('rowheader').allTextContents()).toEqual(['Line 4', 'Line 5']);
    await bad.getByText('Reason for Leaving: say why the person left').waitFor();
    await bad.getByText('Work Email: no person with this email is in the organisation').waitFor();
    await expect(admin.getByRole('button', { name: 'Import all rows' }).isDisabled()).resolves.toBe(true);
    await expectNoAxeViolations(admin, '/admin/workforce/import: preview with two bad rows');

    await admin.getByRole('button', { name: 'Import the 3 good rows only' }).click();
    await admin.getByRole('heading', { name: 'The import is finished' }).waitFor({ timeout: 30_000 });
    await main(admin).getByText('3 HR events added.').waitFor();
    await expectNoAxeViolations(admin, '/admin/workforce/import: finished');

    await admin.getByRole('link', { name: 'See the HR events' }).click();
    await admin.getByRole('heading', { level: 1, name: 'HR events' }).waitFor();
    const events = admin.getByRole('table', { name: 'HR events, newest first' });
    const mateo = events.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: 'Mateo García' }) });
    await mateo.filter({ hasText: 'Left' }).filter({ hasText: 'Resigned' }).filter({ hasText: '2023' }).waitFor();
    await mateo.filter({ hasText: 'Started' }).filter({ hasText: '2024' }).waitFor();
    await settled(admin, '/admin/workforce with the imported events');
  });

  it('the admin records an absence with the keyboard, is told what is missing, and removes it again', async () => {
    await admin.goto('/admin/workforce');
    await admin.getByRole('heading', { level: 1, name: 'HR events' }).waitFor();
    await pickPerson(admin, { search: 'Find a person', select: 'Person (required)' }, 'priya', 'Priya Evans');
    await admin.getByRole('radio', { name: 'They were absent' }).focus();
    await admin.keyboard.press('Space');
    await admin.getByLabel('First day of absence (required)').fill('2025-03-10');
    await admin.getByLabel('Last day of absence (required)').fill('2025-03-12');
    await main(admin).getByText('Leave empty to record 3 working days').waitFor();
    await admin.getByLabel('Last day of absence (required)').press('Enter');
    const summary = admin.getByRole('alert').filter({ hasText: 'Please check one answer' });
    await summary.getByRole('link', { name: 'Reason: Choose a reason' }).waitFor();
    await expectNoAxeViolations(admin, '/admin/workforce form with a problem');

    await admin.getByLabel('Reason (required)').selectOption({ label: 'Stress-related' });
    await admin.getByRole('button', { name: 'Record it' }).press('Enter');
    const row = admin
      .getByRole('table', { name: 'HR events, newest first' })
      .getByRole('row')
      .filter({ has: admin.getByRole('rowheader', { name: 'Priya Evans' }) })
      .filter({ hasText: 'Absent' });
    await row.waitFor();
    await row.getByText('Stress-related, 3 working days lost').waitFor();

    await row.getByRole('button', { name: /^Remove Absent of Priya Evans/ }).press('Enter');
    const dialog = admin.getByRole('alertdialog', { name: 'Remove this HR event?' });
    await dialog.getByText(/^It will be gone from the person's HR records/).waitFor();
    await expectNoAxeViolations(admin, '/admin/workforce removal dialog');
    await dialog.getByRole('button', { name: 'Remove it' }).press('Enter');
    await row.waitFor({ state: 'detached' });
  });

  it('the returner finds their HR records on their own records page, and the admin’s look at them', async () => {
    const person = await newPage(browser);
    await person.goto('/sign-in');
    await person.getByLabel('Email').fill(RETURNER);
    await person.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await person.getByRole('button', { name: 'Sign in' }).click();
    await person.getByRole('navigation', { name: 'Main' }).waitFor();
    await person.goto('/my-records');
    const mine = person.getByRole('table', { name: '2 HR records, newest first' });
    await mine.waitFor();
    expect(await mine.getByRole('rowheader').allTextContents()).toEqual(['Started', 'Left']);
    await main(person).getByRole('row', { name: /Grace Adebayo Looked at a list of people's records/ }).first().waitFor();
    await settled(person, '/my-records with HR records');
  });
});
