import type { Actor } from '../../../platform/access/policy.js';
import type { Db, Queryable } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/http/errors.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { privateNotePolicy } from '../policy.js';
import { presentNote } from '../present.js';
import { deleteNote, findNote, insertNote, notesOfWriter, type NoteRow, updateNote } from '../session-store.js';
import { loadSession } from './sessions.js';

/**
 * Private notes on a session: each member of the pair keeps their own, which the other never
 * sees. A note's id in anyone else's hands is not found (404), exactly like an unknown id. Not
 * audited as a read: nobody but the writer ever reads one.
 */

const WHAT = 'The note';

async function loadNote(q: Queryable, actor: Actor, id: string): Promise<NoteRow> {
  const note = await findNote(q, actor.orgId, id);
  if (!note) throw notFound(WHAT);
  authorize(privateNotePolicy(actor, 'see', { orgId: note.orgId, writerId: note.writerId }), WHAT);
  return note;
}

/** The actor's own private notes on a session of theirs (never the other member's). */
export async function myNotesOn(db: Db, actor: Actor, sessionId: string) {
  await loadSession(db, actor, sessionId, 'see');
  return (await notesOfWriter(db, actor.orgId, sessionId, actor.personId)).map(presentNote);
}

/** Writes a private note on a session the actor is part of. */
export async function writeNote(db: Db, actor: Actor, sessionId: string, body: string) {
  await loadSession(db, actor, sessionId, 'see');
  return presentNote(await insertNote(db, actor.orgId, sessionId, actor.personId, body));
}

/** One of the actor's notes. */
export async function seeNote(db: Db, actor: Actor, id: string) {
  return presentNote(await loadNote(db, actor, id));
}

/** Rewrites one of the actor's notes. */
export async function rewriteNote(db: Db, actor: Actor, id: string, body: string) {
  await loadNote(db, actor, id);
  return presentNote(await updateNote(db, actor.orgId, id, body));
}

/** Deletes one of the actor's notes for good. */
export async function removeNote(db: Db, actor: Actor, id: string) {
  await loadNote(db, actor, id);
  await deleteNote(db, actor.orgId, id);
}
