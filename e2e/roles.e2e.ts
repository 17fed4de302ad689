import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoRole, expectNoAxeViolations, launchBrowser, navLinks, newPage, signInAs } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

// the navigation is in sections: "You" first, then "My well-being space", "Your team", "Organisation", "Region"
const you = ['Home', 'My practice level', 'My self-assessment and plan', 'My development', 'My assessments', 'Practice framework', 'Who has seen my records', 'Settings'];
// "My well-being space": everyone who works with people; not the hub's analysts
const wellbeing = ['My well-being', 'Check-in', 'My results over time', 'Strengths and vulnerabilities', 'My coping plan', 'Private reflections', 'What I share', 'My well-being data', 'Shared with me'];
const youWithoutPlans = ['Home', 'My practice level', 'My assessments', 'Practice framework', 'Who has seen my records', 'Settings'];
const expectedNav: Record<DemoRole, string[]> = {
  org_admin: [...you, ...wellbeing, 'Development plans', 'Practice levels of teams', 'Training needs', 'People', 'Services and teams', 'Import people', 'Training catalogue', 'Import training', 'Training coverage', 'HR events', 'Import HR events', 'Workforce figures', 'Outcomes', 'Assessments', 'Audit log', 'Organisation settings', 'Support contacts', 'Instruments'],
  supervisor: [...you, ...wellbeing, 'My team', 'Development plans', 'Practice levels of teams', 'Training needs', 'Training coverage of my team', 'Workforce figures', 'Outcomes'],
  worker: [...you, ...wellbeing],
  hub_analyst: [...youWithoutPlans, 'Regional overview'],
};

describe('each demo role signs in and sees its own navigation', () => {
  it('the sign-in page is accessible', async () => {
    const page = await newPage(browser);
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expectNoAxeViolations(page, 'sign-in');
  });

  for (const role of Object.keys(expectedNav) as DemoRole[]) {
    it(`${role}: navigation, and every page it links to passes axe`, async () => {
      const page = await newPage(browser);
      await signInAs(page, role);
      expect(await navLinks(page)).toEqual(expectedNav[role]);
      // each section is a list named by its label, so screen readers announce where a link sits
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('list', { name: 'You', exact: true }).count()).toBe(1);
      for (const name of expectedNav[role]) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        await expectNoAxeViolations(page, `${role} → ${name}`);
      }
      // an org admin's navigation has some 30 places, each checked by axe: about 145 s on a busy
      // 2-core CI machine, so the limit leaves room
    }, 300_000);
  }
});

describe('a worker opening an admin address', () => {
  it('is refused, sees no admin content, and the API refuses too', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'worker');
    await page.goto('/admin/people');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe("You don't have access to this page");
    expect(await page.getByRole('table').count()).toBe(0);
    const status = await page.evaluate(async () => (await fetch('/api/v1/people')).status);
    expect(status).toBe(403);
    await expectNoAxeViolations(page, 'worker → /admin/people');
  });
});

describe('language', () => {
  it('switching to Spanish translates the page and is remembered for the account', async () => {
    const page = await newPage(browser);
    await signInAs(page, 'supervisor');
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('navigation', { name: 'Principal' }).waitFor();
    expect(await navLinks(page, 'Principal')).toEqual([
      'Inicio',
      'Mi nivel de práctica',
      'Mi autoevaluación y mi plan',
      'Mi desarrollo',
      'Mis evaluaciones',
      'Marco de práctica',
      'Quién ha visto mis datos',
      'Ajustes',
      'Mi bienestar',
      'Revisar cómo estoy',
      'Mis resultados en el tiempo',
      'Fortalezas y vulnerabilidades',
      'Mi plan de afrontamiento',
      'Reflexiones privadas',
      'Lo que comparto',
      'Mis datos de bienestar',
      'Compartido conmigo',
      'Mi equipo',
      'Planes de desarrollo',
      'Niveles de práctica de los equipos',
      'Necesidades de formación',
      'Cobertura de formación de mi equipo',
      'Cifras de plantilla',
      'Resultados',
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await expectNoAxeViolations(page, 'home in Spanish');

    // a new browser context (no local storage) signing in again gets Spanish from the account
    const later = await newPage(browser);
    await later.goto('/sign-in');
    await later.getByLabel('Email').fill('supervisor@riverside.example');
    await later.getByLabel('Password', { exact: true }).fill('calm-harbour-lantern-2026');
    await later.getByRole('button', { name: 'Sign in' }).click();
    await later.getByRole('navigation', { name: 'Principal' }).waitFor();
    await later.getByLabel('Idioma').selectOption('en');
    await later.getByRole('navigation', { name: 'Main' }).waitFor();
  });
});
