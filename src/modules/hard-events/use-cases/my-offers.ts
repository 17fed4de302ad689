import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit-store.js';
import { getPack } from '../../../content/pack-store.js';
import type { TInstrumentPack } from '../../../content/pack-schema.js';
import type { Db } from '../../../platform/db/client.js';
import { AppError, badRequest, conflict, notFound } from '../../../platform/http/errors.js';
import { todayIn } from '../../../platform/time/day.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { supportContactPolicy } from '../../wellbeing/policy.js';
import { supportContactsFor } from '../../wellbeing/support-store.js';
import { AFTER_EVENT_INSTRUMENT, answerProblem, answerProblems, postponeProblem, type TCheckInInput } from '../model.js';
import { closeOffer, findMyCheckIn, findMyOffer, insertCheckIn, insertReferral, myOffers, myReferralEvents, postponeOffer } from '../offer-store.js';
import { offerPolicy } from '../policy.js';
import { presentCheckIn, presentForm, presentMyOffer } from '../present.js';

/**
 * The affected person's own side: their offers, the check-in, its answers, the referral request.
 * The well-being space's rule: the person alone, and only through /me addresses; another
 * person's offer or check-in id is answered as one that does not exist (404).
 */

const OFFER = 'Your offer';
const own = (actor: Actor) => ({ orgId: actor.orgId, personId: actor.personId });

async function ownOffer(db: Db, actor: Actor, id: string) {
  authorize(offerPolicy(actor, 'see', own(actor)), OFFER);
  const row = await findMyOffer(db, actor.orgId, actor.personId, id);
  if (!row) throw notFound(OFFER);
  return row;
}

async function afterEventPack(db: Db): Promise<TInstrumentPack> {
  const stored = await getPack(db, AFTER_EVENT_INSTRUMENT);
  if (stored?.pack.kind !== 'instrument') throw new AppError(503, 'unavailable', 'The check-in is not installed yet. Please try again later.');
  return stored.pack;
}

/** The actor's offers, by due day, with what only they see (taken, declined, postponed). */
export async function listMyOffers(db: Db, actor: Actor) {
  authorize(offerPolicy(actor, 'list', own(actor)), OFFER);
  const [rows, referrals] = await Promise.all([myOffers(db, actor.orgId, actor.personId), myReferralEvents(db, actor.orgId, actor.personId)]);
  const today = todayIn(actor.timeZone);
  return rows.map((r) => presentMyOffer(r, today, referrals));
}

async function presentOne(db: Db, actor: Actor, id: string) {
  const row = await ownOffer(db, actor, id);
  return presentMyOffer(row, todayIn(actor.timeZone), await myReferralEvents(db, actor.orgId, actor.personId));
}

/** Lets an open offer go (early or ahead of its day). Others see only that it is no longer open. */
export async function declineOffer(db: Db, actor: Actor, id: string) {
  await ownOffer(db, actor, id);
  if (!(await closeOffer(db, actor.orgId, actor.personId, id, 'declined'))) throw conflict('This offer is already closed.');
  return presentOne(db, actor, id);
}

/** Moves an open offer to a later day the person picks. */
export async function postponeMyOffer(db: Db, actor: Actor, id: string, until: string) {
  const row = await ownOffer(db, actor, id);
  const problem = postponeProblem(row, until, todayIn(actor.timeZone));
  if (problem) throw badRequest('The offer cannot be moved to that day. Nothing was changed.', [problem]);
  await postponeOffer(db, actor.orgId, actor.personId, id, until);
  return presentOne(db, actor, id);
}

/** The check-in's questions (the installed pack's latest version). */
export async function checkInForm(db: Db, actor: Actor) {
  authorize(offerPolicy(actor, 'see', own(actor)), OFFER);
  return presentForm(await afterEventPack(db));
}

/**
 * Keeps the answers to a due offer's check-in (every question may be skipped) and closes the
 * offer as taken, in one transaction; returns them with the organisation's support contacts.
 */
export async function answerCheckIn(db: Db, actor: Actor, offerId: string, input: TCheckInInput) {
  const row = await ownOffer(db, actor, offerId);
  const closed = answerProblem(row, todayIn(actor.timeZone));
  if (closed) throw conflict(`The check-in cannot be answered: ${closed}.`);
  const pack = await afterEventPack(db);
  const sets = new Map(pack.body.answerSets.map((s) => [s.id, s.options.map((o) => o.value)]));
  const problems = answerProblems(
    input.answers,
    pack.body.items.map((i) => ({ id: i.id, values: sets.get(i.answerSet) ?? [] })),
  );
  if (problems.length > 0) throw badRequest('Some answers are not options of this check-in. Nothing was kept.', problems);
  const note = input.note?.trim() ? input.note.trim() : null;
  const checkIn = await db.transaction(async (tx) => {
    if (!(await closeOffer(tx, actor.orgId, actor.personId, offerId, 'taken'))) throw conflict('This offer is already closed.');
    return insertCheckIn(tx, actor.orgId, actor.personId, { offerId, instrumentId: pack.id, instrumentVersion: pack.version, answers: input.answers, note });
  });
  authorize(supportContactPolicy(actor, 'list', { orgId: actor.orgId }), 'The support contacts');
  return { checkIn: presentCheckIn(checkIn), supportContacts: await supportContactsFor(db, actor) };
}

/** One of the actor's own check-ins; 404 for any other id, whoever asks. */
export async function showMyCheckIn(db: Db, actor: Actor, id: string) {
  authorize(offerPolicy(actor, 'see', own(actor)), 'Your check-in');
  const row = await findMyCheckIn(db, actor.orgId, actor.personId, id);
  if (!row) throw notFound('Your check-in');
  return presentCheckIn(row);
}

/**
 * Asks to be referred for support after the offer's event: the one thing the recorder, the
 * person's line manager and org admins learn. Asking twice keeps the first request.
 */
export async function requestReferral(db: Db, actor: Actor, offerId: string) {
  const row = await ownOffer(db, actor, offerId);
  await db.transaction(async (tx) => {
    if (await insertReferral(tx, actor.orgId, actor.personId, row.eventId)) {
      await recordAudit(tx, actor, { type: 'hard-event.referral-requested', subjectPersonId: actor.personId, data: { eventId: row.eventId } });
    }
  });
  return presentOne(db, actor, offerId);
}
