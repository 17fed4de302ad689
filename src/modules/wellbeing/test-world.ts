import { join } from 'node:path';
import { BUILT_IN_PACKS_FOLDER } from '../../content/built-in-packs.js';
import { installPack } from '../../content/pack-store.js';
import { loadPackFile } from '../../content/validate-pack.js';
import type { TInstrumentPack } from '../../content/pack-schema.js';
import type { Database } from '../../platform/db/client.js';
import { type BuiltPerson, buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn, type TestApp } from '../../test-support/factories.js';

/** For the well-being integration tests: two small instruments and an organisation of people. */

const t = (en: string) => ({ en, es: `${en} (es)` });
const src = ['ext:tend-test'];

/**
 * A reflective self-check: three items 0–4, one sum scale (0–12) whose upper band suggests support;
 * w.b is a safety item (3 or more calls for support, whatever the total).
 */
export const TEST_CHECK: TInstrumentPack = {
  id: 'test.weekly-check',
  version: '1.0.0',
  kind: 'instrument',
  locales: ['en', 'es'],
  title: t('Weekly check'),
  summary: t('A short test check'),
  source: src,
  body: {
    purpose: 'reflection',
    licence: null,
    intro: t('How has the work been sitting with you?'),
    contentNote: null,
    answerSets: [{ id: 'often5', options: [0, 1, 2, 3, 4].map((value) => ({ value, text: t(`option ${value}`) })) }],
    items: ['a', 'b', 'c'].map((id) => ({ id: `w.${id}`, text: t(`Item ${id}`), answerSet: 'often5', reverse: id === 'c', ...(id === 'b' ? { supportAtOrAbove: 3 } : {}), source: src })),
    scales: [
      {
        id: 'total',
        name: t('Total'),
        items: ['w.a', 'w.b', 'w.c'],
        method: 'sum',
        minAnswered: 2,
        missing: 'prorate',
        bands: [
          { id: 'settled', min: 0, max: 5, label: t('Settled'), guidance: t('Keep doing what helps'), suggestSupport: false },
          { id: 'heavy', min: 6, max: 12, label: t('Heavy'), guidance: t('It may help to talk to someone'), suggestSupport: true },
        ],
        source: src,
      },
    ],
  },
};

/** A licensed measure whose texts Tend does not ship: two items, one scale. */
export const TEST_LICENSED: TInstrumentPack = {
  ...TEST_CHECK,
  id: 'test.licensed-measure',
  title: t('Licensed measure'),
  body: {
    ...TEST_CHECK.body,
    purpose: 'measure',
    licence: { holder: 'Test Licence Holder', textsIncluded: false },
    items: ['1', '2'].map((n) => ({ id: `lm.${n}`, text: null, answerSet: 'often5', reverse: false, source: src })),
    scales: [
      {
        id: 'total',
        name: t('Total'),
        items: ['lm.1', 'lm.2'],
        method: 'sum',
        minAnswered: 2,
        missing: 'none',
        bands: [{ id: 'any', min: 0, max: 8, label: t('Any'), guidance: t('Any'), suggestSupport: false }],
        source: src,
      },
    ],
  },
};

export interface World {
  app: TestApp;
  orgId: string;
  unitId: string;
  worker: BuiltPerson;
  supervisor: BuiltPerson;
  admin: BuiltPerson;
  analyst: BuiltPerson;
  colleague: BuiltPerson;
  foreign: BuiltPerson;
  as: (p: BuiltPerson) => Client;
}

/** An organisation with a worker, their supervisor, an admin, an analyst and a colleague, and another organisation's worker; all signed in. */
/** Installs the coping strategies pack Tend ships (the library a coping plan is built from). */
export async function installCopingLibrary(database: Database): Promise<void> {
  const loaded = await loadPackFile(join(BUILT_IN_PACKS_FOLDER, 'coping-strategies.json'));
  if (!loaded.ok) throw new Error(`the built-in coping pack does not validate: ${JSON.stringify(loaded.problems)}`);
  await installPack(database.db, loaded.pack);
}

export async function buildWorld(database: Database): Promise<World> {
  const app = buildTestApp(database).app;
  await installPack(database.db, TEST_CHECK);
  await installPack(database.db, TEST_LICENSED);
  await installCopingLibrary(database);
  const orgId = await buildOrg(database, 'Willow Care');
  const unitId = await buildUnit(database, orgId, { name: 'Willow Team' });
  const supervisor = await buildPerson(database, orgId, { name: 'Sky Supervisor', unitId, roles: ['supervisor'] });
  const worker = await buildPerson(database, orgId, { name: 'Wren Worker', unitId, managerId: supervisor.personId });
  const admin = await buildPerson(database, orgId, { name: 'Ada Admin', roles: ['org_admin'] });
  const analyst = await buildPerson(database, orgId, { name: 'Hana Hub', roles: ['hub_analyst'] });
  const colleague = await buildPerson(database, orgId, { name: 'Cal Colleague', unitId });
  const elsewhere = await buildOrg(database, 'Elsewhere Trust');
  const foreign = await buildPerson(database, elsewhere, { name: 'Fox Foreign', roles: ['org_admin', 'supervisor', 'worker'] });
  const clients = new Map<BuiltPerson, Client>();
  for (const p of [worker, supervisor, admin, analyst, colleague, foreign]) clients.set(p, await signIn(app, p.email));
  return { app, orgId, unitId, worker, supervisor, admin, analyst, colleague, foreign, as: (p) => clients.get(p)! };
}

/** The JSON body of a response, after checking its status. */
export async function expectJson<T>(response: Response, status: number): Promise<T> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

export type Problem = { status: number; errors?: Array<{ field: string; problem: string }> };
