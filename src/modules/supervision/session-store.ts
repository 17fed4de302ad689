import { and, desc, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import type { TRecordSessionInput } from './model.js';
import { supervisionPrivateNotes, supervisionSessions } from './schema.js';

/** Sessions and private notes. Every query names the organisation; callers authorise first. */

/** One session, or undefined (another organisation's id is simply not found). */
export async function findSession(q: Queryable, orgId: string, id: string) {
  const [row] = await q.select().from(supervisionSessions).where(and(eq(supervisionSessions.orgId, orgId), eq(supervisionSessions.id, id)));
  return row;
}
export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

/** A worker's sessions, newest first: with one supervisor, or (the worker's own view) with any. */
export async function sessionsOfWorker(q: Queryable, orgId: string, workerId: string, supervisorId?: string): Promise<SessionRow[]> {
  return q
    .select()
    .from(supervisionSessions)
    .where(and(eq(supervisionSessions.orgId, orgId), eq(supervisionSessions.workerId, workerId), supervisorId ? eq(supervisionSessions.supervisorId, supervisorId) : undefined))
    .orderBy(desc(supervisionSessions.plannedFor), desc(supervisionSessions.id));
}

/** The sessions of one supervisor with several of their supervisees, for the dates on their list. */
export async function sessionsOfSupervisor(q: Queryable, orgId: string, supervisorId: string, workerIds: readonly string[]): Promise<SessionRow[]> {
  if (workerIds.length === 0) return [];
  return q
    .select()
    .from(supervisionSessions)
    .where(and(eq(supervisionSessions.orgId, orgId), eq(supervisionSessions.supervisorId, supervisorId), inArray(supervisionSessions.workerId, [...workerIds])));
}

/** Plans a session of the pair; returns it. */
export async function insertSession(q: Queryable, orgId: string, pair: { workerId: string; supervisorId: string }, plannedFor: string): Promise<SessionRow> {
  const [row] = await q.insert(supervisionSessions).values({ orgId, id: uuidv7(), ...pair, plannedFor }).returning();
  return row!;
}

/** Writes the shared record; the worker is asked to confirm it again (status `recorded`). */
export async function writeRecord(q: Queryable, orgId: string, id: string, input: TRecordSessionInput): Promise<SessionRow> {
  const [row] = await q
    .update(supervisionSessions)
    .set({ ...input, status: 'recorded', changeRequest: null, recordedAt: new Date(), confirmedAt: null })
    .where(and(eq(supervisionSessions.orgId, orgId), eq(supervisionSessions.id, id)))
    .returning();
  return row!;
}

/** The worker's answer to a record: confirmed, or a change asked in their words. */
export async function answerRecord(q: Queryable, orgId: string, id: string, answer: { confirm: true } | { changeRequest: string }): Promise<SessionRow> {
  const set = 'confirm' in answer ? { status: 'confirmed' as const, confirmedAt: new Date(), changeRequest: null } : { status: 'change-asked' as const, changeRequest: answer.changeRequest };
  const [row] = await q
    .update(supervisionSessions)
    .set(set)
    .where(and(eq(supervisionSessions.orgId, orgId), eq(supervisionSessions.id, id)))
    .returning();
  return row!;
}

/** Removes a session (a planned one: the use-case checks) with any private notes on it. */
export async function deleteSession(q: Queryable, orgId: string, id: string): Promise<void> {
  await q.delete(supervisionSessions).where(and(eq(supervisionSessions.orgId, orgId), eq(supervisionSessions.id, id)));
}

/** Who had how many sessions held between two days (inclusive), by worker id. */
export async function heldPerWorker(q: Queryable, orgId: string, from: string, to: string): Promise<Map<string, number>> {
  const rows = await q
    .select({ workerId: supervisionSessions.workerId, heldOn: supervisionSessions.heldOn })
    .from(supervisionSessions)
    .where(and(eq(supervisionSessions.orgId, orgId), isNotNull(supervisionSessions.heldOn), gte(supervisionSessions.heldOn, from), lte(supervisionSessions.heldOn, to)));
  const held = new Map<string, number>();
  for (const r of rows) held.set(r.workerId, (held.get(r.workerId) ?? 0) + 1);
  return held;
}

/** The writer's own private notes on one session, oldest first: never anyone else's. */
export async function notesOfWriter(q: Queryable, orgId: string, sessionId: string, writerId: string) {
  return q
    .select()
    .from(supervisionPrivateNotes)
    .where(and(eq(supervisionPrivateNotes.orgId, orgId), eq(supervisionPrivateNotes.sessionId, sessionId), eq(supervisionPrivateNotes.writerId, writerId)))
    .orderBy(supervisionPrivateNotes.createdAt, supervisionPrivateNotes.id);
}

/** One private note, or undefined. */
export async function findNote(q: Queryable, orgId: string, id: string) {
  const [row] = await q.select().from(supervisionPrivateNotes).where(and(eq(supervisionPrivateNotes.orgId, orgId), eq(supervisionPrivateNotes.id, id)));
  return row;
}
export type NoteRow = NonNullable<Awaited<ReturnType<typeof findNote>>>;

export async function insertNote(q: Queryable, orgId: string, sessionId: string, writerId: string, body: string): Promise<NoteRow> {
  const [row] = await q.insert(supervisionPrivateNotes).values({ orgId, id: uuidv7(), sessionId, writerId, body }).returning();
  return row!;
}

export async function updateNote(q: Queryable, orgId: string, id: string, body: string): Promise<NoteRow> {
  const [row] = await q
    .update(supervisionPrivateNotes)
    .set({ body, updatedAt: new Date() })
    .where(and(eq(supervisionPrivateNotes.orgId, orgId), eq(supervisionPrivateNotes.id, id)))
    .returning();
  return row!;
}

export async function deleteNote(q: Queryable, orgId: string, id: string): Promise<void> {
  await q.delete(supervisionPrivateNotes).where(and(eq(supervisionPrivateNotes.orgId, orgId), eq(supervisionPrivateNotes.id, id)));
}

/** The dates of every session of the organisation (no notes), for the reminders round. */
export async function sessionDatesOfOrg(q: Queryable, orgId: string) {
  return q
    .select({
      workerId: supervisionSessions.workerId,
      supervisorId: supervisionSessions.supervisorId,
      plannedFor: supervisionSessions.plannedFor,
      status: supervisionSessions.status,
      heldOn: supervisionSessions.heldOn,
      nextDate: supervisionSessions.nextDate,
    })
    .from(supervisionSessions)
    .where(eq(supervisionSessions.orgId, orgId));
}
