import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, openPlace, pickPerson, signInAs } from './support/browser.js';

/**
 * Organisational assessments, accepted from end to end in the demo organisation: Grace Adebayo
 * (the demo admin) opens a team review of the trauma-informed audit and leads it herself; she
 * rates criteria with evidence, confirms, turns two red criteria into actions, reads the results
 * and downloads the ratings and a PDF report. Then a short anonymous survey of the District
 * Nursing team: Aisha Rahman answers, skipping a question, and cannot answer twice. Cycles carry
 * a unique title, so other journeys on the same running Tend are untouched.
 */

let browser: Browser;
let admin: Page;
let worker: Page;
const files = mkdtempSync(join(tmpdir(), 'tend-assessments-e2e-'));
beforeAll(async () => {
  browser = await launchBrowser();
  [admin, worker] = await Promise.all([newPage(browser), newPage(browser)]);
  await signInAs(admin, 'org_admin');
  await signInAs(worker, 'worker');
});
afterAll(async () => {
  await browser?.close();
  rmSync(files, { recursive: true, force: true });
});

const stamp = Date.now().toString(36);
const REVIEW = `TI audit ${stamp}`;
const SURVEY = `Staff survey ${stamp}`;
const ACTION_ONE = `Write the trauma policy ${stamp}`;
const ACTION_TWO = `Brief the board ${stamp}`;
const ACTION_DOMAIN = `Name a board lead for trauma-informed care ${stamp}`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const main = (page: Page) => page.locator('main');
const criterion = (page: Page, id: string) => main(page).getByRole('article', { name: new RegExp(`^${id.replace('.', '\\.')} `) });
let reviewUrl = '';

async function openCycle(page: Page, input: { title: string; mode: 'Team review' | 'Anonymous staff survey'; unit?: string; lead?: string; contributor?: string }) {
  await page.goto('/admin/assessments');
  await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
  await page.waitForLoadState('networkidle');
  const form = main(page);
  await form.getByLabel('Assessment', { exact: true }).selectOption({ label: 'Trauma-informed organisational audit' });
  await form.getByLabel('Title of this cycle').fill(input.title);
  if (input.unit) {
    const value = await form.getByLabel('Who it covers').locator('option', { hasText: input.unit }).getAttribute('value');
    await form.getByLabel('Who it covers').selectOption(value!);
  }
  await form.getByRole('radio', { name: input.mode }).check();
  await form.getByLabel('Opens on').fill(inDays(0));
  await form.getByLabel('Closes on').fill(inDays(30));
  if (input.lead) await pickPerson(form, { search: 'Find the lead', select: 'Lead (required)' }, input.lead.split(' ')[0]!, input.lead);
  if (input.contributor) {
    // several people are chosen one at a time: search, pick the match, add; each chosen one can be removed
    const contributors = form.getByRole('group', { name: 'Contributors' });
    await pickPerson(contributors, { search: 'Find contributors', select: 'Matching people' }, input.contributor.split(' ')[0]!, input.contributor);
    await contributors.getByRole('button', { name: 'Add' }).click();
    await contributors.getByText('1 person chosen.').waitFor();
    await contributors.getByRole('button', { name: `Remove ${input.contributor}` }).waitFor();
  }
  await form.getByRole('button', { name: 'Open the cycle' }).click();
  await form.getByText(`Cycle opened: ${input.title}.`).first().waitFor();
}

async function rate(page: Page, id: string, words: string) {
  const block = criterion(page, id);
  // the choice shows the saved rating: it turns checked once the server has it
  await block.getByRole('radio', { name: new RegExp(`^${words}`) }).click();
  await expect.poll(() => block.getByRole('radio', { name: new RegExp(`^${words}`) }).isChecked()).toBe(true);
  await main(page).getByText(/criteria rated/).waitFor();
}

async function addEvidence(page: Page, id: string, text: string) {
  const block = criterion(page, id);
  await block.locator('summary').first().click();
  await block.getByLabel('What shows it').fill(text);
  await block.getByRole('button', { name: 'Add evidence' }).click();
  await block.getByText(text).first().waitFor();
}

describe('team review: rate with evidence, confirm, plan actions, read results, download reports', () => {
  it('the admin opens a team review of the trauma-informed audit, leading it herself', async () => {
    await openCycle(admin, { title: REVIEW, mode: 'Team review', lead: 'Grace Adebayo', contributor: 'Priya Evans' });
    await expectNoAxeViolations(admin, 'admin → assessments (cycle opened)');
    await main(admin).getByRole('link', { name: `Open ${REVIEW}` }).click();
    await admin.getByRole('heading', { level: 1, name: REVIEW }).waitFor();
    await admin.waitForLoadState('networkidle');
    reviewUrl = new URL(admin.url()).pathname;
    await expectNoAxeViolations(admin, 'admin → review (empty)');
  });

  it('she rates criteria, adds evidence and confirms the ratings', async () => {
    await rate(admin, 'safety.1', 'Not in place yet');
    await rate(admin, 'safety.2', 'Not in place yet');
    await rate(admin, 'safety.3', 'In place and working');
    await rate(admin, 'trust.1', 'Partly in place');
    await addEvidence(admin, 'safety.1', 'No written commitment found in the board minutes');
    await addEvidence(admin, 'safety.3', 'Staff induction covers trauma awareness');
    await main(admin).getByText('4 of').first().waitFor();
    await expectNoAxeViolations(admin, 'admin → review (rated, evidence)');
    await main(admin).getByRole('button', { name: 'Confirm the ratings' }).click();
    await main(admin).getByText('Ratings confirmed.').first().waitFor();
    await expectNoAxeViolations(admin, 'admin → review (confirmed)');
  });

  it('she creates two actions from red criteria; the overdue one stands out in words', async () => {
    await criterion(admin, 'safety.1').getByRole('link', { name: 'Create an action for safety.1' }).click();
    await admin.getByRole('heading', { level: 1, name: `Actions: ${REVIEW}` }).waitFor();
    await admin.waitForLoadState('networkidle');
    await expectNoAxeViolations(admin, 'admin → actions (empty)');
    const page = main(admin);
    await expect.poll(() => page.getByLabel('Criterion', { exact: true }).inputValue()).toBe('safety.1');
    await page.getByLabel('What will be done').fill(ACTION_ONE);
    await pickPerson(page, { search: 'Find the owner', select: 'Owner (required)' }, 'grace', 'Grace Adebayo');
    await page.getByLabel('Due by').fill(inDays(60));
    await page.getByRole('button', { name: 'Create the action' }).click();
    await page.getByRole('heading', { level: 3, name: ACTION_ONE }).waitFor();

    await page.getByLabel('Criterion', { exact: true }).selectOption('safety.2');
    await page.getByLabel('What will be done').fill(ACTION_TWO);
    await pickPerson(page, { search: 'Find the owner', select: 'Owner (required)' }, 'daniel', 'Daniel Reyes');
    await page.getByLabel('Due by').fill(inDays(-3));
    await page.getByRole('button', { name: 'Create the action' }).click();
    await page.getByRole('heading', { level: 3, name: ACTION_TWO }).waitFor();
    await page.getByText('1 is past its due date').waitFor();
    await expect(page.getByRole('listitem').filter({ has: admin.getByRole('heading', { name: ACTION_TWO }) }).getByText('Overdue', { exact: true }).count()).resolves.toBe(1);

    await page.getByLabel(`Status of ${ACTION_ONE}`).selectOption({ label: 'In progress' });
    await page.getByLabel(`Progress note on ${ACTION_ONE}`).fill('First draft shared with the board');
    await page.getByRole('button', { name: 'Add note' }).first().click();
    await page.getByText('First draft shared with the board').waitFor();
    await expect.poll(() => page.getByLabel(`Status of ${ACTION_ONE}`).inputValue()).toBe('in-progress');
    await expectNoAxeViolations(admin, 'admin → actions (two, one overdue)');

    await admin.goto('/admin/assessments/actions');
    await admin.getByRole('heading', { level: 1, name: 'All actions' }).waitFor();
    await main(admin).getByRole('row', { name: new RegExp(ACTION_TWO) }).getByText('Overdue').waitFor();
    await expectNoAxeViolations(admin, 'admin → all actions');
  });

  it('she raises an action from a domain of the audit on the outcomes page; it joins the review plan with its figure', async () => {
    await admin.goto('/workforce/outcomes');
    await admin.getByRole('heading', { level: 1, name: 'Outcomes' }).waitFor();
    await main(admin).getByText('Act on a domain').click();
    const review = main(admin).getByLabel('Review (required)');
    await review.selectOption((await review.locator('option', { hasText: REVIEW }).getAttribute('value'))!);
    const domain = main(admin).getByLabel('Domain (required)');
    const governance = (await domain.locator('option').allTextContents()).find((o) => o.startsWith('Governance and leadership: '));
    expect(governance).toMatch(/^Governance and leadership: \d+% green$/);
    await domain.selectOption({ label: governance! });
    await main(admin).getByLabel('What will be done (required)').fill(ACTION_DOMAIN);
    await pickPerson(main(admin), { search: 'Find the owner', select: 'Owner (required)' }, 'grace', 'Grace Adebayo');
    await main(admin).getByLabel('Due date (required)').fill(inDays(90));
    await main(admin).getByRole('button', { name: 'Raise the action' }).click();
    await main(admin).getByText(`Action “${ACTION_DOMAIN}” raised.`).first().waitFor();
    await expectNoAxeViolations(admin, 'admin → outcomes (domain action raised)');

    await admin.goto(reviewUrl.replace(/\/?$/, '/actions'));
    const item = main(admin).getByRole('article', { name: ACTION_DOMAIN });
    await item.getByText(new RegExp(`^Governance and leadership in ${REVIEW}: \\d+% of its criteria green$`)).waitFor();
    await item.getByText('Not yet: no later review of this scope has closed.').waitFor();
    await expectNoAxeViolations(admin, 'admin → actions (one from a domain)');
  });

  it('the results show ratings by section in words, each criterion beside its evidence, strengths and gaps', async () => {
    await admin.goto(reviewUrl);
    await main(admin).getByRole('navigation', { name: `Pages of ${REVIEW}` }).getByRole('link', { name: 'Results' }).click();
    await admin.getByRole('heading', { level: 1, name: `Results: ${REVIEW}` }).waitFor();
    await admin.waitForLoadState('networkidle');
    const page = main(admin);
    await page.getByText('1 in place, 1 partly, 2 not yet').waitFor();
    // the ratings as bars per section, as the PDF draws them: a sentence above, the counts on request
    const ratings = page.getByTestId('ratings-chart');
    await ratings.getByRole('img', { name: /^Share of criteria in place, partly and not yet, in each section\. 1 in place, 1 partly, 2 not yet/ }).waitFor();
    expect(await ratings.locator('.chart-legend li').count()).toBe(4);
    await ratings.getByText('Show the figures as a table').click();
    await ratings.getByRole('table', { name: 'Criteria by rating in each section' }).waitFor();
    await expect(page.getByRole('row', { name: /^safety\.1 / }).getByRole('cell').nth(1).textContent()).resolves.toBe('1');
    await page.getByRole('heading', { name: 'Strengths' }).waitFor();
    await page.getByRole('heading', { name: 'Gaps' }).waitFor();
    await page.getByText('Only one cycle so far: change shows after the next.').waitFor();
    await expectNoAxeViolations(admin, 'admin → results');
  });

  it('she downloads the ratings as CSV and a PDF report holding the cycle and both actions', async () => {
    const page = main(admin);
    const [csv] = await Promise.all([admin.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    const csvPath = join(files, 'ratings.csv');
    await csv.saveAs(csvPath);
    expect(readFileSync(csvPath, 'utf8')).toContain('safety.1');

    await page.getByRole('button', { name: 'Create PDF report' }).click();
    const link = page.getByRole('link', { name: 'Download the PDF report' });
    await link.waitFor({ timeout: 45_000 });
    await expectNoAxeViolations(admin, 'admin → results (report ready)');
    const [pdf] = await Promise.all([admin.waitForEvent('download'), link.click()]);
    const pdfPath = join(files, 'report.pdf');
    await pdf.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');

    let rendered = true;
    try {
      execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(files, 'page')]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || process.env.CI === 'true') throw error;
      rendered = false;
      console.log('pdftoppm is not installed: the PDF was not turned into images (CI installs poppler-utils).');
    }
    if (rendered) {
      expect(readdirSync(files).filter((f) => f.startsWith('page') && f.endsWith('.png')).length).toBeGreaterThan(0);
      const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain(REVIEW);
      expect(text).toContain(ACTION_ONE);
      expect(text).toContain(ACTION_TWO);
    }
  });
});

describe('anonymous staff survey: who sees what first, skip a question, answer once', () => {
  it('the admin opens a survey of the District Nursing team; its results wait until it closes', async () => {
    await openCycle(admin, { title: SURVEY, mode: 'Anonymous staff survey', unit: 'District Nursing' });
    await main(admin).getByRole('link', { name: `Open ${SURVEY}` }).click();
    await admin.getByRole('heading', { level: 1, name: SURVEY }).waitFor();
    await main(admin).getByRole('navigation', { name: `Pages of ${SURVEY}` }).getByRole('link', { name: 'Results' }).click();
    await main(admin).getByText(/Results are shown once it closes/).waitFor();
    await expectNoAxeViolations(admin, 'admin → survey results (collecting)');
  });

  it('Aisha reads who sees what, answers skipping a question, and cannot answer twice', async () => {
    await openPlace(worker, 'My assessments');
    await worker.getByRole('heading', { level: 1, name: 'My assessments' }).waitFor();
    await main(worker).getByRole('link', { name: `Answer ${SURVEY}` }).click();
    await worker.getByRole('heading', { level: 1, name: SURVEY }).waitFor();
    const page = main(worker);
    await page.getByRole('heading', { name: 'Before you start: who sees what' }).waitFor();
    await page.getByText('Only group figures are shown, and only for groups of at least 5 people.').waitFor();
    await page.getByText(/shuffled and without dates/).waitFor();
    await expectNoAxeViolations(worker, 'worker → survey (who sees what)');
    await page.getByRole('button', { name: 'Start' }).click();

    const questions = page.getByRole('group');
    await questions.first().waitFor();
    await questions.nth(0).getByRole('radio', { name: '4 — Mostly true' }).check();
    await questions.nth(1).getByRole('radio', { name: '2 — Slightly true' }).check();
    await questions.nth(1).getByRole('radio', { name: 'Skip this one' }).check();
    await questions.nth(2).getByRole('radio', { name: '5 — Completely true here' }).check();
    await page.getByLabel(/Anything you want to add about Safety/).fill('We talk about safety in team meetings');
    await expectNoAxeViolations(worker, 'worker → survey (answering)');
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('heading', { name: 'Thank you' }).or(page.getByRole('alert')).first().waitFor();
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    await page.getByRole('heading', { name: 'Thank you' }).waitFor();
    await expectNoAxeViolations(worker, 'worker → survey (thank you)');

    await worker.reload();
    await main(worker).getByRole('heading', { name: 'You have answered this survey' }).waitFor();
    await expect(main(worker).getByRole('button', { name: 'Send my answers' }).count()).resolves.toBe(0);
    await expectNoAxeViolations(worker, 'worker → survey (already answered)');
    await worker.goto('/my-assessments');
    await main(worker).getByText('Answered, thank you').first().waitFor();
  });
});
