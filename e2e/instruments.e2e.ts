import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, openPlace, signInAs } from './support/browser.js';

/**
 * Instruments as FHIR, in the demo organisation: the org admin opens Instruments, downloads a
 * self-check as a FHIR Questionnaire, and tries to import the wrong file as the texts of a licensed
 * measure (nothing is stored; each problem is listed). She then checks in herself, downloads that
 * check-in as a FHIR QuestionnaireResponse from her results and erases her space again, so other
 * journeys find Tend as it was.
 */

let browser: Browser;
let admin: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  admin = await newPage(browser);
  await signInAs(admin, 'org_admin');
});
afterAll(() => browser?.close());

const STS = 'How you are doing: signs of secondary traumatic stress';
const PROQOL = 'Professional Quality of Life (ProQOL 5): scoring';
const main = (page: Page) => page.locator('main');
const escaped = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
const notImported = new RegExp(`${escaped(PROQOL)}.*texts not imported yet`);

async function open(page: Page, navName: string, title: string) {
  await openPlace(page, navName);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.waitForLoadState('networkidle');
}

describe('instruments as FHIR', () => {
  let questionnaireText = '';

  it('the admin lists the instruments and downloads one as a FHIR Questionnaire', async () => {
    await open(admin, 'Instruments', 'Instruments');
    const table = main(admin).getByRole('table', { name: 'Installed instruments, latest versions' });
    await table.waitFor();
    await table.getByRole('row', { name: notImported }).waitFor();
    await expectNoAxeViolations(admin, 'org admin → instruments');
    // a licensed measure without its texts has nothing to download yet
    expect(await main(admin).getByRole('link', { name: `Download as FHIR Questionnaire (${PROQOL})` }).count()).toBe(0);

    const [download] = await Promise.all([admin.waitForEvent('download'), main(admin).getByRole('link', { name: `Download as FHIR Questionnaire (${STS})` }).click()]);
    questionnaireText = await readFile((await download.path()) as string, 'utf8');
    const questionnaire = JSON.parse(questionnaireText) as { resourceType: string; id: string; language: string };
    expect(questionnaire).toMatchObject({ resourceType: 'Questionnaire', id: 'tend.sts-self-check', language: 'en' });
  });

  it('importing the wrong file as the texts of a licensed measure lists the problem and stores nothing', async () => {
    await main(admin).getByRole('button', { name: `Import the licensed texts (${PROQOL})` }).click();
    const dialog = admin.getByRole('dialog', { name: `Import the texts of ${PROQOL}` });
    await dialog.waitFor();
    await expectNoAxeViolations(admin, 'org admin → import licensed texts');

    await dialog.getByLabel('FHIR Questionnaire file (JSON)').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
    await dialog.getByRole('button', { name: 'Import the texts' }).click();
    await dialog.getByRole('alert').getByText('notes.json is not a JSON file.').waitFor();

    // the self-check's Questionnaire: a real one, but ten questions for a thirty-item measure
    await dialog.getByLabel('FHIR Questionnaire file (JSON)').setInputFiles({ name: 'sts.questionnaire.json', mimeType: 'application/json', buffer: Buffer.from(questionnaireText) });
    await dialog.getByRole('button', { name: 'Import the texts' }).click();
    const alert = dialog.getByRole('alert');
    await alert.getByText('The texts were not imported. The file does not fit this measure:').waitFor();
    await alert.getByRole('listitem').filter({ hasText: /^The questionnaire: the questionnaire has 10 questions; proqol-5 scores \d+ items/ }).waitFor();
    await expectNoAxeViolations(admin, 'org admin → import licensed texts, problem listed');

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await main(admin).getByRole('row', { name: notImported }).waitFor();
  });

  it('a check-in downloads as a FHIR QuestionnaireResponse from My data', async () => {
    await open(admin, 'Check-in', 'Check-in');
    await admin.getByLabel('Which check-in would you like to do?').selectOption('tend.sts-self-check');
    for (let n = 1; n <= 10; n++) {
      await main(admin)
        .getByRole('group', { name: new RegExp(`^${n} of 10\\. `) })
        .getByRole('radio', { name: 'Rarely', exact: true })
        .check();
    }
    await admin.getByRole('button', { name: 'Save my check-in' }).click();
    await main(admin).getByText('Show the numbers').first().waitFor();

    // each check-in's FHIR download is on My data, not among the results
    await open(admin, 'My well-being data', 'My well-being data');
    const link = main(admin).getByRole('region', { name: 'Each check-in, for other tools' }).getByRole('link', { name: /^Download as FHIR QuestionnaireResponse/ });
    await link.waitFor();
    expect(await link.count()).toBe(1);
    await expectNoAxeViolations(admin, 'org admin → results with a FHIR download');
    const [download] = await Promise.all([admin.waitForEvent('download'), link.click()]);
    const response = JSON.parse(await readFile((await download.path()) as string, 'utf8')) as { resourceType: string; item: Array<{ linkId: string }> };
    expect(response.resourceType).toBe('QuestionnaireResponse');
    expect(response.item).toHaveLength(10);

    // leave her space as it was
    await open(admin, 'My well-being data', 'My well-being data');
    await admin.getByRole('button', { name: 'Erase my well-being space…' }).click();
    const dialog = admin.getByRole('alertdialog', { name: 'Erase your well-being space for good?' });
    await dialog.getByLabel('To confirm, type the word "erase"').fill('erase');
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await main(admin).getByText('Your well-being space is erased.').waitFor();
  });
});
