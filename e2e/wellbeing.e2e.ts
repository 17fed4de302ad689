import { mkdir, readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoAxeViolations, launchBrowser, newPage, openPlace, signInAs } from './support/browser.js';

/**
 * The worker's private well-being space, in the demo organisation: Aisha Rahman (the demo worker,
 * who has a few months of the demo's check-ins) asks for weekly reminders, checks in twice
 * (skipping a question), sees her trend, writes her
 * profile, a reflection and her coping plan, shares the plan with her line manager Daniel Reyes,
 * who reads it; she stops sharing and he is refused; she finds Grace Adebayo by name, shares her
 * results with her and stops again; she downloads everything and erases it. The org admin adds a
 * support contact that then shows beside her space, and removes it. axe on every page. Other
 * journeys share this Tend: the erase leaves her space empty again, the contact is removed.
 */

let browser: Browser;
let worker: Page;
let supervisor: Page;
let admin: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  [worker, supervisor, admin] = await Promise.all([newPage(browser), newPage(browser), newPage(browser)]);
  await signInAs(worker, 'worker');
  await signInAs(supervisor, 'supervisor');
  await signInAs(admin, 'org_admin');
});
afterAll(() => browser?.close());

const STS = 'How you are doing: signs of secondary traumatic stress';
/** Where the run saves the screenshots the README links to. */
const SHOTS = 'docs/screenshots/wellbeing';

// a hidden live region repeats messages: read the page's own content only
const main = (page: Page) => page.locator('main');

async function open(page: Page, navName: string, title: string | RegExp) {
  await openPlace(page, navName);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.waitForLoadState('networkidle');
}

/** Answers every question of the STS self-check with one option, except those given other answers. */
async function answerAll(page: Page, option: string, except: Record<number, string> = {}) {
  for (let n = 1; n <= 10; n++) {
    await main(page)
      .getByRole('group', { name: new RegExp(`^${n} of 10\\. `) })
      .getByRole('radio', { name: except[n] ?? option, exact: true })
      .check();
  }
}

describe("the worker's private well-being space", () => {
  it('the overview says who sees it, offers support on the page, and takes a weekly rhythm that Home then shows', async () => {
    await open(worker, 'My well-being', 'My well-being');
    await main(worker).getByText('Only you, unless you choose to share.').first().waitFor();
    // the demo gives her a few months of check-ins: her latest results are there from the start
    // one way in leads the page: the check-in she uses most (the demo's were all Tend's STS check-in)
    const checkInNow = main(worker).getByRole('link', { name: 'Check in now' });
    await expect(checkInNow.getAttribute('href')).resolves.toBe('/me/wellbeing/check-in?instrument=tend.sts-self-check');
    // the first way in of the page's content (after the link to support every page of the space has)
    expect(await main(worker).locator('.wb-content').getByRole('link').first().textContent()).toBe('Check in now');
    // then the coping plan (not written yet: a way to make it), then how she has been, then reminders
    expect((await main(worker).getByRole('heading', { level: 2 }).allTextContents()).slice(0, 3)).toEqual(['Your coping plan', 'How you have been', 'Reminders']);
    await main(worker).getByRole('link', { name: 'Make my coping plan' }).waitFor();
    await worker.getByRole('region', { name: 'Support, whenever you need it' }).waitFor();
    await expectNoAxeViolations(worker, 'worker → well-being overview');

    // the support panel is one step away: the link at the top moves the keyboard there
    await worker.getByRole('link', { name: 'Need to talk to someone? See who can help' }).press('Enter');
    expect(await worker.locator('#wb-support').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

    await worker.getByLabel('Remind me').selectOption({ label: 'Every week' });
    await worker.getByLabel('With this check-in').selectOption({ label: STS });
    await worker.getByRole('button', { name: 'Save my rhythm' }).click();
    await main(worker).getByText('Your rhythm is saved.').waitFor();
    await main(worker).getByText('A check-in is here for you').first().waitFor();

    await open(worker, 'Home', /^Welcome/);
    await main(worker).getByRole('heading', { name: 'A check-in is here for you' }).waitFor();
    await expectNoAxeViolations(worker, 'worker → home with the check-in reminder');
    await main(worker).getByRole('link', { name: 'Go to my check-in' }).click();
    await worker.getByRole('heading', { level: 1, name: 'Check-in' }).waitFor();
  });

  it('she checks in, reading who sees it and the content note first, and skips a question', async () => {
    await worker.waitForLoadState('networkidle');
    // her rhythm's check-in comes first
    await expect(worker.getByLabel('Which check-in would you like to do?').inputValue()).resolves.toBe('tend.sts-self-check');
    await main(worker).getByText('Only you, unless you choose to share.').waitFor();
    await main(worker).getByText(/Some of these questions touch on hard moments at work/).waitFor();
    // nothing is required: no field claims to be
    expect(await main(worker).locator('[required], [aria-required="true"]').count()).toBe(0);
    await expectNoAxeViolations(worker, 'worker → check-in');

    await answerAll(worker, 'Sometimes', { 4: "I'd rather not answer" });
    await worker.getByRole('button', { name: 'Save my check-in' }).click();
    await main(worker).getByText('You left 1 question, and that\'s fine.', { exact: false }).waitFor();
    await main(worker).getByText('Some signs worth watching').waitFor();
    // words before numbers: the score waits behind "Show the numbers"
    await main(worker).getByText('Your score: 20, estimated from 9 of 10 answers.').waitFor({ state: 'hidden' });
    await main(worker).getByText('Show the numbers').click();
    // nine of ten answered: the tenth is estimated from the others (prorated), and the result says so
    await main(worker).getByText('Your score: 20, estimated from 9 of 10 answers.').waitFor();
    expect(await main(worker).getByText('It might help to talk to someone').count()).toBe(0);
    await expectNoAxeViolations(worker, 'worker → check-in result');

    // a second check-in lands in a band that suggests support: a calm note, pointing to the panel
    await worker.getByRole('button', { name: 'Do another check-in' }).click();
    await answerAll(worker, 'Often');
    await worker.getByRole('button', { name: 'Save my check-in' }).click();
    await main(worker).getByText('Many signs: a good moment to reach for support').waitFor();
    await main(worker).getByText('It might help to talk to someone').waitFor();
    await expectNoAxeViolations(worker, 'worker → check-in result suggesting support');
  });

  it('she sees her trend over its bands, with a sentence in words above and a table alternative', async () => {
    await open(worker, 'My results over time', 'My results over time');
    const chart = main(worker).getByTestId('trend-0-0');
    await chart.getByRole('img', { name: /^Signs noticed over the past two weeks\. 10 check-ins from / }).waitFor();
    // the sentence reads in words before numbers, dates written in full
    const summary = (await chart.locator('.chart-summary').textContent()) ?? '';
    expect(summary).toMatch(/^10 check-ins from \d{1,2} [A-Z][a-z]+ \d{4} to \d{1,2} [A-Z][a-z]+ \d{4}\. Most recently "Many signs: a good moment to reach for support", higher than last month\.$/);
    // the scale's bands are drawn behind the line and named beside it
    expect(await chart.locator('svg rect[class^="band-"]').count()).toBe(3);
    await chart.getByText('Few signs right now (0 to 11)').waitFor();
    await chart.getByText('Many signs: a good moment to reach for support (24 to 40)').waitFor();
    const table = chart.getByRole('table', { name: 'Signs noticed over the past two weeks: each check-in' });
    expect(await table.isVisible()).toBe(false);
    await chart.getByText('Show the figures as a table').click();
    // the demo's eight check-ins of the last months, then today's two
    expect(await table.getByRole('row').count()).toBe(1 + 8 + 2);
    expect((await table.getByRole('cell').allTextContents()).map((s) => s.trim()).slice(-4)).toEqual([
      'Some signs worth watching',
      '20',
      'Many signs: a good moment to reach for support',
      '30',
    ]);
    // technical downloads are not among her results: they are in My data
    expect(await main(worker).getByRole('link', { name: /FHIR/ }).count()).toBe(0);
    await expectNoAxeViolations(worker, 'worker → results over time');
  });

  it('the overview now leads with the check-in she uses most, and says how she has been in words before numbers', async () => {
    await open(worker, 'My well-being', 'My well-being');
    const checkInNow = main(worker).getByRole('link', { name: 'Check in now' });
    await expect(checkInNow.getAttribute('href')).resolves.toBe('/me/wellbeing/check-in?instrument=tend.sts-self-check');
    const been = main(worker).getByRole('region', { name: 'How you have been' });
    await been.getByText('Many signs: a good moment to reach for support', { exact: true }).waitFor();
    // compared in words with her check-in of about a month before (the demo's, 39 days ago)
    await been.getByText('Your score is higher than last month.', { exact: true }).waitFor();
    // the number only on request
    await been.getByText(/^Your score: 30/).waitFor({ state: 'hidden' });
    await been.getByText('Show the numbers').click();
    await been.getByText(/^Your score: 30/).waitFor();
    await expectNoAxeViolations(worker, 'worker → overview with results');
    await checkInNow.click();
    await worker.getByRole('heading', { level: 1, name: 'Check-in' }).waitFor();
    await expect(worker.getByLabel('Which check-in would you like to do?').inputValue()).resolves.toBe('tend.sts-self-check');
    // the check-in she uses most is offered first in the list too
    expect((await worker.getByLabel('Which check-in would you like to do?').locator('option').allTextContents())[0]).toBe(STS);
  });

  it('on a phone (390 px) "Check in now" leads, nothing scrolls sideways, and the chart’s labels stay at least 12 px', async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), reducedMotion: 'reduce', viewport: { width: 390, height: 844 } });
    const phone = await context.newPage();
    await signInAs(phone, 'worker');
    await phone.goto('/me/wellbeing');
    await phone.getByRole('heading', { level: 1, name: 'My well-being' }).waitFor();
    await phone.waitForLoadState('networkidle');
    await main(phone).getByRole('link', { name: 'Check in now' }).waitFor();
    expect(await main(phone).locator('.wb-content').getByRole('link').first().textContent()).toBe('Check in now');
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await mkdir(SHOTS, { recursive: true });
    await phone.screenshot({ path: `${SHOTS}/wellbeing-overview-390.png`, fullPage: true });
    await expectNoAxeViolations(phone, 'worker → overview at 390 px');

    await phone.goto('/me/wellbeing/results');
    const chart = main(phone).getByTestId('trend-0-0');
    await chart.locator('svg text').first().waitFor();
    // the drawing is made at its real width: each label's size on screen is its font size
    const sizes = await chart.locator('svg text').evaluateAll((texts) =>
      texts.map((t) => {
        const text = t as unknown as { getScreenCTM(): { a: number }; getAttribute(name: string): string | null };
        return text.getScreenCTM().a * Number.parseFloat(text.getAttribute('font-size') ?? '0');
      }),
    );
    expect(sizes.length).toBeGreaterThan(2);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await chart.screenshot({ path: `${SHOTS}/wellbeing-results-chart-390.png` });
    await expectNoAxeViolations(phone, 'worker → results at 390 px');
    await context.close();

    await open(worker, 'My results over time', 'My results over time');
    await main(worker).getByTestId('trend-0-0').screenshot({ path: `${SHOTS}/wellbeing-results-chart-1280.png` });
    await open(worker, 'My well-being', 'My well-being');
    await worker.screenshot({ path: `${SHOTS}/wellbeing-overview-1280.png`, fullPage: true });
  });

  it('reads in Spanish: the overview, and the chart’s sentence with dates in full', async () => {
    await worker.getByLabel('Language').selectOption('es');
    await worker.getByRole('heading', { level: 1, name: 'Mi bienestar' }).waitFor();
    await main(worker).getByRole('link', { name: 'Hacer mi revisión ahora' }).waitFor();
    await main(worker).getByRole('heading', { name: 'Cómo has estado' }).waitFor();
    await main(worker).getByText('Tu puntuación es más alta que el mes pasado.', { exact: true }).waitFor();
    await expectNoAxeViolations(worker, 'worker → overview (es)');
    await worker.goto('/me/wellbeing/results');
    await main(worker).getByText(/^10 revisiones del \d{1,2} de [a-z]+ de \d{4} al \d{1,2} de [a-z]+ de \d{4}\. La más reciente está en «/).waitFor();
    await expectNoAxeViolations(worker, 'worker → results (es)');
    await worker.getByLabel('Idioma').selectOption('en');
    await worker.getByRole('heading', { level: 1, name: 'My results over time' }).waitFor();
  });

  it('she writes her profile and a private reflection', async () => {
    await open(worker, 'Strengths and vulnerabilities', 'My strengths and vulnerabilities');
    await expectNoAxeViolations(worker, 'worker → profile');
    await worker.getByLabel('What keeps me steady').fill('Walking the dog\nMy team');
    await worker.getByRole('button', { name: 'Save my profile' }).click();
    await main(worker).getByText('Your profile is saved.').waitFor();

    await open(worker, 'Private reflections', 'Private reflections');
    await main(worker).getByText('Only you. Reflections can never be shared, not even by you.').waitFor();
    await worker.getByLabel('Your reflection').fill('A heavy visit today; I let it go on the walk home.');
    await worker.getByRole('button', { name: 'Keep this reflection' }).click();
    await main(worker).getByText('A heavy visit today; I let it go on the walk home.').waitFor();
    await main(worker).getByText('Your reflection is kept.').waitFor();
    // the button's colours ease back after saving (0.15 s): check contrast once they have
    await worker.waitForTimeout(300);
    await expectNoAxeViolations(worker, 'worker → reflections');
  });

  it('she builds her coping plan from the library and her own words', async () => {
    await open(worker, 'My coping plan', 'My coping plan');
    await expectNoAxeViolations(worker, 'worker → coping plan');
    await worker.getByRole('region', { name: 'Before' }).getByRole('checkbox', { name: 'Breathe out for longer' }).check();
    await worker.getByLabel('My own steps after').fill('Walk home the long way');
    await worker.getByRole('button', { name: 'Save my coping plan' }).click();
    await main(worker).getByText('Your coping plan is saved.').waitFor();
  });

  it('she shares the coping plan with her line manager, who reads exactly that', async () => {
    await open(worker, 'What I share', 'What I share');
    await expectNoAxeViolations(worker, 'worker → sharing (empty)');
    // her line manager is offered first, before any search
    await worker.getByRole('group', { name: 'Who can read it' }).getByRole('radio', { name: 'Daniel Reyes', exact: true }).check();
    await worker.getByRole('radio', { name: 'My coping plan' }).check();
    await worker.getByRole('button', { name: 'Share' }).click();
    await main(worker).getByText(/^Daniel Reyes can read My coping plan until/).waitFor();
    await worker.getByRole('row', { name: /Daniel Reyes.*My coping plan.*Shared/ }).waitFor();
    await expectNoAxeViolations(worker, 'worker → sharing (shared)');

    await open(supervisor, 'Shared with me', 'Shared with me');
    await expectNoAxeViolations(supervisor, 'supervisor → shared with me');
    await main(supervisor).getByRole('link', { name: 'Aisha Rahman: My coping plan' }).click();
    await supervisor.getByRole('heading', { level: 1, name: "Aisha Rahman's coping plan" }).waitFor();
    await main(supervisor).getByText('Breathe out for longer').waitFor();
    await main(supervisor).getByText('Walk home the long way').waitFor();
    // exactly the plan: nothing of her check-ins, profile or reflections
    for (const other of ['Walking the dog', 'A heavy visit today', 'Some signs worth watching']) {
      expect(await main(supervisor).getByText(other, { exact: false }).count()).toBe(0);
    }
    await expectNoAxeViolations(supervisor, 'supervisor → Aisha’s coping plan');
  });

  it('she stops sharing, and he is refused at once', async () => {
    await worker.getByRole('button', { name: 'Stop sharing My coping plan with Daniel Reyes' }).press('Enter');
    const dialog = worker.getByRole('alertdialog', { name: 'Stop sharing?' });
    await dialog.waitFor();
    await expectNoAxeViolations(worker, 'worker → stop sharing dialog');
    await dialog.getByRole('button', { name: 'Stop sharing' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await worker.getByRole('row', { name: /Daniel Reyes.*My coping plan.*Stopped on/ }).waitFor();

    await supervisor.reload();
    await main(supervisor).getByText('This is no longer shared with you').waitFor();
    expect(await main(supervisor).getByText('Walk home the long way').count()).toBe(0);
    await expectNoAxeViolations(supervisor, 'supervisor → refused after revoke');
    const status = await supervisor.evaluate(async (path) => (await fetch(path)).status, new URL(supervisor.url()).pathname.replace('/shared-with-me/', '/api/v1/shared-with-me/'));
    expect(status).toBe(404);
    await open(supervisor, 'Shared with me', 'Shared with me');
    await main(supervisor).getByText('Nobody is sharing anything with you at the moment.').waitFor();
  });

  it('she finds a colleague by name, shares her results with her, and stops again', async () => {
    await worker.getByLabel('Find a colleague by name').fill('grac');
    const people = worker.getByRole('group', { name: 'Who can read it' });
    await main(worker).getByText('1 person found. Choose them in the list below.').waitFor();
    // names, job titles and teams only
    await people.getByText('Director of Care, Leadership and Quality').waitFor();
    expect(await people.getByText('@').count()).toBe(0);
    await expectNoAxeViolations(worker, 'worker → sharing, a colleague found by name');
    // from the search field, Enter moves to the list; arrow keys and Space choose
    await worker.getByLabel('Find a colleague by name').press('Enter');
    await worker.keyboard.press('ArrowDown');
    expect(await people.getByRole('radio', { name: 'Grace Adebayo', exact: true }).isChecked()).toBe(true);
    await worker.getByRole('radio', { name: 'My check-in results over time' }).check();
    await worker.getByRole('button', { name: 'Share', exact: true }).click();
    await main(worker).getByText(/^Grace Adebayo can read My check-in results over time until/).waitFor();
    await worker.getByRole('button', { name: 'Stop sharing My check-in results over time with Grace Adebayo' }).click();
    const dialog = worker.getByRole('alertdialog', { name: 'Stop sharing?' });
    await dialog.getByRole('button', { name: 'Stop sharing' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await worker.getByRole('row', { name: /Grace Adebayo.*My check-in results over time.*Stopped on/ }).waitFor();
    await worker.getByLabel('Find a colleague by name').fill('zzq');
    await main(worker).getByText('Nobody in your organisation who uses Tend has a name with "zzq" in it.').waitFor();
    await expectNoAxeViolations(worker, 'worker → sharing, nobody found');
  });

  it('she downloads all her data as JSON and as PDF', async () => {
    await open(worker, 'My well-being data', 'My well-being data');
    await expectNoAxeViolations(worker, 'worker → my data');
    // each check-in as a FHIR QuestionnaireResponse lives here, not among her results
    const responses = main(worker).getByRole('region', { name: 'Each check-in, for other tools' });
    // today's two and the demo's eight
    expect(await responses.getByRole('link', { name: /^Download as FHIR QuestionnaireResponse/ }).count()).toBe(2 + 8);
    const [response] = await Promise.all([worker.waitForEvent('download'), responses.getByRole('link', { name: /^Download as FHIR QuestionnaireResponse/ }).first().click()]);
    expect(JSON.parse(await readFile((await response.path()) as string, 'utf8')).resourceType).toBe('QuestionnaireResponse');

    const [json] = await Promise.all([worker.waitForEvent('download'), worker.getByRole('link', { name: /^Download as data \(JSON\)/ }).click()]);
    expect(json.suggestedFilename()).toBe('my-wellbeing.json');
    const data = JSON.parse(await readFile((await json.path()) as string, 'utf8')) as {
      person: { name: string };
      checkIns: { answers: Record<string, number | null> }[];
      reflections: unknown[];
      grants: { status: string }[];
      copingPlan: { after: { note: string }[] };
    };
    expect(data.person.name).toBe('Aisha Rahman');
    // today's two, newest first, then the demo's eight of the last months
    expect(data.checkIns).toHaveLength(2 + 8);
    // the skipped question is kept as skipped
    expect(data.checkIns[1]?.answers['sts.4']).toBeNull();
    expect(data.reflections).toHaveLength(1);
    expect(data.grants.map((g) => g.status)).toEqual(['revoked', 'revoked']);
    expect(data.copingPlan.after[0]?.note).toBe('Walk home the long way');

    const [pdf] = await Promise.all([worker.waitForEvent('download'), worker.getByRole('link', { name: /^Download as a document \(PDF\)/ }).click()]);
    const bytes = await readFile((await pdf.path()) as string);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  it('she erases her space for good, after typing the word', async () => {
    await worker.getByRole('button', { name: 'Erase my well-being space…' }).click();
    const dialog = worker.getByRole('alertdialog', { name: 'Erase your well-being space for good?' });
    await dialog.waitFor();
    await expectNoAxeViolations(worker, 'worker → erase dialog');
    // without the word, nothing happens
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await dialog.getByText('Type "erase" to confirm, or cancel to keep everything.').waitFor();
    await dialog.getByLabel('To confirm, type the word "erase"').fill('erase');
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await main(worker).getByText('Your well-being space is erased.').waitFor();
    await expectNoAxeViolations(worker, 'worker → erased');

    const after = await worker.evaluate(async () => {
      const count = async (path: string, key: string) => ((await (await fetch(path)).json()) as Record<string, unknown[]>)[key]?.length;
      return {
        checkIns: await count('/api/v1/me/wellbeing/check-ins', 'checkIns'),
        reflections: await count('/api/v1/me/wellbeing/reflections', 'reflections'),
        grants: await count('/api/v1/me/wellbeing/grants', 'grants'),
      };
    });
    expect(after).toEqual({ checkIns: 0, reflections: 0, grants: 0 });
    await open(worker, 'My well-being', 'My well-being');
    await main(worker).getByText("You haven't checked in yet.").waitFor();
    await main(worker).getByText("You haven't asked for reminders.", { exact: false }).waitFor();
  });
});

describe("the organisation's support contacts", () => {
  const NAME = 'Riverside night line';
  const NOMBRE = 'Línea nocturna de Riverside';

  it('the org admin adds a contact in English and Spanish; the worker sees it in her language beside her space', async () => {
    await open(admin, 'Support contacts', 'Support contacts');
    await main(admin).getByRole('table', { name: 'Support contacts, in the order people see them' }).waitFor();
    await expectNoAxeViolations(admin, 'org admin → support contacts');

    await admin.getByRole('button', { name: 'Add a support contact' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Add a support contact' });
    await dialog.waitFor();
    // nothing typed: the name is asked for, and nothing is added
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await dialog.getByRole('link', { name: /^Name in English: Enter the name people will know it by/ }).waitFor();
    await expectNoAxeViolations(admin, 'org admin → add a support contact, a field to fix');
    await dialog.getByLabel('Kind of support').selectOption({ label: 'Crisis line' });
    const english = dialog.getByRole('group', { name: 'In English' });
    await english.getByLabel('Name in English').fill(NAME);
    await english.getByLabel('What they offer in English').fill('Someone to talk to after a hard shift.');
    await english.getByLabel('Opening hours in English').fill('Every night, 20:00 to 8:00');
    const spanish = dialog.getByRole('group', { name: 'In Spanish' });
    await spanish.getByLabel('Name in Spanish').fill(NOMBRE);
    await spanish.getByLabel('What they offer in Spanish').fill('Alguien con quien hablar después de un turno duro.');
    await spanish.getByLabel('Opening hours in Spanish').fill('Cada noche, de 20:00 a 8:00');
    await dialog.getByLabel('Phone').fill('0800 123 456');
    await dialog.getByLabel('Order').fill('1');
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await main(admin).getByRole('row', { name: new RegExp(`${NAME}.*Crisis line.*English, Spanish.*0800 123 456`) }).waitFor();

    // a fresh visit: the panel asks for the contacts again
    await worker.goto('/me/wellbeing');
    await worker.getByRole('heading', { level: 1, name: 'My well-being' }).waitFor();
    const panel = worker.getByRole('region', { name: 'Support, whenever you need it' });
    await panel.getByText(NAME, { exact: true }).waitFor();
    await panel.getByText('Open: Every night, 20:00 to 8:00').waitFor();
    await panel.getByRole('link', { name: '0800 123 456' }).waitFor();

    // reading in Spanish: the Spanish words the admin wrote, not the English ones
    await worker.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await worker.getByRole('heading', { level: 1, name: 'Mi bienestar' }).waitFor();
    await worker.reload();
    const panelEs = worker.getByRole('region', { name: 'Apoyo, siempre que lo necesites' });
    await panelEs.getByText(NOMBRE, { exact: true }).waitFor();
    await panelEs.getByText('Horario: Cada noche, de 20:00 a 8:00').waitFor();
    expect(await panelEs.getByText(NAME, { exact: true }).count()).toBe(0);
    await expectNoAxeViolations(worker, 'worker → support contacts (es)');
    await worker.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await worker.getByRole('heading', { level: 1, name: 'My well-being' }).waitFor();
  });

  it('the org admin removes it after confirming, and it leaves the panel', async () => {
    await admin.getByRole('button', { name: `Remove ${NAME}` }).click();
    const dialog = admin.getByRole('alertdialog', { name: `Remove ${NAME}?` });
    await dialog.waitFor();
    await expectNoAxeViolations(admin, 'org admin → remove a support contact');
    await dialog.getByRole('button', { name: 'Remove contact' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await main(admin).getByRole('row', { name: new RegExp(NAME) }).waitFor({ state: 'detached' });

    await worker.reload();
    const panel = worker.getByRole('region', { name: 'Support, whenever you need it' });
    await panel.getByText('Riverside Employee Assistance Programme', { exact: true }).waitFor();
    expect(await panel.getByText(NAME).count()).toBe(0);
  });
});
