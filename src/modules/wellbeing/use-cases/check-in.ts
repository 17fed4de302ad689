import type { Actor } from '../../../platform/access/policy.js';
import type { Db } from '../../../platform/db/client.js';
import { badRequest } from '../../../platform/http/errors.js';
import { type PageQuery, pageOf } from '../../../platform/http/page.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { possibleScaleRange } from '../../instruments/score-instrument.js';
import { trendsOf, withScores } from '../check-in-results.js';
import { answerProblems, completeAnswers, offeredAsCheckIn } from '../check-in-rules.js';
import { addCheckIn, pageCheckIns } from '../check-in-store.js';
import { availableInstruments, findInstrument } from '../../instruments/instrument-catalogue.js';
import { timeCursor } from '../keyset.js';
import { todayIn } from '../../../platform/time/day.js';
import type { TCheckInAnswers } from '../model.js';
import { ownSpace, spacePolicy } from '../policy.js';
import { presentCheckIn, type TCheckIn, type TTrend } from '../present.js';
import { scoreCheckIn, type SupportReason, supportReason } from '../score-check-in.js';
import { supportContactsFor, type TSupportContact } from '../support-store.js';

/** The owner's check-ins: checking in, the history a page at a time, one scale's trend. */

const WHAT = 'Your well-being space';

/** The instruments the actor may check in with (latest versions, licensed texts merged). */
export async function myInstruments(db: Db, actor: Actor) {
  authorize(spacePolicy(actor, 'list', ownSpace(actor)), WHAT);
  return (await availableInstruments(db, actor.orgId)).filter(offeredAsCheckIn);
}

export interface CheckInResult {
  checkIn: TCheckIn;
  /**
   * Where to find support, and why it is offered: a safety item answered at or above its mark
   * ('answer': crisis lines listed first), or a scale in a band that suggests it ('score'); null
   * otherwise. Nobody but the person is told: nothing of it is stored.
   */
  supportSuggested: { reason: SupportReason; supportContacts: TSupportContact[] } | null;
}

/** Crisis lines first when an answer called for support; otherwise the organisation's own order. */
const crisisFirst = (contacts: TSupportContact[]) => [...contacts.filter((c) => c.kind === 'crisis'), ...contacts.filter((c) => c.kind !== 'crisis')];

/**
 * Stores the actor's answers with their current team and the day, and scores them. The instrument
 * is read (and its pack checked) once: the same declaration validates, completes and scores.
 */
export async function checkIn(db: Db, actor: Actor, input: { instrumentId: string; answers: TCheckInAnswers }): Promise<CheckInResult> {
  authorize(spacePolicy(actor, 'create', ownSpace(actor)), WHAT);
  const instrument = await findInstrument(db, actor.orgId, input.instrumentId);
  if (!instrument) throw badRequest('The check-in has fields that need attention.', [{ field: 'instrumentId', problem: 'no such instrument available to you' }]);
  if (!offeredAsCheckIn(instrument)) throw badRequest('The check-in has fields that need attention.', [{ field: 'instrumentId', problem: 'this one is answered in its own place, not as a check-in' }]);
  const problems = answerProblems(instrument, input.answers);
  if (problems.length > 0) throw badRequest('The check-in has answers that need attention.', problems);
  const answers = completeAnswers(instrument, input.answers);
  const scores = scoreCheckIn(instrument, answers);
  // read before the write, so that a failed read leaves nothing stored for the person to resubmit
  const reason = supportReason(instrument, answers, scores);
  const contacts = reason ? await supportContactsFor(db, actor) : null;
  const supportSuggested = reason && contacts ? { reason, supportContacts: reason === 'answer' ? crisisFirst(contacts) : contacts } : null;
  const row = await addCheckIn(db, actor.orgId, actor.personId, {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    answers,
    // the team (read by the insert) and the day are what the privacy gate aggregates by
    submittedOn: todayIn(actor.timeZone),
  });
  return { checkIn: presentCheckIn(row, scores), supportSuggested };
}

/** One page of the actor's check-ins, newest first, scores recomputed. */
export async function listMyCheckIns(db: Db, actor: Actor, page: PageQuery): Promise<{ checkIns: TCheckIn[]; nextCursor: string | null }> {
  authorize(spacePolicy(actor, 'list', ownSpace(actor)), WHAT);
  const rows = await pageCheckIns(db, actor.orgId, actor.personId, { cursor: timeCursor(page.cursor), limit: page.limit });
  const { items, nextCursor } = pageOf(rows, page.limit, (row) => row.sortKey);
  return { checkIns: await withScores(db, actor.orgId, items), nextCursor };
}

/** One scale of one instrument over time, oldest first; no points when the actor never used it. */
export async function myTrend(db: Db, actor: Actor, query: { instrumentId: string; scale: string }): Promise<TTrend> {
  authorize(spacePolicy(actor, 'see', ownSpace(actor)), WHAT);
  const { instrumentId, scale } = query;
  const instrument = await findInstrument(db, actor.orgId, instrumentId);
  if (!instrument) throw badRequest('The trend has fields that need attention.', [{ field: 'instrumentId', problem: 'no such instrument available to you' }]);
  const declared = instrument.body.scales.find((s) => s.id === scale);
  if (!declared) throw badRequest('The trend has fields that need attention.', [{ field: 'scale', problem: `${instrumentId} has no scale "${scale}"` }]);
  const [trend] = await trendsOf(db, actor.orgId, actor.personId, { instrumentId, scaleId: scale });
  if (trend) return trend;
  const range = possibleScaleRange(instrument, scale)!;
  return { instrumentId, scaleId: scale, scaleName: declared.name as Record<string, string>, lowest: range.min, highest: range.max, points: [] };
}
