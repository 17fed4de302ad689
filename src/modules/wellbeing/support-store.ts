import { z } from '@hono/zod-openapi';
import { and, asc, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import { safeLink, zLink } from '../../platform/http/links.js';
import { supportContacts } from './schema.js';

/** Where to find support outside the team (S.ind.7): organisational data, kept by org admins. */

export const SUPPORT_KINDS = ['employee-assistance', 'counselling', 'crisis', 'peer-support', 'other'] as const;

const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullable().optional();

export const ZSupportContactInput = z
  .object({
    kind: z.enum(SUPPORT_KINDS, { error: `must be one of ${SUPPORT_KINDS.join(', ')}` }),
    name: z.string().trim().min(1, 'cannot be empty').max(200, 'must be at most 200 characters'),
    description: optionalText(1000),
    phone: optionalText(50),
    url: zLink(500).nullable().optional(),
    hours: optionalText(200),
    sortOrder: z.number().int().min(0).max(10_000).optional(),
  })
  .openapi('SupportContactInput');
export type TSupportContactInput = z.infer<typeof ZSupportContactInput>;
export const ZSupportContactPatch = ZSupportContactInput.partial().openapi('SupportContactPatch');

export const ZSupportContact = z
  .object({
    id: z.string(),
    kind: z.enum(SUPPORT_KINDS),
    name: z.string(),
    description: z.string().nullable(),
    phone: z.string().nullable(),
    url: z.string().nullable(),
    hours: z.string().nullable(),
    sortOrder: z.number().int(),
  })
  .openapi('SupportContact');
export type TSupportContact = z.infer<typeof ZSupportContact>;

type Row = typeof supportContacts.$inferSelect;
const present = (r: Row): TSupportContact => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  description: r.description,
  phone: r.phone,
  url: safeLink(r.url),
  hours: r.hours,
  sortOrder: r.sortOrder,
});

/** The organisation's support contacts in their order. */
export async function listSupportContacts(q: Queryable, orgId: string): Promise<TSupportContact[]> {
  const rows = await q
    .select()
    .from(supportContacts)
    .where(eq(supportContacts.orgId, orgId))
    .orderBy(asc(supportContacts.sortOrder), asc(supportContacts.name), asc(supportContacts.id));
  return rows.map(present);
}

/** Adds a contact; returns it. */
export async function addSupportContact(q: Queryable, orgId: string, input: TSupportContactInput): Promise<TSupportContact> {
  const [row] = await q
    .insert(supportContacts)
    .values({
      orgId,
      id: uuidv7(),
      kind: input.kind,
      name: input.name,
      description: input.description ?? null,
      phone: input.phone ?? null,
      url: input.url ?? null,
      hours: input.hours ?? null,
      sortOrder: input.sortOrder ?? 0,
    })
    .returning();
  return present(row!);
}

/** Changes the fields given; undefined when the organisation has no such contact. */
export async function updateSupportContact(q: Queryable, orgId: string, id: string, patch: Partial<TSupportContactInput>) {
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const where = and(eq(supportContacts.orgId, orgId), eq(supportContacts.id, id));
  const [row] = Object.keys(set).length > 0 ? await q.update(supportContacts).set(set).where(where).returning() : await q.select().from(supportContacts).where(where);
  return row ? present(row) : undefined;
}

/** Deletes a contact; false when the organisation has no such contact. */
export async function deleteSupportContact(q: Queryable, orgId: string, id: string): Promise<boolean> {
  const rows = await q
    .delete(supportContacts)
    .where(and(eq(supportContacts.orgId, orgId), eq(supportContacts.id, id)))
    .returning({ id: supportContacts.id });
  return rows.length > 0;
}
