import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import type { Actor } from '../../platform/access/policy.js';
import { type EmailChangeOutcome, requestEmailChange } from '../../platform/auth/email-change.js';
import { accounts, type AppRole } from '../../platform/auth/schema.js';
import { conflict, invalid, notFound } from '../../platform/http/errors.js';
import type { TPersonInput, TPersonPatch } from './model.js';
import { people } from './schema.js';
import { units } from '../units/schema.js';

const managers = alias(people, 'managers');

const personColumns = {
  id: people.id,
  orgId: people.orgId,
  name: people.name,
  email: people.email,
  jobTitle: people.jobTitle,
  unitId: people.unitId,
  unitName: units.name,
  managerId: people.managerId,
  managerName: managers.name,
  kind: people.kind,
  startDate: people.startDate,
  endDate: people.endDate,
  accountId: accounts.id,
  roles: accounts.roles,
  disabled: accounts.disabled,
  accountEmail: accounts.email,
  pendingEmail: accounts.pendingEmail,
  hasPassword: sql<boolean>`${accounts.passwordHash} IS NOT NULL`,
};

function personQuery(q: Queryable) {
  return q
    .select(personColumns)
    .from(people)
    .leftJoin(units, and(eq(units.orgId, people.orgId), eq(units.id, people.unitId)))
    .leftJoin(managers, and(eq(managers.orgId, people.orgId), eq(managers.id, people.managerId)))
    .leftJoin(accounts, and(eq(accounts.orgId, people.orgId), eq(accounts.personId, people.id)));
}

export type PersonRow = Awaited<ReturnType<typeof findPerson>> & {};

/** One person of the organisation with unit, manager and account, or undefined. */
export async function findPerson(q: Queryable, orgId: string, id: string) {
  const [row] = await personQuery(q).where(and(eq(people.orgId, orgId), eq(people.id, id)));
  return row;
}

/** The person of the organisation with this email (emails are unique per organisation, any case), or undefined. */
export async function findPersonByEmail(q: Queryable, orgId: string, email: string) {
  const [row] = await personQuery(q).where(and(eq(people.orgId, orgId), sql`lower(${people.email}) = ${email.toLowerCase()}`));
  return row;
}

/** People of the organisation, by name; optionally only one manager's direct reports. */
export async function listPeople(
  q: Queryable,
  orgId: string,
  filter: { managerId?: string | undefined; search?: string | undefined; unitId?: string | undefined; limit: number; offset: number },
) {
  const conditions = [eq(people.orgId, orgId)];
  if (filter.managerId) conditions.push(eq(people.managerId, filter.managerId));
  if (filter.unitId) conditions.push(eq(people.unitId, filter.unitId));
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`;
    // the team too, as a subquery: the count below reads people alone
    const inTeam = sql`EXISTS (SELECT 1 FROM ${units} WHERE ${units.orgId} = ${people.orgId} AND ${units.id} = ${people.unitId} AND ${units.name} ILIKE ${pattern})`;
    conditions.push(or(ilike(people.name, pattern), ilike(people.email, pattern), ilike(people.jobTitle, pattern), inTeam)!);
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    personQuery(q).where(where).orderBy(asc(people.name), asc(people.id)).limit(filter.limit).offset(filter.offset),
    q.select({ n: sql<number>`count(*)::int` }).from(people).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Checks that the unit and manager named by a person input exist in the same organisation. */
async function checkReferences(q: Queryable, orgId: string, input: { unitId?: string | null; managerId?: string | null }, selfId?: string) {
  if (input.unitId) {
    const [unit] = await q.select({ id: units.id }).from(units).where(and(eq(units.orgId, orgId), eq(units.id, input.unitId)));
    if (!unit) throw invalid('unitId', 'no such unit in this organisation');
  }
  if (input.managerId) {
    if (input.managerId === selfId) throw invalid('managerId', 'a person cannot be their own line manager');
    const [manager] = await q.select({ id: people.id }).from(people).where(and(eq(people.orgId, orgId), eq(people.id, input.managerId)));
    if (!manager) throw invalid('managerId', 'no such person in this organisation');
  }
}

async function checkEmailFree(q: Queryable, orgId: string, email: string, selfId?: string) {
  const [other] = await q
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.orgId, orgId), sql`lower(${people.email}) = ${email.toLowerCase()}`));
  if (other && other.id !== selfId) throw conflict('email: another person already has this email', [{ field: 'email', problem: 'another person already has this email' }]);
}

/** Adds a person; returns their id. Throws a field problem for unknown unit/manager or a taken email. */
export async function createPerson(q: Queryable, orgId: string, input: TPersonInput): Promise<string> {
  await checkReferences(q, orgId, input);
  await checkEmailFree(q, orgId, input.email);
  const id = uuidv7();
  await q.insert(people).values({
    orgId,
    id,
    name: input.name,
    email: input.email,
    jobTitle: input.jobTitle ?? null,
    unitId: input.unitId ?? null,
    managerId: input.managerId ?? null,
    kind: input.kind,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
  });
  return id;
}

/**
 * Changes a person; returns the names of the fields that changed (for the audit log) and, when the
 * email of someone with an account was asked to change, what to mail after the commit. That email
 * is never changed here: it waits for its owner (platform/auth/email-change.ts).
 */
export async function updatePerson(
  q: Queryable,
  orgId: string,
  id: string,
  patch: TPersonPatch,
  by: Pick<Actor, 'orgId' | 'accountId' | 'personId'> | null = null,
): Promise<{ fields: string[]; emailChange: EmailChangeOutcome | null }> {
  const current = await findPerson(q, orgId, id);
  if (!current) throw notFound('The person');
  await checkReferences(q, orgId, patch, id);
  if (patch.email) await checkEmailFree(q, orgId, patch.email, id);
  const startDate = patch.startDate === undefined ? current.startDate : patch.startDate;
  const endDate = patch.endDate === undefined ? current.endDate : patch.endDate;
  if (startDate && endDate && endDate < startDate) throw invalid('endDate', 'must not be before the start date');
  let emailChange: EmailChangeOutcome | null = null;
  const { email, ...rest } = patch;
  const changes: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (email !== undefined && current.accountId) {
    emailChange = await requestEmailChange(
      q,
      by,
      {
        orgId,
        personId: id,
        accountId: current.accountId,
        email: current.accountEmail ?? current.email,
        pendingEmail: current.pendingEmail ?? null,
        hasPassword: current.hasPassword,
      },
      email,
    );
    // only an invitation not yet accepted changes address at once; the record follows its account
    if (emailChange?.kind === 'replaced') changes.email = emailChange.newEmail;
  } else if (email !== undefined) {
    changes.email = email;
  }
  const changed = Object.keys(changes).filter((k) => (current as Record<string, unknown>)[k] !== changes[k]);
  if (changed.length > 0) {
    await q.update(people).set({ ...changes, updatedAt: new Date() }).where(and(eq(people.orgId, orgId), eq(people.id, id)));
  }
  return { fields: changed, emailChange };
}

/** Fields that may leave the server about a person: a presenter, so a raw row never does. */
export function presentPerson(row: PersonRow) {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    // an address an admin asked for, awaiting its owner's confirmation (null when none)
    pendingEmail: row.pendingEmail ?? null,
    jobTitle: row.jobTitle,
    unitId: row.unitId,
    unitName: row.unitName,
    managerId: row.managerId,
    managerName: row.managerName,
    kind: row.kind,
    startDate: row.startDate,
    endDate: row.endDate,
    account: row.accountId
      ? {
          // a text[] column every write fills from APP_ROLES, read as the actor's roles are (auth-store.ts)
          roles: (row.roles ?? []) as AppRole[],
          disabled: row.disabled ?? false,
          status: (row.disabled ? 'disabled' : row.hasPassword ? 'active' : 'invited') as 'disabled' | 'active' | 'invited',
        }
      : null,
  };
}

/**
 * Sets people's start and end dates in one statement (the workforce module's starts and leaves
 * keep them true, one person or a whole import at a time); returns how many rows changed.
 * The caller keeps a start on or before an end, as the person's own rules do.
 */
export async function setEmploymentDates(q: Queryable, orgId: string, changes: ReadonlyArray<{ personId: string; startDate: string | null; endDate: string | null }>): Promise<number> {
  if (changes.length === 0) return 0;
  const array = (values: ReadonlyArray<string | null>, type: 'uuid' | 'date') => sql`${sql.param(values)}::${sql.raw(type)}[]`;
  const result = await q.execute(sql`
    UPDATE people AS p SET start_date = u.start_date, end_date = u.end_date, updated_at = now()
    FROM unnest(${array(changes.map((c) => c.personId), 'uuid')}, ${array(changes.map((c) => c.startDate), 'date')}, ${array(changes.map((c) => c.endDate), 'date')})
      AS u(id, start_date, end_date)
    WHERE p.org_id = ${orgId} AND p.id = u.id
      AND (p.start_date IS DISTINCT FROM u.start_date OR p.end_date IS DISTINCT FROM u.end_date)`);
  return result.rowCount ?? 0;
}
