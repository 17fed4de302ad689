import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, openPlace, signInAs } from './support/browser.js';

/**
 * Care after a hard event, end to end: the demo team lead records that the district nursing team
 * met violence or a threat ten days ago; the demo worker finds the 3-day check-in on Home, answers
 * it (skipping some questions), sees the support contacts and asks to be referred, and lets the
 * 4-week one go ahead of its day; the team lead then sees only that both were offered and are no
 * longer open, and that she asked to be referred. In Spanish too; axe on every page.
 */

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
const shown = (iso: string, locale = 'en-GB') => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const OCCURRED = day(10);
const NOTE = 'Tired in the evenings; a walk helped.';

let browser: Browser;
let lead: Page;
let worker: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  lead = await newPage(browser);
  await signInAs(lead, 'supervisor');
  worker = await newPage(browser);
  await signInAs(worker, 'worker');
});
afterAll(() => browser?.close());

const main = (page: Page) => page.locator('main');
const eventSection = (page: Page) => main(page).getByRole('region', { name: `Violence or a threat, on ${shown(OCCURRED)}` });

describe('after a hard event', () => {
  it('the team lead records a hard event for the team: a kind and a day, nothing about what happened', async () => {
    await openPlace(lead, 'Hard events');
    await lead.getByRole('heading', { level: 1, name: 'Hard events' }).waitFor();
    await main(lead).getByText('There is no place to describe what happened').waitFor();
    await expectNoAxeViolations(lead, 'team lead → hard events');
    await lead.getByLabel('Kind of event').selectOption({ label: 'Violence or a threat' });
    await lead.getByLabel('Day it happened').fill(OCCURRED);
    await lead.getByLabel('Team', { exact: true }).selectOption({ label: 'District Nursing' });
    await lead.getByRole('button', { name: 'Record and offer check-ins' }).click();
    await main(lead).getByText(/^Recorded\. \d+ people were offered check-ins\.$/).waitFor();
    await main(lead).getByRole('link', { name: `Violence or a threat, ${shown(OCCURRED)}` }).waitFor();
    await expectNoAxeViolations(lead, 'team lead → event recorded');
  });

  it('the worker finds the 3-day check-in on Home, answers it, sees support and asks to be referred', async () => {
    await worker.goto('/');
    const card = main(worker).getByRole('region', { name: 'What is waiting for you' });
    // the demo may have offered her one already: any of them opens the same page
    await card.getByRole('heading', { name: 'A short check-in is here for you, after a hard day at work' }).first().waitFor();
    await expectNoAxeViolations(worker, 'worker → home with a waiting check-in');
    await card.getByRole('link', { name: 'Open my check-ins' }).first().click();
    await worker.getByRole('heading', { level: 1, name: 'After a hard day at work' }).waitFor();
    await eventSection(worker).waitFor();
    await expectNoAxeViolations(worker, 'worker → my check-ins');

    await eventSection(worker).getByRole('article', { name: 'Check-in a few days after' }).getByRole('link', { name: 'Start the check-in' }).click();
    await worker.getByRole('heading', { level: 1, name: 'A short check-in' }).waitFor();
    await main(worker).getByText('nobody else sees your answers', { exact: false }).first().waitFor();
    await main(worker).getByText('not what happened').first().waitFor();
    await expectNoAxeViolations(worker, 'worker → the check-in');
    await worker.getByRole('group', { name: /^Question 1 of 5/ }).getByRole('radio', { name: 'A little different' }).check();
    await worker.getByRole('group', { name: /^Question 2 of 5/ }).getByRole('radio', { name: 'Skip this one' }).check();
    await worker.getByRole('group', { name: /^Question 4 of 5/ }).getByRole('radio', { name: 'Yes', exact: true }).check();
    await worker.getByLabel('A note for yourself (optional)').fill(NOTE);
    await worker.getByRole('button', { name: 'Keep my answers' }).click();
    await main(worker).getByText('Your answers are kept, for you alone.').first().waitFor();
    await main(worker).getByText('You skipped 3 questions').waitFor();
    await main(worker).getByRole('heading', { name: 'Support, if you would like it' }).waitFor();
    await main(worker).getByText('Riverside Employee Assistance Programme').first().waitFor();
    await expectNoAxeViolations(worker, 'worker → check-in done, support shown');
    await main(worker).getByRole('button', { name: `Ask to be referred for support after the event on ${shown(OCCURRED)}` }).click();
    await main(worker).getByText('You asked to be referred.').first().waitFor();
  });

  it('the worker lets the 4-week check-in go ahead of its day, and reads her answers back', async () => {
    await main(worker).getByRole('link', { name: 'Back to my check-ins' }).click();
    const later = eventSection(worker).getByRole('article', { name: 'Check-in a few weeks after' });
    await later.getByRole('button', { name: 'Not for me this time: Check-in a few weeks after' }).click();
    await later.getByText('You let this one go.').waitFor();
    const early = eventSection(worker).getByRole('article', { name: 'Check-in a few days after' });
    await early.getByText('You answered this check-in.').waitFor();
    await early.getByRole('link', { name: 'See my answers' }).click();
    await worker.getByRole('heading', { level: 1, name: 'Your answers' }).waitFor();
    await main(worker).getByText(NOTE).waitFor();
    await expectNoAxeViolations(worker, 'worker → my answers');
  });

  it('the team lead sees only that both offers were made (the one let go early still reads as open) and the referral request', async () => {
    await lead.goto('/hard-events');
    await main(lead).getByRole('link', { name: `Violence or a threat, ${shown(OCCURRED)}` }).click();
    const table = main(lead).getByRole('table', { name: 'Who was offered' });
    await table.waitFor();
    const row = table.getByRole('row', { name: /Aisha Rahman/ });
    // the 4-week one was let go before its day: until that day it reads as open, so a decline does not show
    expect(await row.getByRole('cell').allTextContents()).toEqual(['Offered', 'Offered, still open']);
    await main(lead).getByText(/^Aisha Rahman asked to be referred/).waitFor();
    const text = await main(lead).innerText();
    for (const secret of ['let this one go', 'You answered', 'A little different', NOTE, 'Skip this one']) expect(text).not.toContain(secret);
    await expectNoAxeViolations(lead, 'team lead → one event');
  });

  it('an org admin sees the referral request and the figures only as the privacy gate releases them', async () => {
    const admin = await newPage(browser);
    await signInAs(admin, 'org_admin');
    await admin.goto('/hard-events');
    await main(admin).getByText(/^Aisha Rahman asked to be referred/).waitFor();
    await admin.getByLabel('From', { exact: true }).fill(day(30));
    await admin.getByRole('button', { name: 'Show figures' }).click();
    const table = main(admin).getByRole('table', { name: 'Across the organisation' });
    await table.waitFor();
    // one team of a dozen or so people: enough for the whole organisation's figure, never a smaller team's
    expect(await table.getByRole('row', { name: /Whole organisation/ }).getByRole('cell').count()).toBe(3);
    await expectNoAxeViolations(admin, 'admin → hard events with figures');
  });

  it('reads in Spanish too', async () => {
    await worker.goto('/me/after-hard-events');
    await worker.getByRole('heading', { level: 1, name: 'After a hard day at work' }).waitFor();
    await worker.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await worker.getByRole('heading', { level: 1, name: 'Después de un día duro en el trabajo' }).waitFor();
    const section = main(worker).getByRole('region', { name: `Violencia o una amenaza, el ${shown(OCCURRED, 'es')}` });
    await section.getByText('Dejaste pasar este.').waitFor();
    await section.getByText('Has pedido que te deriven.').first().waitFor();
    await expectNoAxeViolations(worker, 'worker → my check-ins (es)');
    await worker.goto('/');
    await main(worker).getByRole('region', { name: 'Lo que te espera' }).waitFor();
    await expectNoAxeViolations(worker, 'worker → home (es)');
    await worker.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await worker.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
  });
});
