import { uuidv7 } from 'uuidv7';
import { and, eq } from 'drizzle-orm';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { installPack } from '../../content/pack-store.js';
import type { Database } from '../../platform/db/client.js';
import { type BuiltPerson, buildOrg, buildPerson, buildTestApp, buildUnit, type Client, signIn, type TestApp } from '../../test-support/factories.js';
import { assessmentCycles } from './schema.js';

/**
 * For the staff-survey tests: an organisation with one service of three teams (4, 6 and 7
 * people), an admin, a lead who is a plain worker, a person outside the service, and another
 * organisation's admin. Each respondent's comment is a string found nowhere else.
 */
export interface Respondent extends BuiltPerson {
  name: string;
  team: 'small' | 'middle' | 'large';
  client: Client;
  comment: string;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export async function buildSurveyWorld(database: Database) {
  const { app } = buildTestApp(database);
  const orgId = await buildOrg(database, 'Quiet Harbour Trust');
  await installPack(database.db, minimalAssessmentPack());
  // another pack whose criteria are its own: answering them to this survey is refused
  const other = minimalAssessmentPack({ id: 'test.other-assessment' });
  for (const section of other.body.sections) {
    section.id = `other-${section.id}`;
    for (const c of section.criteria) c.id = `other-${c.id}`;
  }
  await installPack(database.db, other);
  const service = await buildUnit(database, orgId, { name: 'Community Service', kind: 'service' });
  const teams = {
    small: await buildUnit(database, orgId, { name: 'Small Team', parentId: service }),
    middle: await buildUnit(database, orgId, { name: 'Middle Team', parentId: service }),
    large: await buildUnit(database, orgId, { name: 'Large Team', parentId: service }),
  };
  const elsewhere = await buildUnit(database, orgId, { name: 'Elsewhere Team' });
  const respondents: Respondent[] = [];
  for (const [team, count] of [['small', 4], ['middle', 6], ['large', 7]] as const) {
    for (let i = 0; i < count; i++) {
      const name = `Resp ${team} ${i} ${uuidv7().slice(-6)}`;
      const person = await buildPerson(database, orgId, { name, unitId: teams[team], roles: ['worker'] });
      respondents.push({ ...person, name, team, client: await signIn(app, person.email), comment: `comment-${uuidv7()}` });
    }
  }
  const admin = await buildPerson(database, orgId, { name: 'Ada Admin', roles: ['org_admin'] });
  const lead = await buildPerson(database, orgId, { name: 'Lee Lead', unitId: elsewhere, roles: ['worker'] });
  const outsider = await buildPerson(database, orgId, { name: 'Otto Outside', unitId: elsewhere, roles: ['worker'] });
  const foreignOrg = await buildOrg(database, 'Far Away Care');
  const foreignAdmin = await buildPerson(database, foreignOrg, { name: 'Fay Foreign', roles: ['org_admin'] });
  const clients = {
    admin: await signIn(app, admin.email),
    lead: await signIn(app, lead.email),
    outsider: await signIn(app, outsider.email),
    foreignAdmin: await signIn(app, foreignAdmin.email),
  };

  /** A staff-survey cycle, open from yesterday; unitId null: the whole organisation. */
  async function openSurvey(input: { unitId?: string | null; packId?: string; mode?: 'staff-survey' | 'team-review' } = {}) {
    const id = uuidv7();
    await database.db.insert(assessmentCycles).values({
      orgId,
      id,
      packId: input.packId ?? 'test.assessment',
      packVersion: '1.0.0',
      title: 'Staff survey',
      unitId: input.unitId ?? null,
      mode: input.mode ?? 'staff-survey',
      opensOn: day(-1),
      closesOn: day(14),
      leadPersonId: lead.personId,
    });
    return id;
  }
  const setStatus = (cycleId: string, status: 'open' | 'closed') =>
    database.db.update(assessmentCycles).set({ status }).where(and(eq(assessmentCycles.orgId, orgId), eq(assessmentCycles.id, cycleId)));

  return { app: app as TestApp, orgId, service, teams, respondents, admin, lead, outsider, foreignAdmin, clients, openSurvey, setStatus };
}
