import { z } from '@hono/zod-openapi';
import { and, eq, or } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { namesOf } from '../people/person-names.js';
import { supervisionAssignments, supervisionPrivateNotes, supervisionRhythms, supervisionSessions } from './schema.js';

/**
 * A person's supervision for their export and erasure. Theirs: who was assigned to supervise
 * them, the rhythms their pairs agreed, the sessions they took part in (as worker or supervisor:
 * the shared notes are both members'), and their own private notes (never the other member's).
 */

const ZExportSession = z.object({
  id: z.string(),
  role: z.enum(['worker', 'supervisor']),
  otherPerson: z.string(),
  plannedFor: z.string(),
  status: z.string(),
  heldOn: z.string().nullable(),
  howWorkerIs: z.string().nullable(),
  whatWasHard: z.string().nullable(),
  whatHelped: z.string().nullable(),
  supportAgreed: z.string().nullable(),
  referralAgreed: z.boolean(),
  nextDate: z.string().nullable(),
  changeRequest: z.string().nullable(),
});

export const ZSupervisionPersonalData = z.object({
  assignedSupervisor: z.object({ name: z.string(), since: z.string() }).nullable(),
  rhythms: z.array(z.object({ role: z.enum(['worker', 'supervisor']), otherPerson: z.string(), agreedWeeks: z.number().int().nullable(), proposedWeeks: z.number().int().nullable() })),
  sessions: z.array(ZExportSession),
  privateNotes: z.array(z.object({ sessionId: z.string(), body: z.string(), createdAt: z.string(), updatedAt: z.string() })),
});
export type TSupervisionPersonalData = z.infer<typeof ZSupervisionPersonalData>;

/** Everything of the person's own in supervision, JSON-ready. */
export async function exportSupervisionData(q: Queryable, orgId: string, personId: string): Promise<TSupervisionPersonalData> {
  const [assignment] = await q
    .select()
    .from(supervisionAssignments)
    .where(and(eq(supervisionAssignments.orgId, orgId), eq(supervisionAssignments.workerId, personId)));
  const rhythms = await q
    .select()
    .from(supervisionRhythms)
    .where(and(eq(supervisionRhythms.orgId, orgId), or(eq(supervisionRhythms.workerId, personId), eq(supervisionRhythms.supervisorId, personId))));
  const sessions = await q
    .select()
    .from(supervisionSessions)
    .where(and(eq(supervisionSessions.orgId, orgId), or(eq(supervisionSessions.workerId, personId), eq(supervisionSessions.supervisorId, personId))))
    .orderBy(supervisionSessions.plannedFor, supervisionSessions.id);
  const notes = await q
    .select()
    .from(supervisionPrivateNotes)
    .where(and(eq(supervisionPrivateNotes.orgId, orgId), eq(supervisionPrivateNotes.writerId, personId)))
    .orderBy(supervisionPrivateNotes.createdAt, supervisionPrivateNotes.id);
  const names = await namesOf(q, orgId, [assignment?.supervisorId, ...rhythms.flatMap((r) => [r.workerId, r.supervisorId]), ...sessions.flatMap((s) => [s.workerId, s.supervisorId])]);
  const other = (row: { workerId: string; supervisorId: string }) => names.get(row.workerId === personId ? row.supervisorId : row.workerId) ?? '';
  const role = (row: { workerId: string }) => (row.workerId === personId ? ('worker' as const) : ('supervisor' as const));
  return {
    assignedSupervisor: assignment ? { name: names.get(assignment.supervisorId) ?? '', since: assignment.assignedAt.toISOString() } : null,
    rhythms: rhythms.map((r) => ({ role: role(r), otherPerson: other(r), agreedWeeks: r.agreedWeeks, proposedWeeks: r.proposedWeeks })),
    sessions: sessions.map((s) => ({
      id: s.id,
      role: role(s),
      otherPerson: other(s),
      plannedFor: s.plannedFor,
      status: s.status,
      heldOn: s.heldOn,
      howWorkerIs: s.howWorkerIs,
      whatWasHard: s.whatWasHard,
      whatHelped: s.whatHelped,
      supportAgreed: s.supportAgreed,
      referralAgreed: s.referralAgreed,
      nextDate: s.nextDate,
      changeRequest: s.changeRequest,
    })),
    privateNotes: notes.map((n) => ({ sessionId: n.sessionId, body: n.body, createdAt: n.createdAt.toISOString(), updatedAt: n.updatedAt.toISOString() })),
  };
}

/**
 * Deletes what the person owns in supervision: their private notes; the sessions about them as
 * the worker (the shared record is about them; the supervisor's private notes on those sessions
 * go with them, since they are about the person too); their assignment and their pairs' rhythms
 * as the worker. Sessions they held as someone's supervisor stay: those are the other person's record.
 * Returns how many rows of each kind went.
 */
export async function eraseSupervisionData(q: Queryable, orgId: string, personId: string): Promise<Record<string, number>> {
  const notes = await q
    .delete(supervisionPrivateNotes)
    .where(and(eq(supervisionPrivateNotes.orgId, orgId), eq(supervisionPrivateNotes.writerId, personId)))
    .returning({ id: supervisionPrivateNotes.id });
  const sessions = await q
    .delete(supervisionSessions)
    .where(and(eq(supervisionSessions.orgId, orgId), eq(supervisionSessions.workerId, personId)))
    .returning({ id: supervisionSessions.id });
  const rhythms = await q
    .delete(supervisionRhythms)
    .where(and(eq(supervisionRhythms.orgId, orgId), eq(supervisionRhythms.workerId, personId)))
    .returning({ workerId: supervisionRhythms.workerId });
  const assignments = await q
    .delete(supervisionAssignments)
    .where(and(eq(supervisionAssignments.orgId, orgId), eq(supervisionAssignments.workerId, personId)))
    .returning({ workerId: supervisionAssignments.workerId });
  return { supervisionPrivateNotes: notes.length, supervisionSessions: sessions.length, supervisionRhythms: rhythms.length, supervisionAssignments: assignments.length };
}
