import { z } from '@hono/zod-openapi';
import { and, asc, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import { safeLink, zLink } from '../../platform/http/links.js';
import { badRequest } from '../../platform/http/errors.js';
import { getOrganisation } from '../../platform/tenancy/org-store.js';
import { supportContacts } from './schema.js';
import { CONTACT_LOCALES, type ContactLocale, hasText, type LocalTexts, mergeTexts, pickText, ZLocalTexts, zTextInput } from './support-texts.js';

/** Where to find support outside the team (S.ind.7): organisational data, kept by org admins. */

export const SUPPORT_KINDS = ['employee-assistance', 'counselling', 'crisis', 'peer-support', 'other'] as const;

const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullable().optional();

export const ZSupportContactInput = z
  .object({
    kind: z.enum(SUPPORT_KINDS, { error: `must be one of ${SUPPORT_KINDS.join(', ')}` }),
    name: zTextInput(200, { required: true }).describe('a text (the organisation’s default language) or { en, es }; at least one language'),
    description: zTextInput(1000).nullable().optional(),
    phone: optionalText(50),
    url: zLink(500).nullable().optional(),
    hours: zTextInput(200).nullable().optional(),
    sortOrder: z.number().int().min(0).max(10_000).optional(),
  })
  .openapi('SupportContactInput');
export type TSupportContactInput = z.infer<typeof ZSupportContactInput>;
export const ZSupportContactPatch = ZSupportContactInput.partial().openapi('SupportContactPatch');

export const ZSupportContact = z
  .object({
    id: z.string(),
    kind: z.enum(SUPPORT_KINDS),
    name: z.string().describe('in the reader’s language, or the other one when it has none there'),
    description: z.string().nullable(),
    phone: z.string().nullable(),
    url: z.string().nullable(),
    hours: z.string().nullable(),
    sortOrder: z.number().int(),
    lang: z
      .object({ name: z.enum(CONTACT_LOCALES), description: z.enum(CONTACT_LOCALES).nullable(), hours: z.enum(CONTACT_LOCALES).nullable() })
      .describe('the language each text above is written in, so a page can mark a text shown in the other language'),
    texts: z.object({ name: ZLocalTexts, description: ZLocalTexts, hours: ZLocalTexts }).describe('every language’s text, for the admins who write them'),
  })
  .openapi('SupportContact');
export type TSupportContact = z.infer<typeof ZSupportContact>;

/** Who reads the contacts: their language, and the organisation's default to fall back on. */
export interface ContactReader {
  locale: string;
  defaultLocale: ContactLocale;
}

type Row = typeof supportContacts.$inferSelect;
const present = (r: Row, reader: ContactReader): TSupportContact => {
  const pick = (texts: LocalTexts) => pickText(texts, reader.locale, reader.defaultLocale);
  const name = pick(r.name);
  const description = pick(r.description);
  const hours = pick(r.hours);
  return {
    id: r.id,
    kind: r.kind,
    name: name?.text ?? '',
    description: description?.text ?? null,
    phone: r.phone,
    url: safeLink(r.url),
    hours: hours?.text ?? null,
    sortOrder: r.sortOrder,
    lang: { name: name?.lang ?? reader.defaultLocale, description: description?.lang ?? null, hours: hours?.lang ?? null },
    texts: { name: r.name, description: r.description, hours: r.hours },
  };
};

const nameMissing = () => badRequest('The contact needs a name.', [{ field: 'name', problem: 'needs a text in at least one language' }]);

/** The organisation's support contacts in their order, each text in the reader's language where written. */
export async function listSupportContacts(q: Queryable, orgId: string, reader: ContactReader): Promise<TSupportContact[]> {
  const rows = await q
    .select()
    .from(supportContacts)
    .where(eq(supportContacts.orgId, orgId))
    .orderBy(asc(supportContacts.sortOrder), asc(supportContacts.id));
  // by the name the reader sees, in their language's order (the database's collation knows neither)
  const collator = new Intl.Collator(reader.locale);
  return rows.map((r) => present(r, reader)).sort((a, b) => a.sortOrder - b.sortOrder || collator.compare(a.name, b.name));
}

/** Adds a contact (a name in at least one language, else 400 naming `name`); returns it. */
export async function addSupportContact(q: Queryable, orgId: string, input: TSupportContactInput, reader: ContactReader): Promise<TSupportContact> {
  const name = mergeTexts({}, input.name, reader.defaultLocale);
  if (!hasText(name)) throw nameMissing();
  const [row] = await q
    .insert(supportContacts)
    .values({
      orgId,
      id: uuidv7(),
      kind: input.kind,
      name,
      description: mergeTexts({}, input.description, reader.defaultLocale),
      phone: input.phone ?? null,
      url: input.url ?? null,
      hours: mergeTexts({}, input.hours, reader.defaultLocale),
      sortOrder: input.sortOrder ?? 0,
    })
    .returning();
  return present(row!, reader);
}

/**
 * Changes the fields given (a text field's languages merged: see mergeTexts); undefined when the
 * organisation has no such contact; 400 naming `name` when no language would keep a name.
 */
export async function updateSupportContact(q: Queryable, orgId: string, id: string, patch: Partial<TSupportContactInput>, reader: ContactReader) {
  const where = and(eq(supportContacts.orgId, orgId), eq(supportContacts.id, id));
  const [before] = await q.select().from(supportContacts).where(where).for('update');
  if (!before) return undefined;
  const set: Partial<Row> = {};
  if (patch.kind !== undefined) set.kind = patch.kind;
  if (patch.name !== undefined) set.name = mergeTexts(before.name, patch.name, reader.defaultLocale);
  if (patch.description !== undefined) set.description = mergeTexts(before.description, patch.description, reader.defaultLocale);
  if (patch.hours !== undefined) set.hours = mergeTexts(before.hours, patch.hours, reader.defaultLocale);
  if (patch.phone !== undefined) set.phone = patch.phone;
  if (patch.url !== undefined) set.url = patch.url;
  if (patch.sortOrder !== undefined) set.sortOrder = patch.sortOrder;
  if (set.name && !hasText(set.name)) throw nameMissing();
  const [row] = Object.keys(set).length > 0 ? await q.update(supportContacts).set(set).where(where).returning() : [before];
  return present(row!, reader);
}

/** Deletes a contact; false when the organisation has no such contact. */
export async function deleteSupportContact(q: Queryable, orgId: string, id: string): Promise<boolean> {
  const rows = await q
    .delete(supportContacts)
    .where(and(eq(supportContacts.orgId, orgId), eq(supportContacts.id, id)))
    .returning({ id: supportContacts.id });
  return rows.length > 0;
}

/** How `actor` reads the contacts: in their own language, falling back to the organisation's default. */
export async function contactReaderOf(q: Queryable, actor: { orgId: string; locale: string }): Promise<ContactReader> {
  const org = await getOrganisation(q, actor.orgId);
  return { locale: actor.locale, defaultLocale: org.settings.defaultLocale };
}

/** The organisation's contacts as `actor` reads them. */
export async function supportContactsFor(q: Queryable, actor: { orgId: string; locale: string }): Promise<TSupportContact[]> {
  return listSupportContacts(q, actor.orgId, await contactReaderOf(q, actor));
}
