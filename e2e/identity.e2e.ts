import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectNoAxeViolations, launchBrowser, newPage, signInAs } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('confirming a new sign-in email', () => {
  it('the page asks for the current password, takes the token off the address bar, and explains a link that cannot be used', async () => {
    const page = await newPage(browser);
    await page.goto(`/confirm-email#00000000-0000-4000-8000-000000000000.${'a'.repeat(22)}`);
    await page.getByRole('heading', { level: 1, name: 'Confirm your new email' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await expectNoAxeViolations(page, 'confirm-email form');
    // nothing typed: the field is named
    await page.getByRole('button', { name: 'Confirm my new email' }).click();
    await page.getByText('Enter your current password').first().waitFor();
    await page.getByLabel('Your current password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Confirm my new email' }).click();
    await page.getByText('This link cannot be used').waitFor();
    expect(await page.getByText('you still sign in with your old email').count()).toBe(1);
    await expectNoAxeViolations(page, 'confirm-email unusable link');
  });

  it('reads in Spanish too', async () => {
    const page = await newPage(browser);
    await page.goto('/sign-in');
    await page.getByLabel('Language').selectOption('es');
    await page.goto(`/confirm-email#00000000-0000-4000-8000-000000000000.${'b'.repeat(22)}`);
    await page.getByRole('heading', { level: 1, name: 'Confirma tu correo nuevo' }).waitFor();
    await expectNoAxeViolations(page, 'confirm-email (es)');
  });
});

describe('an admin changing the email of someone who signs in', () => {
  it('sees it awaiting confirmation in the list, finds the pending address in the form, and withdraws it', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'org_admin');
    await page.goto('/admin/people');
    await page.getByLabel('Search people').fill('Aisha');
    const edit = async () => {
      await page.getByRole('button', { name: 'Edit Aisha Rahman' }).click();
      await page.getByRole('dialog').waitFor();
    };
    await edit();
    await page.getByText('A new one is sent a link').waitFor();
    await page.getByRole('dialog').getByLabel('Email').fill('aisha.new@example.org');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Awaiting confirmation: aisha.new@example.org').waitFor();
    await expectNoAxeViolations(page, 'people list with a pending email');
    await edit();
    expect(await page.getByRole('dialog').getByLabel('Email').inputValue()).toBe('aisha.new@example.org');
    await page.getByText('Until then they sign in with worker@riverside.example').waitFor();
    await expectNoAxeViolations(page, 'person form with a pending email');
    await page.getByRole('dialog').getByLabel('Email').fill('worker@riverside.example');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.getByText('Awaiting confirmation').count()).toBe(0);
  }, 60_000);
});
