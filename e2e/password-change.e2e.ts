import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, DEMO_EMAILS, DEMO_PASSWORD, expectNoAxeViolations, launchBrowser, newPage, openPlace, signInAs } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
const NEW_PASSWORD = 'otter lantern maple harbour';

afterAll(async () => {
  // if the journey stopped half-way, the demo worker still has the new password and every later
  // journey would fail to sign her in: put the demo one back through the API
  const context = await browser.newContext({ baseURL: baseUrl() });
  const signIn = await context.request.post('/api/v1/auth/sign-in', { data: { email: DEMO_EMAILS.worker, password: NEW_PASSWORD } });
  if (signIn.ok()) {
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const back = await context.request.post('/api/v1/me/password', { data: { currentPassword: NEW_PASSWORD, newPassword: DEMO_PASSWORD }, headers: { 'x-csrf-token': csrfToken } });
    expect(back.status()).toBeLessThan(300);
  }
  await context.close();
  await browser?.close();
});

describe('changing one’s password while signed in', () => {
  it('a worker changes it from Settings: a weak one is explained, the other browser is signed out, the new one works, and the demo one is allowed back in the demo organisation', async () => {
    const elsewhere = await newPage(browser);
    await signInAs(elsewhere, 'worker');
    const page = await newPage(browser);
    await signInAs(page, 'worker');

    await openPlace(page, 'Settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expectNoAxeViolations(page, 'settings');
    await page.getByRole('link', { name: 'Change your password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor();
    await expectNoAxeViolations(page, 'change password');

    // a keyboard run: refused, with the reason in plain words next to the field
    await page.getByLabel('Current password').fill(DEMO_PASSWORD);
    await page.getByLabel('New password').fill('qwertyuiopasdfgh');
    await page.getByRole('button', { name: 'Change my password' }).click();
    const newField = page.getByLabel('New password');
    await expect.poll(() => newField.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await newField.getAttribute('aria-describedby')) ?? '';
    const explanation = await page.locator(`#${describedBy.split(' ').find((id) => id.endsWith('-error'))}`).textContent();
    expect(explanation).toMatch(/easy to guess|commonly used/);
    expect(explanation).toMatch(/stronger/);
    await expectNoAxeViolations(page, 'change password with a problem');

    // a wrong current password names that field
    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change my password' }).click();
    await expect.poll(() => page.getByLabel('Current password').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Current password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Change my password' }).click();
    await page.getByRole('status').filter({ hasText: 'Your password is changed' }).waitFor();
    await expectNoAxeViolations(page, 'password changed');

    // this browser is still signed in; the other one is not
    expect(await page.evaluate(async () => (await fetch('/api/v1/auth/session')).status)).toBe(200);
    expect(await elsewhere.evaluate(async () => (await fetch('/api/v1/auth/session')).status)).toBe(401);

    // signing in again takes the new password
    const again = await newPage(browser);
    await again.goto('/sign-in');
    await again.getByLabel('Email').fill(DEMO_EMAILS.worker);
    await again.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await again.getByRole('button', { name: 'Sign in' }).click();
    await again.getByRole('navigation', { name: 'Main' }).waitFor();

    // in Spanish, and back to the demo password (allowed here, the demo organisation) for the other journeys
    await again.goto('/settings/password');
    await again.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor();
    await again.getByLabel('Language').selectOption('es');
    await again.getByRole('heading', { level: 1, name: 'Cambiar tu contraseña' }).waitFor();
    await again.getByLabel('Contraseña actual').fill(NEW_PASSWORD);
    await again.getByLabel('Contraseña nueva').fill('123456789012345');
    await again.getByRole('button', { name: 'Cambiar mi contraseña' }).click();
    await expect.poll(() => again.getByLabel('Contraseña nueva').getAttribute('aria-invalid')).toBe('true');
    expect(await again.getByText(/fácil de adivinar|muy usada/).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(again, 'change password in Spanish');
    await again.getByLabel('Contraseña nueva').fill(DEMO_PASSWORD);
    await again.getByRole('button', { name: 'Cambiar mi contraseña' }).click();
    await again.getByRole('status').filter({ hasText: 'Tu contraseña ha cambiado' }).waitFor();
    await again.getByLabel('Idioma').selectOption('en');
  }, 120_000);
});
