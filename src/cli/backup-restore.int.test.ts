import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalFrameworkPack } from '../content/pack-fixtures.js';
import { installPack } from '../content/pack-store.js';
import { createOrganisation } from '../platform/tenancy/org-store.js';
import { updatePerson } from '../modules/people/people-store.js';
import { updateUnit } from '../modules/units/unit-store.js';
import { recordAudit } from '../platform/audit/audit-store.js';
import { createSession, issueOneTimeToken } from '../platform/auth/auth-store.js';
import { type Database, MIGRATIONS_FOLDER } from '../platform/db/client.js';
import { buildPerson, buildUnit } from '../test-support/factories.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { backup } from './backup.js';
import { restore } from './restore.js';

// the newest migration's name, so this test follows the schema as it grows
const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: Array<{ tag: string }> };
const LATEST_MIGRATION = journal.entries.at(-1)!.tag;

let source: Database;
let target: Database;
let folder: string;
let file: string;
let orgId: string;

// A table Tend might add later: a serial key (its sequence must move on) and a number no JS double holds.
const PROBE_TABLE = sql`CREATE TABLE public.cli_backup_probe (id serial PRIMARY KEY, amount numeric NOT NULL, at timestamptz NOT NULL)`;

async function rowsOf(database: Database, table: string): Promise<string[]> {
  const result = await database.db.execute(sql`SELECT to_jsonb(t)::text AS row FROM ${sql.identifier(table)} t ORDER BY 1`);
  return result.rows.map((r) => (r as { row: string }).row);
}

async function snapshot(database: Database): Promise<Record<string, string[]>> {
  const tables = await database.db.execute(sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`);
  const all: Record<string, string[]> = {};
  for (const { name } of tables.rows as { name: string }[]) all[name] = await rowsOf(database, name);
  return all;
}

const quiet = () => {};

beforeAll(async () => {
  [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  folder = mkdtempSync(join(tmpdir(), 'tend-cli-backup-'));
  file = join(folder, 'tend.backup.gz');
  await source.db.execute(PROBE_TABLE);
  await target.db.execute(PROBE_TABLE);
  // both hold an installed pack, as every started Tend does: a restore must not trip over it
  await installPack(source.db, minimalFrameworkPack());
  await installPack(target.db, minimalFrameworkPack());

  orgId = await createOrganisation(source.db, { name: 'Backup Care', slug: 'backup-care', settings: { minGroupSize: 9, defaultLocale: 'es' } });
  const otherOrg = await createOrganisation(source.db, { name: 'Other Care', slug: 'other-care' });
  const service = await buildUnit(source, orgId, { name: 'Outreach', kind: 'service' });
  const team = await buildUnit(source, orgId, { name: 'Street Team', parentId: service });
  // renaming the parent rewrites its row after the child's: the backup holds the child first
  await updateUnit(source.db, orgId, service, { name: 'Outreach Service' });
  const manager = await buildPerson(source, orgId, { name: 'Mia Manager', unitId: service, roles: ['supervisor', 'worker'] });
  const report = await buildPerson(source, orgId, { name: 'Rae Report', unitId: team, managerId: manager.personId, roles: ['worker'] });
  await updatePerson(source.db, orgId, manager.personId, { name: 'Mia M. Manager', startDate: '2020-02-29', endDate: '2031-12-31' });
  await buildPerson(source, otherOrg, { name: 'Someone Elsewhere', roles: ['org_admin', 'hub_analyst'] });
  await createSession(source.db, orgId, report.accountId!);
  await issueOneTimeToken(source.db, { orgId, accountId: report.accountId!, purpose: 'invite', ttlMs: 60_000, email: report.email });
  await recordAudit(source.db, null, { orgId, type: 'account.invited', subjectPersonId: report.personId, data: { roles: ['worker'], via: 'operator', n: 3, ok: true } });
  // more rows than one batch, so the cursor and the batched inserts loop
  await source.db.execute(sql`
    INSERT INTO audit_events (org_id, id, at, type, data)
    SELECT ${orgId}, gen_random_uuid(), timestamptz '2024-02-29 23:59:59.123456+00' + make_interval(secs => g), 'person.read', jsonb_build_object('record', 'plan', 'g', g)
    FROM generate_series(1, 2500) g`);
  // a chain of 1200 people, each managed by the one created after them
  await source.db.execute(sql`
    WITH ids AS (SELECT g, gen_random_uuid() AS id FROM generate_series(1, 1200) g)
    INSERT INTO people (org_id, id, name, email, kind) SELECT ${orgId}, id, 'Chain ' || g, 'chain' || g || '@example.org', 'volunteer' FROM ids`);
  await source.db.execute(sql`
    UPDATE people p SET manager_id = n.id
    FROM (SELECT id, lead(id) OVER (ORDER BY name) AS next FROM people WHERE name LIKE 'Chain %') c
    JOIN people n ON n.id = c.next
    WHERE p.id = c.id`);
  await source.db.execute(sql`INSERT INTO cli_backup_probe (amount, at) VALUES (12345678901234567890.123456789, '1999-12-31 23:59:59.999999+00'), (0.1, now())`);
});

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await Promise.all([source.close(), target.close()]);
});

describe('backup and restore', () => {
  it('backs up every table to a private gzip file, units and reports before their parents and managers included', async () => {
    const lines: string[] = [];
    await backup(source, { outFile: file }, (line) => lines.push(line));
    expect(lines[0]).toMatch(new RegExp(`^Backed up \\d+ rows from \\d+ tables \\(migration ${LATEST_MIGRATION}\\)`));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const content = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n');
    const header = JSON.parse(content[0]!);
    expect(header).toMatchObject({ format: 'tend-backup', version: 1, migrations: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(header.tables.indexOf('organisations')).toBeLessThan(header.tables.indexOf('units'));
    expect(header.tables.indexOf('people')).toBeLessThan(header.tables.indexOf('accounts'));
    expect(JSON.parse(content.at(-1)!)).toMatchObject({ end: true, rows: { audit_events: 2501, cli_backup_probe: 2 } });
    // the restore test below is only worth something if a row refers to one written after it
    const position = (table: string) => new Map(content.slice(1, -1).map((l, i) => [JSON.parse(l), i] as const).filter(([l]) => l.table === table).map(([l, i]) => [l.row.id as string, { i, row: l.row }]));
    for (const [table, column] of [['units', 'parent_id'], ['people', 'manager_id']] as const) {
      const rows = position(table);
      expect([...rows.values()].some(({ i, row }) => row[column] && rows.get(row[column])!.i > i)).toBe(true);
    }
  });

  it('restores into a fresh database exactly, row for row', async () => {
    const lines: string[] = [];
    await restore(target, { file, force: false }, (line) => lines.push(line));
    expect(lines[0]).toMatch(/^Restored 3\d{3} rows into \d+ tables/);
    const [before, after] = await Promise.all([snapshot(source), snapshot(target)]);
    expect(after).toEqual(before);
    expect(after.people!.length).toBe(1203);
    // a few values read through the typed API, not only as JSON text
    const manager = await target.db.execute(sql`SELECT start_date::text AS s, end_date, created_at FROM people WHERE name = 'Mia M. Manager'`);
    expect(manager.rows[0]).toMatchObject({ s: '2020-02-29', end_date: '2031-12-31' });
    const roles = await target.db.execute(sql`SELECT roles FROM accounts ORDER BY roles`);
    expect(roles.rows.map((r) => (r as { roles: string[] }).roles)).toContainEqual(['org_admin', 'hub_analyst']);
    const settings = await target.db.execute(sql`SELECT settings FROM organisations WHERE slug = 'backup-care'`);
    expect((settings.rows[0] as { settings: unknown }).settings).toMatchObject({ minGroupSize: 9, defaultLocale: 'es' });
    const event = await target.db.execute(sql`SELECT to_char(min(at) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS first FROM audit_events WHERE type = 'person.read'`);
    expect((event.rows[0] as { first: string }).first).toBe('2024-03-01 00:00:00.123456');
    const probe = await target.db.execute(sql`SELECT amount::text AS amount FROM cli_backup_probe ORDER BY id`);
    expect((probe.rows[0] as { amount: string }).amount).toBe('12345678901234567890.123456789');
    // the sequence moved past the restored keys
    const next = await target.db.execute(sql`INSERT INTO cli_backup_probe (amount, at) VALUES (1, now()) RETURNING id`);
    expect((next.rows[0] as { id: number }).id).toBe(3);
    await target.db.execute(sql`DELETE FROM cli_backup_probe WHERE id = 3`);
  });

  it('refuses a database that holds organisations, changing nothing', async () => {
    const before = await snapshot(source);
    await source.db.execute(sql`INSERT INTO cli_backup_probe (amount, at) VALUES (7, now())`);
    await expect(restore(source, { file, force: false }, quiet)).rejects.toThrow('The database already holds organisations');
    const after = await snapshot(source);
    expect(after.cli_backup_probe).toHaveLength(3);
    expect({ ...after, cli_backup_probe: [] }).toEqual({ ...before, cli_backup_probe: [] });
  });

  it('with --force replaces everything, in one transaction', async () => {
    await target.db.execute(sql`INSERT INTO organisations (id, name, slug) VALUES (gen_random_uuid(), 'Stray', 'stray')`);
    await restore(target, { file, force: true }, quiet);
    expect(await snapshot(target)).toEqual(await snapshot(source).then((s) => ({ ...s, cli_backup_probe: s.cli_backup_probe!.slice(0, 2) })));
  });

  it('refuses a backup from another migration, a cut-short file and a file that is not a backup, changing nothing', async () => {
    const before = await snapshot(target);
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n');
    const header = JSON.parse(lines[0]!);
    const write = (name: string, content: string | Buffer) => {
      const path = join(folder, name);
      writeFileSync(path, content);
      return path;
    };
    const otherMigration = write('other.gz', gzipSync([JSON.stringify({ ...header, migrations: 'f'.repeat(64) }), ...lines.slice(1)].join('\n')));
    await expect(restore(target, { file: otherMigration, force: true }, quiet)).rejects.toThrow(
      `The backup was taken at a migration this version of Tend does not know (hash ffffffffffff…), but this database is at migration ${LATEST_MIGRATION}`,
    );
    const noEnd = write('no-end.gz', gzipSync(lines.slice(0, -1).join('\n')));
    await expect(restore(target, { file: noEnd, force: true }, quiet)).rejects.toThrow('is incomplete');
    const gz = readFileSync(file);
    const cut = write('cut.gz', gz.subarray(0, Math.floor(gz.length / 2)));
    await expect(restore(target, { file: cut, force: true }, quiet)).rejects.toThrow('is not a whole Tend backup');
    const plain = write('plain.gz', gzipSync('hello\n'));
    await expect(restore(target, { file: plain, force: true }, quiet)).rejects.toThrow('is not a Tend backup');
    await expect(restore(target, { file: join(folder, 'absent.gz'), force: true }, quiet)).rejects.toThrow('--file: cannot read');
    expect(await snapshot(target)).toEqual(before);
  });
});
