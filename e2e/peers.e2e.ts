import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, openPlace, signInAs } from './support/browser.js';

/**
 * Peer support in the demo organisation: Aisha Rahman (the demo worker) starts a community of
 * practice and posts; Daniel Reyes (the supervisor) cannot see its board until he joins, then
 * replies; the org admin never can. Aisha says she is open to a buddy, Daniel asks her, she
 * agrees, and he ends it without giving a reason. Daniel rates his own supervision and reads a
 * suggestion for each low area; nobody else can read it. axe on every page, and in Spanish.
 * Other journeys share this Tend: the demo's own community is left as it was.
 */

const COMMUNITY = 'Night visits circle';
const POST = 'After late visits I find it hard to switch off. What helps you wind down?';
const REPLY = 'A short walk and no screens for an hour helps me.';

let browser: Browser;
let worker: Page;
let supervisor: Page;
let admin: Page;
let communityPath = '';
beforeAll(async () => {
  browser = await launchBrowser();
  [worker, supervisor, admin] = await Promise.all([newPage(browser), newPage(browser), newPage(browser)]);
  await signInAs(worker, 'worker');
  await signInAs(supervisor, 'supervisor');
  await signInAs(admin, 'org_admin');
});
afterAll(() => browser?.close());

const main = (page: Page) => page.locator('main');
// the body is read so the request ends: an unread one stays open and the page never goes network-idle
const status = (page: Page, path: string) =>
  page.evaluate(async (p) => {
    const response = await fetch(p);
    await response.arrayBuffer();
    return response.status;
  }, path);

async function open(page: Page, navName: string, title: string | RegExp) {
  await openPlace(page, navName);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.waitForLoadState('networkidle');
}

describe('communities of practice', () => {
  it('a worker starts a community and posts on its board, reminded to describe effects, not detail', async () => {
    await open(worker, 'Communities of practice', 'Communities of practice');
    await main(worker).getByText('Reflecting after home visits').waitFor();
    await expectNoAxeViolations(worker, 'worker → communities');
    await worker.getByLabel('Name (required)').fill(COMMUNITY);
    await worker.getByLabel('What it is for (required)').fill('For anyone who visits people late in the day.');
    await worker.getByRole('button', { name: 'Start the community' }).click();
    await worker.getByRole('heading', { level: 1, name: COMMUNITY }).waitFor();
    communityPath = new URL(worker.url()).pathname;
    await main(worker).getByText('Only the members of this community read the board.').waitFor();
    expect(await main(worker).getByText(/Describe how things affected you, not graphic detail/).count()).toBeGreaterThanOrEqual(2);
    await worker.getByLabel('Write a post', { exact: true }).fill(POST);
    await worker.getByRole('button', { name: 'Post', exact: true }).click();
    await main(worker).getByText(POST).waitFor();
    await expectNoAxeViolations(worker, 'worker → her community with a post');
  });

  it('someone who is not a member sees what it is for but not its board, the org admin included, until they join', async () => {
    const id = communityPath.split('/').at(-1)!;
    await supervisor.goto(communityPath);
    await supervisor.getByRole('heading', { level: 1, name: COMMUNITY }).waitFor();
    await main(supervisor).getByText('Join to read and write on the board and in the meeting notes.').waitFor();
    expect(await main(supervisor).getByText(POST).count()).toBe(0);
    expect(await status(supervisor, `/api/v1/peers/communities/${id}/posts`)).toBe(404);
    await expectNoAxeViolations(supervisor, 'supervisor → a community he is not in');
    await admin.goto(communityPath);
    await admin.getByRole('heading', { level: 1, name: COMMUNITY }).waitFor();
    expect(await main(admin).getByText(POST).count()).toBe(0);
    expect(await status(admin, `/api/v1/peers/communities/${id}/posts`)).toBe(404);
    expect(await status(admin, `/api/v1/peers/communities/${id}/notes`)).toBe(404);

    await supervisor.getByRole('button', { name: 'Join', exact: true }).click();
    await main(supervisor).getByText(POST).waitFor();
    await supervisor.getByRole('button', { name: 'Reply to Aisha Rahman' }).click();
    await supervisor.getByLabel('Your reply').fill(REPLY);
    await supervisor.getByRole('button', { name: 'Send reply' }).click();
    await main(supervisor).getByText(REPLY).waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → community board after replying');
    await worker.reload();
    await main(worker).getByText(REPLY).waitFor();
  });
});

describe('peer buddies', () => {
  it('a pairing starts when both agree and either ends it, without a reason', async () => {
    await open(worker, 'Peer buddies', 'Peer buddies');
    await expectNoAxeViolations(worker, 'worker → buddies');
    await worker.getByLabel("I am open to being asked to be someone's buddy").check();
    await worker.getByRole('button', { name: 'Save', exact: true }).click();
    await main(worker).getByText('Saved.').waitFor();

    await open(supervisor, 'Peer buddies', 'Peer buddies');
    await main(supervisor).getByRole('heading', { name: /^Aisha Rahman/ }).first().waitFor();
    await supervisor.getByRole('button', { name: 'Ask Aisha Rahman to be your buddy' }).click();
    await main(supervisor).getByText('Your request has been sent to Aisha Rahman.').waitFor();

    await worker.reload();
    await worker.getByRole('button', { name: 'Agree to be Daniel Reyes\'s buddy' }).click();
    await main(worker).getByRole('heading', { name: /Daniel Reyes asked you/ }).getByText('Buddies').waitFor();
    await expectNoAxeViolations(worker, 'worker → buddies with an active pairing');

    await supervisor.reload();
    await supervisor.getByRole('button', { name: 'End the pairing with Aisha Rahman' }).click();
    const dialog = supervisor.getByRole('alertdialog', { name: 'End this pairing?' });
    await dialog.getByText('You do not need to give a reason.').waitFor();
    await dialog.getByRole('button', { name: 'End' }).click();
    await main(supervisor).getByRole('heading', { name: /You asked Aisha Rahman/ }).getByText('Ended').waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → buddies after ending');
  });
});

describe('peer supporters', () => {
  it('lists peer workers and those who offered, with how to reach them', async () => {
    await open(worker, 'Peer supporters', 'Peer supporters');
    await main(worker).getByText('Find me on the team chat, or ring extension 214. Weekdays, mornings are best.').waitFor();
    await expectNoAxeViolations(worker, 'worker → peer supporters');
  });
});

describe("the supervisor's own self-rating", () => {
  it('rates his supervision privately and reads a suggestion for each low area', async () => {
    await open(supervisor, 'How I supervise', 'How I supervise');
    await main(supervisor).getByText('Only you see your self-ratings.').waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → self-rating form');
    const noticing = main(supervisor).getByRole('group', { name: 'Noticing strain in the people you supervise' });
    for (const radio of await noticing.getByRole('radio', { name: 'Not yet', exact: true }).all()) await radio.check();
    const space = main(supervisor).getByRole('group', { name: 'Making space to process the work' });
    for (const radio of await space.getByRole('radio', { name: 'Steadily, and I could show someone how', exact: true }).all()) await radio.check();
    await supervisor.getByRole('button', { name: 'Save my self-rating' }).click();
    const result = main(supervisor).getByRole('region', { name: 'Your latest self-rating' });
    await result.getByRole('heading', { name: 'Noticing strain in the people you supervise' }).waitFor();
    await result.getByText(/in your next session, ask openly how the work has been sitting with them/).waitFor();
    expect(await result.getByRole('list', { name: 'Suggestions for your lower areas' }).getByRole('listitem').count()).toBe(1);
    await expectNoAxeViolations(supervisor, 'supervisor → self-rating with suggestions');

    // nobody else reads it: the worker he supervises and the admin are answered 404
    const { ratings } = (await supervisor.evaluate(async () => (await fetch('/api/v1/me/supervision-self-ratings')).json())) as { ratings: Array<{ id: string }> };
    expect(await status(worker, `/api/v1/me/supervision-self-ratings/${ratings[0]!.id}`)).toBe(404);
    expect(await status(admin, `/api/v1/me/supervision-self-ratings/${ratings[0]!.id}`)).toBe(404);
  });

  it('reads in Spanish, and passes axe there too', async () => {
    await supervisor.getByLabel('Language').selectOption('es');
    await supervisor.getByRole('heading', { level: 1, name: 'Cómo superviso' }).waitFor();
    await main(supervisor).getByText('Sugerencias para tus áreas más bajas').waitFor();
    await main(supervisor).getByText(/pregúntale abiertamente cómo le está afectando el trabajo/).waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → self-rating (es)');
    await supervisor.goto(communityPath);
    await supervisor.getByRole('heading', { name: 'Tablón de conversación' }).waitFor();
    await main(supervisor).getByText(/Cuenta cómo te afectó, no detalles crudos/).first().waitFor();
    await expectNoAxeViolations(supervisor, 'supervisor → community board (es)');
    await supervisor.getByLabel('Idioma').selectOption('en');
  });
});
