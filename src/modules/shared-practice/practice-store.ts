import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import type { ItemKind } from './model.js';
import { sharedPracticeItems as items, sharedPracticePosts as posts } from './schema.js';

/** The shared-practice tables: reads and writes, no rules. Every query names the hub and the collaborative. */

export type PostRow = typeof posts.$inferSelect;

/** An item without its file's bytes (a list never carries them). */
const itemColumns = {
  id: items.id,
  collaborativeId: items.collaborativeId,
  kind: items.kind,
  title: items.title,
  url: items.url,
  body: items.body,
  fileName: items.fileName,
  mediaType: items.mediaType,
  size: items.size,
  authorOrgId: items.authorOrgId,
  authorPersonId: items.authorPersonId,
  nameOrganisation: items.nameOrganisation,
  createdAt: items.createdAt,
};
export type ItemRow = { [K in keyof typeof itemColumns]: (typeof items.$inferSelect)[K] };

export type NewItem = {
  kind: ItemKind;
  title: string;
  url?: string | null;
  body?: string | null;
  fileName?: string | null;
  mediaType?: string | null;
  content?: Buffer | null;
  nameOrganisation?: boolean;
  authorOrgId: string;
  authorPersonId: string;
};

export async function insertItem(q: Queryable, hubId: string, collaborativeId: string, item: NewItem): Promise<ItemRow> {
  const [row] = await q
    .insert(items)
    .values({ hubId, id: uuidv7(), collaborativeId, ...item, size: item.content ? item.content.byteLength : null, nameOrganisation: item.nameOrganisation ?? false })
    .returning(itemColumns);
  return row!;
}

/** The library, newest first, of one kind or all. */
export async function listItems(q: Queryable, hubId: string, collaborativeId: string, kind?: ItemKind): Promise<ItemRow[]> {
  const where = [eq(items.hubId, hubId), eq(items.collaborativeId, collaborativeId)];
  if (kind) where.push(eq(items.kind, kind));
  return q.select(itemColumns).from(items).where(and(...where)).orderBy(desc(items.createdAt), desc(items.id));
}

export async function findItem(q: Queryable, hubId: string, collaborativeId: string, id: string): Promise<ItemRow | undefined> {
  const [row] = await q.select(itemColumns).from(items).where(and(eq(items.hubId, hubId), eq(items.collaborativeId, collaborativeId), eq(items.id, id)));
  return row;
}

export async function itemFile(q: Queryable, hubId: string, collaborativeId: string, id: string) {
  const [row] = await q
    .select({ fileName: items.fileName, mediaType: items.mediaType, content: items.content })
    .from(items)
    .where(and(eq(items.hubId, hubId), eq(items.collaborativeId, collaborativeId), eq(items.id, id), eq(items.kind, 'document')));
  return row;
}

export async function setStoryNaming(q: Queryable, hubId: string, id: string, nameOrganisation: boolean): Promise<ItemRow> {
  const [row] = await q.update(items).set({ nameOrganisation }).where(and(eq(items.hubId, hubId), eq(items.id, id), eq(items.kind, 'story'))).returning(itemColumns);
  return row!;
}

export async function deleteItem(q: Queryable, hubId: string, id: string): Promise<void> {
  await q.delete(items).where(and(eq(items.hubId, hubId), eq(items.id, id)));
}

/** Every post of the board: threads and replies, oldest first (the use-case groups them). */
export async function listPosts(q: Queryable, hubId: string, collaborativeId: string): Promise<PostRow[]> {
  return q
    .select()
    .from(posts)
    .where(and(eq(posts.hubId, hubId), eq(posts.collaborativeId, collaborativeId)))
    .orderBy(asc(posts.createdAt), asc(posts.id));
}

export async function findPost(q: Queryable, hubId: string, collaborativeId: string, id: string): Promise<PostRow | undefined> {
  const [row] = await q.select().from(posts).where(and(eq(posts.hubId, hubId), eq(posts.collaborativeId, collaborativeId), eq(posts.id, id)));
  return row;
}

/** A thread of this board that its author has not deleted (only those take replies). */
export async function findOpenThread(q: Queryable, hubId: string, collaborativeId: string, id: string): Promise<PostRow | undefined> {
  const [row] = await q
    .select()
    .from(posts)
    .where(and(eq(posts.hubId, hubId), eq(posts.collaborativeId, collaborativeId), eq(posts.id, id), isNull(posts.threadId), isNull(posts.deletedAt)));
  return row;
}

export async function insertPost(
  q: Queryable,
  hubId: string,
  collaborativeId: string,
  post: { threadId: string | null; title: string | null; body: string; authorOrgId: string; authorPersonId: string },
): Promise<PostRow> {
  const [row] = await q.insert(posts).values({ hubId, id: uuidv7(), collaborativeId, ...post }).returning();
  return row!;
}

export async function updatePost(q: Queryable, hubId: string, id: string, set: Partial<Pick<PostRow, 'title' | 'body' | 'editedAt' | 'deletedAt' | 'hiddenAt' | 'hiddenReason' | 'hiddenByPersonId'>>): Promise<PostRow> {
  const [row] = await q.update(posts).set(set).where(and(eq(posts.hubId, hubId), eq(posts.id, id))).returning();
  return row!;
}
