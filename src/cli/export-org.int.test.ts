import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../platform/tenancy/org-store.js';
import { auditEvents } from '../platform/audit/schema.js';
import { createSession, issueOneTimeToken } from '../platform/auth/auth-store.js';
import { accounts } from '../platform/auth/schema.js';
import type { Database } from '../platform/db/client.js';
import { buildOrg, buildPerson, buildUnit } from '../test-support/factories.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { exportOrg } from './export-org.js';
import { insertPlacement } from '../modules/framework/placement-store.js';
import { trainingRecords } from '../modules/training/schema.js';
import { licensedInstrumentTexts, orgInstruments } from '../modules/instruments/schema.js';
import { absenceSpells, workforceMoves } from '../modules/workforce/schema.js';
import { uuidv7 } from 'uuidv7';

let database: Database;
let orgId: string;
let folder: string;
let manager: Awaited<ReturnType<typeof buildPerson>>;
let report: Awaited<ReturnType<typeof buildPerson>>;
let secrets: string[];

beforeAll(async () => {
  database = await createTestDatabase();
  folder = mkdtempSync(join(tmpdir(), 'tend-cli-export-'));
  orgId = await createOrganisation(database.db, { name: 'Export Care', slug: 'export-care', settings: { minGroupSize: 7 } });
  const service = await buildUnit(database, orgId, { name: 'Outreach', kind: 'service' });
  const team = await buildUnit(database, orgId, { name: 'Street Team', parentId: service });
  manager = await buildPerson(database, orgId, { name: 'Mia Manager', unitId: service, roles: ['supervisor', 'worker'] });
  report = await buildPerson(database, orgId, { name: 'Rae Report', unitId: team, managerId: manager.personId });
  await buildPerson(database, orgId, { name: 'No Account', roles: [] });
  const other = await buildOrg(database);
  const elsewhere = await buildPerson(database, other, { name: 'Someone Elsewhere' });
  await insertPlacement(database.db, orgId, { unitId: team }, { answers: { serviceRemit: false, workerContact: true }, note: null }, manager.personId);
  const record = (org: string, personId: string, title: string) => ({ orgId: org, id: uuidv7(), personId, title, completedOn: '2026-03-02', hours: 3, levels: ['informed'] });
  await database.db.insert(trainingRecords).values([record(orgId, report.personId, 'Grounding workshop'), record(other, elsewhere.personId, 'Elsewhere course')]);
  const session = await createSession(database.db, orgId, manager.accountId!);
  const link = await issueOneTimeToken(database.db, { orgId, accountId: report.accountId!, purpose: 'reset', ttlMs: 60_000, email: report.email });
  const [hash] = await database.db.select({ h: accounts.passwordHash }).from(accounts).where(eq(accounts.id, manager.accountId!));
  secrets = [hash!.h!, session.token, session.csrfToken, link.split('.')[1]!];
});
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await database.close();
});

describe('export-org', () => {
  it('carries the practice-framework records of this organisation only', async () => {
    const lines: string[] = [];
    await exportOrg(database, { orgSlug: 'export-care' }, (line) => lines.push(line));
    const { practice } = JSON.parse(lines[0]!);
    expect(practice.placements).toHaveLength(1);
    expect(practice.placements[0]).toMatchObject({ level: 'skilled', reasons: ['contact-without-service-remit'], decidedByPersonId: manager.personId });
    expect(practice.trainingRecords.map((r: { title: string }) => r.title)).toEqual(['Grounding workshop']);
    expect(practice.trainingRecords[0]).not.toHaveProperty('orgId');
    expect(Object.keys(practice).sort()).toEqual(['courses', 'needsAssessments', 'placementReviews', 'placements', 'selfAssessments', 'trainingRecords']);
  });

  it("carries the instruments this organisation imported, and the licensed texts it holds, and no other organisation's", async () => {
    const row = (org: string, instrumentId: string) => ({ id: uuidv7(), orgId: org, instrumentId, version: '1.0.0', status: 'draft' as const, pack: { id: instrumentId }, mapping: {}, questionnaire: { resourceType: 'Questionnaire' }, notes: ['a note'] });
    const other = await buildOrg(database);
    await database.db.insert(orgInstruments).values([row(orgId, 'export.own-measure'), row(other, 'elsewhere.measure')]);
    await database.db.insert(licensedInstrumentTexts).values({ orgId, instrumentId: 'proqol-5', instrumentVersion: '1.0.0', questionnaire: { resourceType: 'Questionnaire', item: [] } });
    const lines: string[] = [];
    await exportOrg(database, { orgSlug: 'export-care' }, (line) => lines.push(line));
    const { instruments } = JSON.parse(lines[0]!);
    expect(instruments.ownInstruments).toEqual([expect.objectContaining({ instrumentId: 'export.own-measure', status: 'draft', notes: ['a note'], questionnaire: { resourceType: 'Questionnaire' } })]);
    expect(instruments.ownInstruments[0]).not.toHaveProperty('orgId');
    expect(instruments.licensedTexts).toEqual([expect.objectContaining({ instrumentId: 'proqol-5', instrumentVersion: '1.0.0' })]);
  });

  it("carries this organisation's HR events (starts, leaves, absence spells) and no other organisation's", async () => {
    const other = await buildOrg(database);
    const elsewhere = await buildPerson(database, other, { name: 'Elsewhere Leaver' });
    const move = (org: string, personId: string, on: string) => ({ orgId: org, id: uuidv7(), personId, kind: 'start' as const, on, workerKind: 'employee' as const, source: 'entered' as const });
    await database.db.insert(workforceMoves).values([move(orgId, report.personId, '2024-02-01'), move(other, elsewhere.personId, '2023-01-01')]);
    await database.db.insert(absenceSpells).values({ orgId, id: uuidv7(), personId: report.personId, firstDay: '2025-03-03', lastDay: '2025-03-04', workingDaysLost: 2, reason: 'stress-related', source: 'imported' });
    const lines: string[] = [];
    await exportOrg(database, { orgSlug: 'export-care' }, (line) => lines.push(line));
    const { workforce } = JSON.parse(lines[0]!);
    expect(workforce.moves).toEqual([expect.objectContaining({ personId: report.personId, kind: 'start', on: '2024-02-01' })]);
    expect(workforce.absenceSpells).toEqual([expect.objectContaining({ personId: report.personId, firstDay: '2025-03-03', workingDaysLost: 2, reason: 'stress-related' })]);
    expect(workforce.moves[0]).not.toHaveProperty('orgId');
  });

  it('writes the organisation, units, people and accounts — and no secret', async () => {
    const lines: string[] = [];
    await exportOrg(database, { orgSlug: 'export-care' }, (line) => lines.push(line));
    expect(lines).toHaveLength(1);
    const text = lines[0]!;
    const data = JSON.parse(text);
    expect(data).toMatchObject({ format: 'tend-org-export', version: 3, organisation: { id: orgId, name: 'Export Care', slug: 'export-care', settings: { minGroupSize: 7 } } });
    expect(Date.parse(data.exportedAt)).not.toBeNaN();
    expect(data.units.map((u: { name: string }) => u.name).sort()).toEqual(['Outreach', 'Street Team']);
    expect(data.people.map((p: { name: string }) => p.name).sort()).toEqual(['Mia Manager', 'No Account', 'Rae Report']);
    expect(data.people.find((p: { id: string }) => p.id === report.personId).managerId).toBe(manager.personId);
    expect(data.accounts).toContainEqual({ personId: manager.personId, email: manager.email, roles: ['supervisor', 'worker'], disabled: false, locale: 'en' });
    expect(data.accounts).toHaveLength(2);
    expect(Object.keys(data.accounts[0]).sort()).toEqual(['disabled', 'email', 'locale', 'personId', 'roles']);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/argon2|password|token|session/i);
  });

  it('writes --out with mode 0600 and records org.exported', async () => {
    const file = join(folder, 'org.json');
    const lines: string[] = [];
    await exportOrg(database, { orgSlug: 'export-care', outFile: file }, (line) => lines.push(line));
    expect(JSON.parse(readFileSync(file, 'utf8')).people).toHaveLength(3);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(lines[0]).toContain('3 people');
    const events = await database.db.select().from(auditEvents).where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.type, 'org.exported')));
    expect(events.map((e) => e.data)).toContainEqual({ units: 2, people: 3, accounts: 2, to: 'file' });
    expect(events.every((e) => e.actorAccountId === null)).toBe(true);
  });

  it('records nothing when the file cannot be written', async () => {
    const count = async () => (await database.db.select().from(auditEvents).where(eq(auditEvents.type, 'org.exported'))).length;
    const before = await count();
    await expect(exportOrg(database, { orgSlug: 'export-care', outFile: join(folder, 'no-such-folder', 'org.json') }, () => {})).rejects.toThrow('--out: cannot write');
    expect(await count()).toBe(before);
  });
});
