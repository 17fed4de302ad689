import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { accessRegistry } from '../../platform/http/route.js';
import type { BuiltPerson } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { buildWorld, expectJson, type World } from './test-world.js';

/**
 * The space is the worker's alone: her supervisor, an org admin, a hub analyst and another
 * organisation's user call EVERY well-being route with her ids and plausible bodies; each gets
 * 403/404, or an answer about their own (empty) space that carries nothing of hers, and her space
 * is the same afterwards.
 */

let database: Database;
let w: World;
const ids = { checkIn: '', reflection: '', grant: '' };
const SECRETS = { profile: 'Nightmares after the Lee case', plan: 'Call my sister', reflection: 'I cried in the car' };

beforeAll(async () => {
  database = await createTestDatabase();
  w = await buildWorld(database);
  const worker = w.as(w.worker);
  await expectJson(await worker.request('PUT', '/api/v1/me/wellbeing/profile', { earlySigns: [SECRETS.profile] }), 200);
  await expectJson(await worker.request('PUT', '/api/v1/me/wellbeing/coping-plan', { after: [{ strategyId: null, note: SECRETS.plan }] }), 200);
  ids.reflection = (await expectJson<{ id: string }>(await worker.request('POST', '/api/v1/me/wellbeing/reflections', { body: SECRETS.reflection }), 201)).id;
  ids.checkIn = (await expectJson<{ checkIn: { id: string } }>(await worker.request('POST', '/api/v1/me/wellbeing/check-ins', { instrumentId: 'test.weekly-check', answers: { 'w.a': 3 } }), 201)).checkIn.id;
  // shared with a colleague, not with any of the callers below
  ids.grant = (await expectJson<{ id: string }>(await worker.request('POST', '/api/v1/me/wellbeing/grants', { granteePersonId: w.colleague.personId, scope: 'coping-plan', expiresAt: new Date(Date.now() + 86_400_000).toISOString() }), 201)).id;
});
afterAll(() => database.close());

/** Every route of the well-being space, as the app registered them. */
const wellbeingRoutes = () => [...accessRegistry.keys()].filter((key) => key.includes('/wellbeing') || key.includes('/shared-with-me')).sort();

const address = (path: string) =>
  path
    .replace('/reflections/:id', `/reflections/${ids.reflection}`)
    .replace('/grants/:id', `/grants/${ids.grant}`)
    .replace('/shared-with-me/:id', `/shared-with-me/${ids.grant}`)
    .replace('/check-ins/trend', '/check-ins/trend?instrumentId=test.weekly-check&scale=total')
    .replace('/check-ins/:id', `/check-ins/${ids.checkIn}`)
    .replace(/\/grantees$/, '/grantees?q=Sky');

const BODIES: Record<string, unknown> = {
  'PUT /api/v1/me/wellbeing/profile': { strengths: ['x'] },
  'PUT /api/v1/me/wellbeing/coping-plan': { before: [{ strategyId: null, note: 'x' }] },
  'PUT /api/v1/me/wellbeing/rhythm': { rhythm: 'weekly', instrumentId: null },
  'PUT /api/v1/me/wellbeing/contribution': { contributesToFigures: true },
  'POST /api/v1/me/wellbeing/check-ins': { instrumentId: 'test.weekly-check', answers: {} },
  // her own past response, identifier and all: brought in by anyone else, it lands in their own space
  'POST /api/v1/me/wellbeing/check-ins/import': {
    instrumentId: 'test.weekly-check',
    responses: [{ resourceType: 'QuestionnaireResponse', status: 'completed', authored: '2025-05-01', identifier: { value: 'hers-1' }, item: [{ linkId: 'w.a', answer: [{ valueInteger: 2 }] }] }],
  },
  'POST /api/v1/me/wellbeing/reflections': { body: 'x' },
  'PUT /api/v1/me/wellbeing/reflections/:id': { body: 'overwritten' },
  'POST /api/v1/me/wellbeing/grants': { granteePersonId: '00000000-0000-7000-8000-000000000000', scope: 'coping-plan', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
  'POST /api/v1/me/wellbeing/erase': { confirm: 'erase' },
};

const workerSpace = async () => {
  const { exportedAt: _at, ...rest } = await expectJson<{ exportedAt: string }>(await w.as(w.worker).request('GET', '/api/v1/me/wellbeing/export.json'), 200);
  return rest;
};

describe("nobody else reaches the worker's space", () => {
  it('the routes under test are all the well-being routes (a new one must be added here)', () => {
    expect(wellbeingRoutes()).toEqual([
      'DELETE /api/v1/me/wellbeing/reflections/:id',
      'GET /api/v1/me/wellbeing',
      'GET /api/v1/me/wellbeing/check-ins',
      'GET /api/v1/me/wellbeing/check-ins/:id/questionnaire-response.json',
      'GET /api/v1/me/wellbeing/check-ins/trend',
      'GET /api/v1/me/wellbeing/export.json',
      'GET /api/v1/me/wellbeing/export.pdf',
      'GET /api/v1/me/wellbeing/grantees',
      'GET /api/v1/me/wellbeing/grants',
      'GET /api/v1/me/wellbeing/instruments',
      'GET /api/v1/me/wellbeing/reflections',
      'GET /api/v1/me/wellbeing/reminders',
      'GET /api/v1/me/wellbeing/strategies',
      'GET /api/v1/shared-with-me',
      'GET /api/v1/shared-with-me/:id',
      'POST /api/v1/me/wellbeing/check-ins',
      'POST /api/v1/me/wellbeing/check-ins/import',
      'POST /api/v1/me/wellbeing/erase',
      'POST /api/v1/me/wellbeing/grants',
      'POST /api/v1/me/wellbeing/grants/:id/revoke',
      'POST /api/v1/me/wellbeing/reflections',
      'PUT /api/v1/me/wellbeing/contribution',
      'PUT /api/v1/me/wellbeing/coping-plan',
      'PUT /api/v1/me/wellbeing/profile',
      'PUT /api/v1/me/wellbeing/reflections/:id',
      'PUT /api/v1/me/wellbeing/rhythm',
    ]);
  });

  const callers: Array<[string, () => BuiltPerson]> = [
    ['her supervisor', () => w.supervisor],
    ['an org admin', () => w.admin],
    ['a hub analyst', () => w.analyst],
    ["another organisation's user", () => w.foreign],
  ];

  it.each(callers)('%s: every route is 403/404 or about their own space, and hers is unchanged', async (_name, who) => {
    const before = await workerSpace();
    const secrets = [...Object.values(SECRETS), ids.checkIn, ids.reflection, w.worker.personId];
    const leaks: string[] = [];
    for (const key of wellbeingRoutes()) {
      const [method, path] = key.split(' ') as [string, string];
      const url = address(path);
      const response = await w.as(who()).request(method, url, BODIES[key]);
      // a problem names the address asked for: that echo is the caller's own input, not a leak
      const body = Buffer.from(await response.arrayBuffer()).toString('latin1').replaceAll(url.split('?')[0]!, '');
      const found = secrets.filter((s) => body.includes(s));
      if (found.length > 0) leaks.push(`${key}: ${response.status} carried ${found.join(', ')}`);
      // an id of hers is never found by anyone else
      if (path.includes(':id') && ![403, 404].includes(response.status)) leaks.push(`${key}: expected 403/404 for her id, got ${response.status}`);
      if (response.status >= 500) leaks.push(`${key}: server error ${response.status}`);
    }
    expect(leaks).toEqual([]);
    expect(await workerSpace()).toEqual(before);
  });
});
