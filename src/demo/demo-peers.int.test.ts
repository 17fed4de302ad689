import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/db/client.js';
import { buildTestApp, signIn } from '../test-support/factories.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { loadDemo } from './load-demo.js';

/** The demo shows peer support working from the first start. */

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database);
});
afterAll(() => database.close());

describe('the demo’s peer support', () => {
  it('has a community with posts the demo worker can join, and peer supporters with contact notes', async () => {
    const app = buildTestApp(database).app;
    const worker = await signIn(app, 'worker@riverside.example', DEMO_PASSWORD);
    const { communities } = (await (await worker.request('GET', '/api/v1/peers/communities')).json()) as { communities: Array<{ id: string; name: string; myStatus: string | null }> };
    expect(communities).toEqual([expect.objectContaining({ name: 'Reflecting after home visits', myStatus: null })]);
    expect((await worker.request('GET', `/api/v1/peers/communities/${communities[0]!.id}/posts`)).status).toBe(404);
    expect((await worker.request('POST', `/api/v1/peers/communities/${communities[0]!.id}/join`)).status).toBe(200);
    const { posts } = (await (await worker.request('GET', `/api/v1/peers/communities/${communities[0]!.id}/posts`)).json()) as { posts: unknown[] };
    expect(posts).toHaveLength(4);
    const { supporters } = (await (await worker.request('GET', '/api/v1/peers/supporters')).json()) as { supporters: Array<{ name: string; contactNote: string | null }> };
    expect(supporters.filter((s) => s.contactNote).map((s) => s.name)).toEqual(['Marta Mensah', 'Priya Evans']);
  });
});
