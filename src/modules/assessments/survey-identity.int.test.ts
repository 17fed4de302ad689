import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import type { Client } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildSurveyWorld } from './survey-test-world.js';

/**
 * Identity never leaks: after everyone has answered and the results have been shown, every
 * route the app serves is called as the admin, the survey's lead and respondents, and no answer
 * may come back beside the identity of the person who gave it, nor any raw response at all.
 */

let database: Database;
let world: Awaited<ReturnType<typeof buildSurveyWorld>>;
let cycleId: string;
let responseIds: string[];

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildSurveyWorld(database);
  cycleId = await world.openSurvey();
  for (const [i, r] of world.respondents.entries()) {
    // 12 comments on safety are released; the 5 on trust are withheld and must appear nowhere
    const comments = i < 12 ? { safety: r.comment } : { trust: r.comment };
    const response = await r.client.request('POST', `/api/v1/assessments/cycles/${cycleId}/survey`, { answers: { 'safety.1': 1 + (i % 5), 'trust.1': 3 }, comments });
    expect(response.status).toBe(201);
  }
  await world.setStatus(cycleId, 'closed');
  expect((await world.clients.admin.request('GET', `/api/v1/assessments/cycles/${cycleId}/survey-results`)).status).toBe(200);
  responseIds = ((await database.db.execute(sql`SELECT id FROM assessment_survey_responses`)).rows as Array<{ id: string }>).map((r) => r.id);
}, 120_000);
afterAll(() => database.close());

/** Every API method and path the app answers, from the app itself. */
function servedApiRoutes(): Array<[string, string]> {
  const keys = new Set<string>();
  for (const route of world.app.routes) if (route.method !== 'ALL' && route.path.startsWith('/api/')) keys.add(`${route.method} ${route.path}`);
  return [...keys].sort().map((k) => k.split(' ') as [string, string]);
}

/** Concrete addresses for a route: each id parameter tried as the survey, a respondent and the lead. */
function addresses(path: string): string[] {
  const fill = (id: string) =>
    path
      .replace(/:(\w*criterion\w*)/gi, 'safety.1')
      .replace(/:(\w*section\w*)/gi, 'safety')
      .replace(':id', id)
      .replace(/:\w+/g, () => randomUUID());
  if (!path.includes(':')) return [path];
  return [...new Set([cycleId, world.respondents[0]!.personId, world.respondents[16]!.personId, world.lead.personId].map(fill))];
}

describe('identity never leaks', () => {
  it('no route, for the admin, the lead or a respondent, returns an answer beside its author, or any raw response', async () => {
    const callers: Array<[string, Client]> = [
      ['admin', world.clients.admin],
      ['lead', world.clients.lead],
      ['respondent in the small team', world.respondents[0]!.client],
      ['respondent in the large team', world.respondents[16]!.client],
    ];
    const withheld = world.respondents.slice(12).map((r) => r.comment);
    const released = world.respondents.slice(0, 12).map((r) => r.comment);
    const problems: string[] = [];
    let calls = 0;
    let sawReleasedComment = false;
    // reads first, then changes (a change may remove what later reads would have shown)
    const routes = servedApiRoutes().sort(([a], [b]) => Number(a !== 'GET') - Number(b !== 'GET'));
    for (const [method, path] of routes) {
      if (path === '/api/v1/auth/sign-out') continue;
      for (const [name, client] of callers) {
        for (const address of addresses(path)) {
          const response = await client.request(method, address, method === 'GET' || method === 'DELETE' ? undefined : {});
          const body = await response.text();
          calls++;
          sawReleasedComment ||= released.some((text) => body.includes(text));
          for (const r of world.respondents) {
            const identified = [r.personId, r.email, r.name].some((s) => body.includes(s));
            if (identified && body.includes(r.comment)) problems.push(`${method} ${address} as ${name}: ${r.name} beside their answer`);
          }
          for (const id of responseIds) if (body.includes(id)) problems.push(`${method} ${address} as ${name}: a raw response (its id)`);
          for (const text of withheld) if (body.includes(text)) problems.push(`${method} ${address} as ${name}: a withheld comment`);
          if (/"answers"\s*:\s*\{\s*"safety\.1"/.test(body)) problems.push(`${method} ${address} as ${name}: raw survey answers`);
        }
      }
    }
    expect(calls).toBeGreaterThan(100);
    // the search does find answers where they are meant to be (the released results)
    expect(sawReleasedComment).toBe(true);
    expect(problems).toEqual([]);
  }, 300_000);

  it('the released comments do come back, to the admin only, with nothing beside them', async () => {
    const response = await world.clients.admin.request('GET', `/api/v1/assessments/cycles/${cycleId}/survey-results`);
    const body = (await response.json()) as { sections: Array<{ id: string; comments: unknown }> };
    const safety = body.sections.find((s) => s.id === 'safety')!.comments as { status: string; texts: string[] };
    expect(safety.status).toBe('released');
    expect(safety.texts).toHaveLength(12);
    expect(Object.keys(safety).sort()).toEqual(['status', 'texts']);
  });
});
