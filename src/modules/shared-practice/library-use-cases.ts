import type { Actor } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { Db } from '../../platform/db/client.js';
import { badRequest, notFound } from '../../platform/http/errors.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { checkDocument } from './library-file.js';
import type { ItemKind } from './model.js';
import { type Authored, isAuthor, type PracticeSeat, practicePolicy } from './policy.js';
import { type Place, seatOf, sourceFactsFor } from './practice-seat.js';
import * as store from './practice-store.js';
import { presentItem } from './present.js';
import { sourceOf } from './source-rules.js';

/** A collaborative's library: documents, links and short practice stories. */

const ITEM = 'The library item';

async function present(db: Db, actor: Actor, seat: PracticeSeat, rows: store.ItemRow[]) {
  const facts = await sourceFactsFor(db, seat, rows);
  return rows.map((row) =>
    presentItem(
      row,
      sourceOf(facts, { ...row, story: row.kind === 'story' ? { nameOrganisation: row.nameOrganisation } : undefined }),
      isAuthor(actor, row),
      practicePolicy(actor, 'remove', { seat, item: row }).kind === 'allowed',
    ),
  );
}

/** The library, newest first, of one kind or all. */
export async function readLibrary(db: Db, actor: Actor, place: Place, kind?: ItemKind) {
  const seat = await seatOf(db, actor, place);
  authorize(practicePolicy(actor, 'list', { seat }), ITEM);
  return present(db, actor, seat, await store.listItems(db, seat.hubId, seat.collaborativeId, kind));
}

async function add(db: Db, actor: Actor, place: Place, item: Omit<store.NewItem, keyof Authored>) {
  const seat = await seatOf(db, actor, place);
  authorize(practicePolicy(actor, 'create', { seat }), ITEM);
  const row = await store.insertItem(db, seat.hubId, seat.collaborativeId, { ...item, authorOrgId: actor.orgId, authorPersonId: actor.personId });
  const [shown] = await present(db, actor, seat, [row]);
  return shown!;
}

export const addLink = (db: Db, actor: Actor, place: Place, input: { title: string; url: string }) => add(db, actor, place, { kind: 'link', title: input.title, url: input.url });

/**
 * A story of the hub's own people is the hub's: a hub is never "a member organisation", so its
 * stories are always named.
 */
export const addStory = (db: Db, actor: Actor, place: Place, input: { title: string; text: string; nameOrganisation: boolean }) =>
  add(db, actor, place, { kind: 'story', title: input.title, body: input.text, nameOrganisation: place.side === 'hub' ? true : input.nameOrganisation });

/** A document, kept only when its bytes are of the type its name says (library-file.ts); nothing is stored otherwise. */
export async function addDocument(db: Db, actor: Actor, place: Place, input: { title: string; fileName: string; bytes: Buffer }) {
  // the seat and the right to add first: someone without them learns nothing about the file rules
  const seat = await seatOf(db, actor, place);
  authorize(practicePolicy(actor, 'create', { seat }), ITEM);
  const checked = checkDocument(input.fileName, input.bytes);
  if (!checked.ok) throw badRequest('The file cannot be kept in the library.', [{ field: 'file', problem: checked.problem }]);
  return add(db, actor, place, { kind: 'document', title: input.title, fileName: checked.fileName, mediaType: checked.mediaType, content: input.bytes });
}

/** A document's file as it was checked when added. */
export async function readDocument(db: Db, actor: Actor, place: Place, itemId: string) {
  const seat = await seatOf(db, actor, place);
  authorize(practicePolicy(actor, 'see', { seat }), ITEM);
  const file = await store.itemFile(db, seat.hubId, seat.collaborativeId, itemId);
  if (!file?.content) throw notFound('The document');
  return { fileName: file.fileName ?? 'document', mediaType: file.mediaType ?? 'application/octet-stream', content: file.content };
}

/** The author changes whether their story names their organisation. */
export async function nameStory(db: Db, actor: Actor, place: Place, itemId: string, nameOrganisation: boolean) {
  const seat = await seatOf(db, actor, place);
  const item = await store.findItem(db, seat.hubId, seat.collaborativeId, itemId);
  if (item?.kind !== 'story') throw notFound('The story');
  authorize(practicePolicy(actor, 'change', { seat, item }), 'The story');
  const changed = await store.setStoryNaming(db, seat.hubId, itemId, seat.side === 'hub' ? true : nameOrganisation);
  const [shown] = await present(db, actor, seat, [changed]);
  return shown!;
}

/**
 * Its author or a hub admin removes an item. Recorded in the remover's trail by item id and
 * kind (never whose it was: an unnamed story stays unnamed in the hub's trail too); a hub
 * admin's removal of an organisation's item is also told in that organisation's trail.
 */
export async function removeItem(db: Db, actor: Actor, place: Place, itemId: string) {
  const seat = await seatOf(db, actor, place);
  const item = await store.findItem(db, seat.hubId, seat.collaborativeId, itemId);
  if (!item) throw notFound(ITEM);
  authorize(practicePolicy(actor, 'remove', { seat, item }), ITEM);
  await db.transaction(async (tx) => {
    await store.deleteItem(tx, seat.hubId, itemId);
    const data = { hubId: seat.hubId, collaborativeId: seat.collaborativeId, itemId, kind: item.kind };
    await recordAudit(tx, actor, { type: 'shared-practice.item-removed', data });
    if (item.authorOrgId !== actor.orgId) await recordAudit(tx, null, { orgId: item.authorOrgId, type: 'shared-practice.item-removed', data: { ...data, via: 'hub' } });
  });
}
