import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, ne, isNotNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { people } from '../people/schema.js';
import type { TConcernStatus } from './model.js';
import { voiceConcernAuthors, voiceConcerns } from './schema.js';

/** The concerns' columns anyone allowed to read a concern may have: never who wrote it. */
const concernColumns = {
  id: voiceConcerns.id,
  kind: voiceConcerns.kind,
  body: voiceConcerns.body,
  raisedIn: voiceConcerns.raisedIn,
  status: voiceConcerns.status,
  publicAnswer: voiceConcerns.publicAnswer,
  answeredIn: voiceConcerns.answeredIn,
};
export type ConcernRow = {
  id: string;
  kind: 'concern' | 'suggestion';
  body: string;
  raisedIn: string;
  status: TConcernStatus;
  publicAnswer: string | null;
  answeredIn: string | null;
};

/** The most any list of concerns shows at once: the newest first. */
export const CONCERN_LIST_LIMIT = 200;

/**
 * Adds a concern; returns its id, a random UUID v4 (a v7 would carry the moment it was written).
 * A named one also gets its author row; an anonymous one is this row alone.
 */
export async function insertConcern(
  q: Queryable,
  orgId: string,
  input: { kind: 'concern' | 'suggestion'; body: string; raisedIn: string },
  authorPersonId: string | null,
): Promise<string> {
  const id = randomUUID();
  await q.insert(voiceConcerns).values({ orgId, id, kind: input.kind, body: input.body, raisedIn: input.raisedIn });
  if (authorPersonId) await q.insert(voiceConcernAuthors).values({ orgId, concernId: id, personId: authorPersonId });
  return id;
}

/** The public "you said, we did" list: answered concerns, newest answer first. */
export async function publishedConcerns(q: Queryable, orgId: string): Promise<ConcernRow[]> {
  return q
    .select(concernColumns)
    .from(voiceConcerns)
    .where(and(eq(voiceConcerns.orgId, orgId), ne(voiceConcerns.status, 'received'), isNotNull(voiceConcerns.publicAnswer)))
    .orderBy(desc(voiceConcerns.answeredIn), desc(voiceConcerns.raisedIn), voiceConcerns.id)
    .limit(CONCERN_LIST_LIMIT);
}

/** Every concern with its author and the author's line manager where it is named, for the handlers' policy. */
export async function concernsForHandlers(q: Queryable, orgId: string, id?: string) {
  return q
    .select({ ...concernColumns, authorPersonId: voiceConcernAuthors.personId, authorName: people.name, authorManagerId: people.managerId })
    .from(voiceConcerns)
    .leftJoin(voiceConcernAuthors, and(eq(voiceConcernAuthors.orgId, voiceConcerns.orgId), eq(voiceConcernAuthors.concernId, voiceConcerns.id)))
    .leftJoin(people, and(eq(people.orgId, voiceConcernAuthors.orgId), eq(people.id, voiceConcernAuthors.personId)))
    .where(id ? and(eq(voiceConcerns.orgId, orgId), eq(voiceConcerns.id, id)) : eq(voiceConcerns.orgId, orgId))
    // unanswered first (they wait on someone), then newest
    .orderBy(sql`(${voiceConcerns.status} = 'received') DESC`, desc(voiceConcerns.raisedIn), voiceConcerns.id)
    .limit(CONCERN_LIST_LIMIT);
}

export type HandlerConcernRow = Awaited<ReturnType<typeof concernsForHandlers>>[number];

/** One person's own named concerns, newest first. */
export async function namedConcernsOf(q: Queryable, orgId: string, personId: string): Promise<Array<ConcernRow & { raisedAt: Date }>> {
  return q
    .select({ ...concernColumns, raisedAt: voiceConcernAuthors.raisedAt })
    .from(voiceConcernAuthors)
    .innerJoin(voiceConcerns, and(eq(voiceConcerns.orgId, voiceConcernAuthors.orgId), eq(voiceConcerns.id, voiceConcernAuthors.concernId)))
    .where(and(eq(voiceConcernAuthors.orgId, orgId), eq(voiceConcernAuthors.personId, personId)))
    .orderBy(desc(voiceConcernAuthors.raisedAt));
}

/** Sets a concern's status and public answer; returns the concern as it is now, or undefined. */
export async function answerConcern(
  q: Queryable,
  orgId: string,
  id: string,
  answer: { status: TConcernStatus; publicAnswer: string | null; answeredIn: string },
): Promise<ConcernRow | undefined> {
  const [row] = await q
    .update(voiceConcerns)
    .set({ status: answer.status, publicAnswer: answer.publicAnswer, answeredIn: answer.answeredIn })
    .where(and(eq(voiceConcerns.orgId, orgId), eq(voiceConcerns.id, id)))
    .returning(concernColumns);
  return row;
}

/** Deletes a person's named concerns (and so their author rows); returns how many. */
export async function deleteNamedConcernsOf(q: Queryable, orgId: string, personId: string): Promise<number> {
  const ids = q
    .select({ id: voiceConcernAuthors.concernId })
    .from(voiceConcernAuthors)
    .where(and(eq(voiceConcernAuthors.orgId, orgId), eq(voiceConcernAuthors.personId, personId)));
  const gone = await q
    .delete(voiceConcerns)
    .where(and(eq(voiceConcerns.orgId, orgId), inArray(voiceConcerns.id, ids)))
    .returning({ id: voiceConcerns.id });
  return gone.length;
}

/** How many concerns wait for a first answer (status "received"): a count, nothing about who wrote them. */
export async function unansweredConcernCount(q: Queryable, orgId: string): Promise<number> {
  const [row] = await q
    .select({ n: sql<number>`count(*)::int` })
    .from(voiceConcerns)
    .where(and(eq(voiceConcerns.orgId, orgId), eq(voiceConcerns.status, 'received')));
  return row?.n ?? 0;
}
