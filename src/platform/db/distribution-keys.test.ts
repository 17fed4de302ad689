import { describe, expect, it } from 'vitest';
import { type CatalogTable, distributionOf, distributionProblems, type InstallationWideTable } from './distribution-keys.js';

const organisations: CatalogTable = { name: 'organisations', columns: ['id', 'name'], primaryKey: ['id'], uniqueKeys: [], foreignKeys: [] };
const listed: Record<string, InstallationWideTable> = { organisations: { distribution: 'reference', why: 'the tenants' } };

function orgTable(name: string, extra: Partial<CatalogTable> = {}): CatalogTable {
  return {
    name,
    columns: ['org_id', 'id'],
    primaryKey: ['org_id', 'id'],
    uniqueKeys: [],
    foreignKeys: [{ name: `${name}_org_fk`, columns: ['org_id'], referencedTable: 'organisations', referencedColumns: ['id'] }],
    ...extra,
  };
}

describe('distributionOf', () => {
  it('places hub_* by name, listed tables by the list, then org_id columns, else nowhere', () => {
    expect(distributionOf(orgTable('hub_members'), listed)).toBe('hub');
    expect(distributionOf(orgTable('hub_members'), { ...listed, hub_members: { distribution: 'reference', why: 'small, read by both sides' } })).toBe('reference');
    expect(distributionOf(organisations, listed)).toBe('reference');
    expect(distributionOf(orgTable('people'), listed)).toBe('org');
    expect(distributionOf({ ...organisations, name: 'stray' }, listed)).toBeNull();
  });

  it("places a table leading its primary key with hub_id with the hub's, even when it names organisations", () => {
    const members: CatalogTable = { name: 'collaborative_members', columns: ['hub_id', 'collaborative_id', 'org_id'], primaryKey: ['hub_id', 'collaborative_id', 'org_id'], uniqueKeys: [], foreignKeys: [] };
    expect(distributionOf(members, listed)).toBe('hub');
    // the same columns keyed by org_id first are an organisation's rows
    expect(distributionOf({ ...members, primaryKey: ['org_id', 'hub_id', 'collaborative_id'] }, listed)).toBe('org');
  });
});

describe('distributionProblems', () => {
  it('accepts organisation tables keyed by org_id that point at the tenants and at each other by org_id', () => {
    const people = orgTable('people');
    const checkIns = orgTable('check_ins', {
      columns: ['org_id', 'id', 'person_id'],
      uniqueKeys: [{ name: 'one_a_day', columns: ['org_id', 'person_id'] }],
      foreignKeys: [
        ...orgTable('check_ins').foreignKeys,
        { name: 'check_ins_person_fk', columns: ['org_id', 'person_id'], referencedTable: 'people', referencedColumns: ['org_id', 'id'] },
      ],
    });
    expect(distributionProblems([organisations, people, checkIns], listed)).toEqual([]);
  });

  it('refuses an organisation table whose primary key does not start with org_id', () => {
    const problems = distributionProblems([organisations, orgTable('drafts', { primaryKey: ['id'] })], listed);
    expect(problems).toEqual(['drafts: primary key (id) must start with org_id']);
  });

  it('refuses a foreign key between organisation tables that does not lead with org_id on both sides', () => {
    const people = orgTable('people');
    const byIdAlone = orgTable('notes', {
      foreignKeys: [{ name: 'notes_person_fk', columns: ['person_id'], referencedTable: 'people', referencedColumns: ['id'] }],
    });
    const crossed = orgTable('marks', {
      foreignKeys: [{ name: 'marks_person_fk', columns: ['person_id', 'org_id'], referencedTable: 'people', referencedColumns: ['id', 'org_id'] }],
    });
    const problems = distributionProblems([organisations, people, byIdAlone, crossed], listed);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^notes: foreign key notes_person_fk \(person_id\) → people \(id\) must start with org_id on both sides/);
    expect(problems[1]).toMatch(/^marks: foreign key marks_person_fk/);
  });

  it('refuses ON DELETE SET NULL that would empty org_id, and accepts one that sets only the other column', () => {
    const units = orgTable('units');
    const fk = { name: 'notes_unit_fk', columns: ['org_id', 'unit_id'], referencedTable: 'units', referencedColumns: ['org_id', 'id'] };
    const wholeKey = orgTable('notes', { foreignKeys: [{ ...fk, setsOnDelete: ['org_id', 'unit_id'] }] });
    expect(distributionProblems([organisations, units, wholeKey], listed)).toEqual([
      'notes: foreign key notes_unit_fk sets org_id on delete; name only the other columns (ON DELETE SET NULL (column))',
    ]);
    const listedColumn = orgTable('notes', { foreignKeys: [{ ...fk, setsOnDelete: ['unit_id'] }] });
    expect(distributionProblems([organisations, units, listedColumn], listed)).toEqual([]);
  });

  it('refuses a unique key of an organisation table without org_id', () => {
    const problems = distributionProblems([organisations, orgTable('slugs', { uniqueKeys: [{ name: 'slug_key', columns: ['slug'] }] })], listed);
    expect(problems).toEqual([expect.stringMatching(/^slugs: unique key slug_key \(slug\) must include org_id/)]);
  });

  it('names a table that fits no rule and says what to do', () => {
    const problems = distributionProblems([organisations, { ...organisations, name: 'stray', foreignKeys: [] }], listed);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^stray: has no org_id column and is not listed as installation-wide/);
    expect(problems[0]).toContain('INSTALLATION_WIDE_TABLES');
  });

  it('keeps hub tables keyed by hub_id and apart from organisation tables', () => {
    const hubs: CatalogTable = { name: 'hub_hubs', columns: ['hub_id', 'name'], primaryKey: ['hub_id'], uniqueKeys: [], foreignKeys: [] };
    const members: CatalogTable = {
      name: 'hub_members',
      columns: ['hub_id', 'org_id'],
      primaryKey: ['hub_id', 'org_id'],
      uniqueKeys: [],
      foreignKeys: [
        { name: 'hub_members_hub_fk', columns: ['hub_id'], referencedTable: 'hub_hubs', referencedColumns: ['hub_id'] },
        { name: 'hub_members_org_fk', columns: ['org_id'], referencedTable: 'organisations', referencedColumns: ['id'] },
      ],
    };
    expect(distributionProblems([organisations, hubs, members], listed)).toEqual([]);
    const wrongKey = { ...members, name: 'hub_invites', primaryKey: ['org_id', 'hub_id'], foreignKeys: [] };
    const pointsAtPeople = {
      ...members,
      name: 'hub_people',
      foreignKeys: [{ name: 'hub_people_fk', columns: ['org_id'], referencedTable: 'people', referencedColumns: ['org_id'] }],
    };
    const problems = distributionProblems([organisations, hubs, orgTable('people'), wrongKey, pointsAtPeople], listed);
    expect(problems).toEqual([
      'hub_invites: primary key (org_id, hub_id) must start with hub_id',
      expect.stringMatching(/^hub_people: foreign key hub_people_fk points at people, which is distributed by another key/),
    ]);
  });

  it('keeps hub_id first in a hub_* table listed as a reference table', () => {
    const memberships: CatalogTable = { name: 'hub_memberships', columns: ['hub_id', 'org_id'], primaryKey: ['hub_id', 'org_id'], uniqueKeys: [], foreignKeys: [] };
    const asReference = { ...listed, hub_memberships: { distribution: 'reference' as const, why: 'read by both sides' } };
    expect(distributionProblems([organisations, memberships], asReference)).toEqual([]);
    expect(distributionProblems([organisations, { ...memberships, primaryKey: ['org_id', 'hub_id'] }], asReference)).toEqual([
      'hub_memberships: primary key (org_id, hub_id) must start with hub_id',
    ]);
  });

  it('refuses a reference table pointing at a distributed one, and a listed table that does not exist', () => {
    const directory: CatalogTable = {
      name: 'directory',
      columns: ['email', 'account_id'],
      primaryKey: ['email'],
      uniqueKeys: [],
      foreignKeys: [{ name: 'directory_account_fk', columns: ['account_id'], referencedTable: 'accounts', referencedColumns: ['id'] }],
    };
    const withDirectory = { ...listed, directory: { distribution: 'reference' as const, why: 'sign-in' }, gone: { distribution: 'reference' as const, why: 'old' } };
    const problems = distributionProblems([organisations, orgTable('accounts'), directory], withDirectory);
    expect(problems).toEqual([
      'gone: listed as installation-wide but no such table exists; remove it from the list',
      expect.stringMatching(/^directory: a reference table's foreign key directory_account_fk points at accounts, which is distributed/),
    ]);
  });
});
