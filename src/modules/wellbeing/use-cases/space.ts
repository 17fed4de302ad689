import type { Actor } from '../../../platform/access/policy.js';
import type { Db, Queryable } from '../../../platform/db/client.js';
import { badRequest, type FieldProblem } from '../../../platform/http/errors.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { withScores } from '../check-in-results.js';
import { type CheckInRow, checkInCountsPerInstrument, latestCheckInPerInstrument } from '../check-in-store.js';
import { findInstrument } from '../../instruments/instrument-catalogue.js';
import { todayIn } from '../../../platform/time/day.js';
import { nextDueOn, type Rhythm, type TCopingPlan, type TProfile } from '../model.js';
import { ownSpace, spacePolicy } from '../policy.js';
import type { TCheckIn } from '../present.js';
import { getSpace, type Space, updateSpace } from '../space-store.js';
import { readCopingLibrary } from '../coping-library.js';
import { supportContactsFor, type TSupportContact } from '../support-store.js';

/** The owner's own space: overview, profile, coping plan, rhythm and reminders. */

const WHAT = 'Your well-being space';

export interface Reminder {
  rhythm: Rhythm;
  instrumentId: string | null;
  dueOn: string | null;
  due: boolean;
}

export interface Overview {
  profile: TProfile;
  copingPlan: TCopingPlan;
  rhythm: { rhythm: Rhythm; instrumentId: string | null };
  nextCheckIn: Reminder;
  latestResults: TCheckIn[];
  checkInCounts: Array<{ instrumentId: string; count: number }>;
  supportContacts: TSupportContact[];
  contributesToFigures: boolean;
}

/**
 * When the next check-in is due, from the latest check-in of each instrument (in any order).
 * Check-ins brought in from another app count too: the rhythm is the person's own, and one they
 * answered elsewhere last week is a check-in they did — asking again at once would only nag.
 * (Only the person sees the reminder; nothing here reaches the organisation.)
 */
function reminderOf(space: Space, latest: CheckInRow[], today: string): Reminder {
  const candidates = space.rhythmInstrumentId ? latest.filter((row) => row.instrumentId === space.rhythmInstrumentId) : latest;
  const last = candidates.reduce<CheckInRow | undefined>((newest, row) => (!newest || row.submittedAt > newest.submittedAt ? row : newest), undefined);
  const dueOn = nextDueOn(space.rhythm, last?.submittedOn ?? null, today);
  return { rhythm: space.rhythm, instrumentId: space.rhythmInstrumentId, dueOn, due: dueOn !== null && dueOn <= today };
}

/** The latest check-in of each instrument, newest first. */
const newestFirst = (rows: CheckInRow[]) => [...rows].sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime() || (a.id < b.id ? 1 : -1));

/** The space and the latest check-in per instrument, each read once: the overview and the reminder share them. */
async function overviewOf(q: Queryable, actor: Actor): Promise<Overview> {
  const space = await getSpace(q, actor.orgId, actor.personId);
  const latest = newestFirst(await latestCheckInPerInstrument(q, actor.orgId, actor.personId));
  return {
    profile: space.profile,
    copingPlan: space.copingPlan,
    rhythm: { rhythm: space.rhythm, instrumentId: space.rhythmInstrumentId },
    nextCheckIn: reminderOf(space, latest, todayIn(actor.timeZone)),
    latestResults: await withScores(q, actor.orgId, latest),
    checkInCounts: await checkInCountsPerInstrument(q, actor.orgId, actor.personId),
    supportContacts: await supportContactsFor(q, actor),
    contributesToFigures: space.contributesToFigures,
  };
}

/** The actor's space at a glance (empty parts when nothing is written yet). */
export async function mySpace(db: Db, actor: Actor): Promise<Overview> {
  authorize(spacePolicy(actor, 'see', ownSpace(actor)), WHAT);
  return overviewOf(db, actor);
}

/** Whether a check-in is due under the actor's rhythm. */
export async function myReminder(db: Db, actor: Actor): Promise<Reminder> {
  authorize(spacePolicy(actor, 'see', ownSpace(actor)), WHAT);
  return reminderOf(await getSpace(db, actor.orgId, actor.personId), await latestCheckInPerInstrument(db, actor.orgId, actor.personId), todayIn(actor.timeZone));
}

/** Replaces the actor's profile; returns the space after the change. */
export async function saveProfile(db: Db, actor: Actor, profile: TProfile): Promise<Overview> {
  authorize(spacePolicy(actor, 'change', ownSpace(actor)), WHAT);
  return db.transaction(async (tx) => {
    await updateSpace(tx, actor.orgId, actor.personId, { profile });
    return overviewOf(tx, actor);
  });
}

function copingPlanProblems(plan: TCopingPlan, libraryIds: ReadonlySet<string>): FieldProblem[] {
  return (['before', 'during', 'after'] as const).flatMap((part) =>
    plan[part].flatMap((step, i) =>
      step.strategyId !== null && !libraryIds.has(step.strategyId) ? [{ field: `${part}.${i}.strategyId`, problem: 'no such strategy in the library' }] : [],
    ),
  );
}

/** Replaces the actor's coping plan (every strategy must be in the library); returns the space after the change. */
export async function saveCopingPlan(db: Db, actor: Actor, plan: TCopingPlan): Promise<Overview> {
  authorize(spacePolicy(actor, 'change', ownSpace(actor)), WHAT);
  const library = await readCopingLibrary(db);
  const problems = copingPlanProblems(plan, new Set(library.map((s) => s.id)));
  if (problems.length > 0) throw badRequest('The coping plan has steps that need attention.', problems);
  return db.transaction(async (tx) => {
    await updateSpace(tx, actor.orgId, actor.personId, { copingPlan: plan });
    return overviewOf(tx, actor);
  });
}

/** Sets how often the actor wants to check in, and with which instrument (one available to them). */
export async function setRhythm(db: Db, actor: Actor, input: { rhythm: Rhythm; instrumentId: string | null }) {
  authorize(spacePolicy(actor, 'change', ownSpace(actor)), WHAT);
  if (input.instrumentId !== null && !(await findInstrument(db, actor.orgId, input.instrumentId))) {
    throw badRequest('The rhythm has fields that need attention.', [{ field: 'instrumentId', problem: 'no such instrument available to you' }]);
  }
  // one upsert: atomic without a transaction of its own
  await updateSpace(db, actor.orgId, actor.personId, { rhythm: input.rhythm, rhythmInstrumentId: input.instrumentId });
  return input;
}

/**
 * The actor's choice to let their check-in results count in the organisation's figures (only
 * through the privacy gate, never as a fact about them); off by default, and turning it off
 * leaves them out of every figure made from then on. Their own record of the change only: nobody
 * else is told who contributes.
 */
export async function setContribution(db: Db, actor: Actor, contributes: boolean) {
  authorize(spacePolicy(actor, 'change', ownSpace(actor)), WHAT);
  await updateSpace(db, actor.orgId, actor.personId, { contributesToFigures: contributes, contributionChangedAt: new Date() });
  return { contributesToFigures: contributes };
}
