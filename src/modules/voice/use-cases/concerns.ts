import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit, recordListRead } from '../../../platform/audit/audit-store.js';
import type { Db } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/http/errors.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { handlersOf } from '../handler-store.js';
import { answerConcern, concernsForHandlers, type HandlerConcernRow, insertConcern, namedConcernsOf, publishedConcerns, unansweredConcernCount } from '../concern-store.js';
import { isPublished, periodOf, type TConcernAnswer, type TConcernInput } from '../model.js';
import { type ConcernRef, concernPolicy, handlingPolicy, mayKnowAuthor } from '../policy.js';
import { presentConcern } from '../present.js';
import type { TVoiceSettings } from '../settings.js';
import { voiceSettings } from './voice-settings.js';

const WHAT = 'The concern';
const refOf = (orgId: string, row: Pick<HandlerConcernRow, 'status' | 'publicAnswer' | 'authorPersonId' | 'authorManagerId'>): ConcernRef => ({
  orgId,
  published: isPublished(row),
  authorPersonId: row.authorPersonId,
  authorManagerId: row.authorManagerId,
});
const nobody = (orgId: string, over: Partial<ConcernRef> = {}): ConcernRef => ({ orgId, published: false, authorPersonId: null, authorManagerId: null, ...over });

/**
 * Raises a concern or suggestion. Anonymous: one row with the month and the words, and nothing
 * else anywhere — no author row, no audit event (an event carries an actor and a time, which is
 * exactly what would pair the person with the concern), nothing logged.
 */
export async function raiseConcern(db: Db, actor: Actor, input: TConcernInput) {
  authorize(concernPolicy(await voiceSettings(db, actor.orgId))(actor, 'create', nobody(actor.orgId)), WHAT);
  const id = await db.transaction((tx) =>
    insertConcern(tx, actor.orgId, { kind: input.kind, body: input.body, raisedIn: periodOf(actor.timeZone) }, input.anonymous ? null : actor.personId),
  );
  return { id, kind: input.kind, anonymous: input.anonymous, status: 'received' as const };
}

/** The public "you said, we did" list: every answered concern, without any name. */
export async function listPublicConcerns(db: Db, actor: Actor) {
  authorize(concernPolicy(await voiceSettings(db, actor.orgId))(actor, 'list', nobody(actor.orgId, { published: true })), WHAT);
  return (await publishedConcerns(db, actor.orgId)).map(presentConcern);
}

/** The actor's own named concerns with where each stands (anonymous ones are nobody's to list). */
export async function listMyConcerns(db: Db, actor: Actor) {
  authorize(concernPolicy(await voiceSettings(db, actor.orgId))(actor, 'list', nobody(actor.orgId, { authorPersonId: actor.personId })), WHAT);
  return (await namedConcernsOf(db, actor.orgId, actor.personId)).map(presentConcern);
}

function presentForHandler(actor: Actor, settings: TVoiceSettings, row: HandlerConcernRow) {
  const knows = mayKnowAuthor(actor, refOf(actor.orgId, row), settings);
  return { ...presentConcern(row), author: knows && row.authorPersonId ? { personId: row.authorPersonId, name: row.authorName ?? '' } : null };
}

/**
 * Every concern for its handlers, unanswered first, with names where they may know them. Showing
 * names is a read of those people's records: one list event naming them, for their access log.
 */
export async function listConcernsToHandle(db: Db, actor: Actor) {
  const settings = await voiceSettings(db, actor.orgId);
  authorize(handlingPolicy(settings)(actor, 'list', { orgId: actor.orgId }), 'Concerns to handle');
  return db.transaction(async (tx) => {
    const concerns = (await concernsForHandlers(tx, actor.orgId)).map((row) => presentForHandler(actor, settings, row));
    const named = concerns.flatMap((c) => (c.author ? [c.author.personId] : []));
    if (named.length > 0) await recordListRead(tx, actor, 'voice.named-concerns', named);
    return concerns;
  });
}

/** A handler sets a concern's status and public answer; the answer is published with it. */
export async function answerConcernAsHandler(db: Db, actor: Actor, id: string, answer: TConcernAnswer) {
  const settings = await voiceSettings(db, actor.orgId);
  return db.transaction(async (tx) => {
    const [row] = await concernsForHandlers(tx, actor.orgId, id);
    if (!row) throw notFound(WHAT);
    authorize(concernPolicy(settings)(actor, 'manage', refOf(actor.orgId, row)), WHAT);
    const publicAnswer = answer.publicAnswer?.trim() || null;
    const updated = await answerConcern(tx, actor.orgId, id, { status: answer.status, publicAnswer, answeredIn: periodOf(actor.timeZone) });
    if (!updated) throw notFound(WHAT);
    await recordAudit(tx, actor, { type: 'voice.concern-answered', data: { concernId: id, status: answer.status } });
    return presentForHandler(actor, settings, { ...row, ...updated });
  });
}

/**
 * Who handles concerns, by name, for everyone of the organisation: a person deciding whether to
 * put their name to a concern is told exactly who will read it.
 */
export async function listHandlers(db: Db, actor: Actor) {
  const settings = await voiceSettings(db, actor.orgId);
  authorize(concernPolicy(settings)(actor, 'create', nobody(actor.orgId)), 'Concern handlers');
  const handlers = await handlersOf(db, actor.orgId, settings);
  return { everyAdmin: settings.voiceHandlerIds.length === 0, handlers: handlers.map((h) => ({ personId: h.personId, name: h.name })) };
}

/**
 * How many concerns wait for a handler's first answer, for a handler's Home; null to anyone who
 * does not handle concerns (they are not told that any wait). A count reads nobody's name.
 */
export async function concernsWaitingCount(db: Db, actor: Actor): Promise<number | null> {
  const settings = await voiceSettings(db, actor.orgId);
  if (handlingPolicy(settings)(actor, 'list', { orgId: actor.orgId }).kind !== 'allowed') return null;
  return unansweredConcernCount(db, actor.orgId);
}
