import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { assessmentWorld } from './test-world.js';

/** The names a review's pages mention, for those who see it: no list of the whole organisation needed. */

let database: Database;
let world: Awaited<ReturnType<typeof assessmentWorld>>;
let cycleId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await assessmentWorld(database);
  cycleId = await world.openCycle('Review with names');
});
afterAll(() => database.close());

const names = async (client: typeof world.clients.admin) => {
  const response = await client.request('GET', `/api/v1/assessments/cycles/${cycleId}/people`);
  return { status: response.status, body: (await response.json()) as { people: Array<{ id: string; name: string }> } };
};

describe("a cycle's people", () => {
  it('names its lead and contributors to whoever sees it, and an action owner once there is one', async () => {
    expect((await names(world.clients.contributor)).body.people.map((p) => p.name)).toEqual(['Cato Contributor', 'Lena Lead']);
    await world.clients.contributor.request('PUT', `/api/v1/assessments/cycles/${cycleId}/criteria/safety.1/rating`, { rating: 'red' });
    const planned = await world.clients.lead.request('POST', `/api/v1/assessments/cycles/${cycleId}/criteria/safety.1/actions`, {
      title: 'Quiet room',
      ownerPersonId: world.people.bystander.personId,
      dueOn: '2999-01-01',
    });
    expect(planned.status).toBe(201);
    const { status, body } = await names(world.clients.lead);
    expect(status).toBe(200);
    expect(body.people.map((p) => p.name)).toEqual(['Bo Bystander', 'Cato Contributor', 'Lena Lead']);
    // the admin, who opened it but is named nowhere in it, is not listed
    expect(body.people.some((p) => p.name === 'Ada Admin')).toBe(false);
  });

  it('is not there for someone who does not see the cycle, nor for another organisation', async () => {
    expect((await names(world.clients.bystander)).status).toBe(404);
    expect((await names(world.clients.foreign)).status).toBe(404);
  });
});
