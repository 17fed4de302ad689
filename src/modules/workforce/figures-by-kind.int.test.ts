import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/client.js';
import { buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { people } from '../people/schema.js';

/**
 * Figures of one kind of worker, checked by the gate against everyone's: team X has six
 * employees and one volunteer, team Y eight employees. The employees of X differ from all of X
 * by one volunteer, so once everyone's figures have been shown, X's employees alone would give
 * that volunteer away (and so would the organisation's employees): both stay hidden.
 */

let database: Database;
let admin: Client;
let orgId: string;
const units: Record<string, string> = {};
type Unit = { unitId: string | null; quarter: { shown: boolean; reason?: string; indicators?: Record<string, number | null> } };
type Figures = { workerKind: string | null; units: Unit[] };

async function staff(unitId: string, n: number, kind: 'employee' | 'volunteer') {
  for (let i = 0; i < n; i++) {
    const { personId } = await buildPerson(database, orgId, { unitId, roles: [] });
    await database.db.update(people).set({ startDate: '2020-01-01', kind }).where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  const { app } = buildTestApp(database);
  orgId = await buildOrg(database);
  units.x = await buildUnit(database, orgId, { name: 'Team X' });
  units.y = await buildUnit(database, orgId, { name: 'Team Y' });
  await staff(units.x, 6, 'employee');
  await staff(units.x, 1, 'volunteer');
  await staff(units.y, 8, 'employee');
  const account = await buildPerson(database, orgId, { roles: ['org_admin'] });
  await database.db.update(people).set({ startDate: '2026-11-01' }).where(and(eq(people.orgId, orgId), eq(people.id, account.personId)));
  admin = await signIn(app, account.email);
});
afterAll(() => database.close());

const figures = async (workerKind?: string) => {
  const response = await admin.request('GET', `/api/v1/workforce/figures?quarter=2026-Q3${workerKind ? `&workerKind=${workerKind}` : ''}`);
  return { status: response.status, body: (await response.json()) as Figures & { errors?: Array<{ field: string }> } };
};
const quarterOf = (body: Figures, unitId: string | null) => body.units.find((u) => u.unitId === unitId)!.quarter;

describe('workforce figures of one kind of worker', () => {
  it('shows everyone first, as worked out by hand', async () => {
    const { status, body } = await figures();
    expect(status).toBe(200);
    expect(body.workerKind).toBeNull();
    expect(quarterOf(body, null)).toMatchObject({ shown: true, indicators: { headcount: 15 } });
    expect(quarterOf(body, units.x!)).toMatchObject({ shown: true, indicators: { headcount: 7 } });
  });

  it('then hides the employees of a team and of the organisation, which differ from everyone by one volunteer', async () => {
    const { status, body } = await figures('employee');
    expect(status).toBe(200);
    expect(body.workerKind).toBe('employee');
    // the same eight people as everyone's: nothing new to give away
    expect(quarterOf(body, units.y!)).toMatchObject({ shown: true, indicators: { headcount: 8 } });
    expect(quarterOf(body, units.x!)).toEqual({ shown: false, reason: 'protects-another' });
    expect(quarterOf(body, null)).toEqual({ shown: false, reason: 'protects-another' });
  });

  it('hides the one volunteer as a group too small, and names the field for a kind that is not one', async () => {
    const { body } = await figures('volunteer');
    expect(quarterOf(body, units.x!)).toEqual({ shown: false, reason: 'small-group' });
    expect(body.units.every((u) => !u.quarter.shown)).toBe(true);
    const wrong = await figures('robot');
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.map((e) => e.field)).toEqual(['workerKind']);
  });
});
