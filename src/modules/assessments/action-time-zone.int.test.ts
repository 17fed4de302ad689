import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { updateOrgSettings } from '../../platform/tenancy/org-store.js';
import { ZTenancySettings } from '../../platform/tenancy/settings.js';
import { freezeDateAt, unfreezeDate } from '../../test-support/frozen-date.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import type { TAction } from './action-view.js';
import { assessmentWorld } from './test-world.js';

/**
 * An action is overdue once its due day has passed where the organisation works. Each edge is
 * checked on both sides of a local midnight; on one side the UTC date is another day, so the
 * tests fail if the flag goes back to UTC dates. In late 2025 Los Angeles is UTC−8 and Auckland UTC+13.
 */

let database: Database;
let world: Awaited<ReturnType<typeof assessmentWorld>>;
let cycleId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await assessmentWorld(database);
  cycleId = await world.openCycle('Review 2025');
  await world.clients.contributor.request('PUT', `/api/v1/assessments/cycles/${cycleId}/criteria/safety.2/rating`, { rating: 'red' });
  await world.clients.lead.request('POST', `/api/v1/assessments/cycles/${cycleId}/criteria/safety.2/confirm`, { rating: 'red' });
});
afterEach(unfreezeDate);
afterAll(() => database.close());

const inZone = (timeZone: string) => updateOrgSettings(database.db, world.orgId, ZTenancySettings, { timeZone });
async function actionDue(dueOn: string) {
  const response = await world.clients.lead.request('POST', `/api/v1/assessments/cycles/${cycleId}/criteria/safety.2/actions`, {
    title: `Due ${dueOn}`,
    ownerPersonId: world.people.bystander.personId,
    dueOn,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as TAction).id;
}
const overdue = async (id: string) => {
  const { actions } = (await (await world.clients.admin.request('GET', '/api/v1/assessments/actions')).json()) as { actions: TAction[] };
  return actions.find((a) => a.id === id)?.overdue;
};

describe('overdue actions at the edge of a day', () => {
  it('in Los Angeles, an action due on 30 November is not overdue at 23:30 that evening (07:30Z on 1 December), and is at midnight there', async () => {
    await inZone('America/Los_Angeles');
    const id = await actionDue('2025-11-30');
    freezeDateAt('2025-12-01T07:30:00Z');
    expect(await overdue(id)).toBe(false);
    freezeDateAt('2025-12-01T08:00:00Z');
    expect(await overdue(id)).toBe(true);
  });

  it("in Auckland, an action due on 1 December is overdue from Auckland's midnight, 11:00Z on 1 December", async () => {
    await inZone('Pacific/Auckland');
    const id = await actionDue('2025-12-01');
    freezeDateAt('2025-12-01T10:59:00Z');
    expect(await overdue(id)).toBe(false);
    freezeDateAt('2025-12-01T11:00:00Z');
    expect(await overdue(id)).toBe(true);
  });
});
