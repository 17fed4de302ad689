import type { z } from '@hono/zod-openapi';
import type { Actor } from '../../../platform/access/policy.js';
import type { Db } from '../../../platform/db/client.js';
import { invalid, notFound } from '../../../platform/http/errors.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { findInstrument } from '../../instruments/instrument-catalogue.js';
import { presentInstrument } from '../../instruments/present.js';
import { InstrumentAnswerError } from '../../instruments/score-instrument.js';
import { managesSomeone } from '../../people/person-cards.js';
import { ownSelfRatings, selfRatingPolicy } from '../policy.js';
import type { ZSelfRating } from '../present.js';
import { rateAreas, SELF_RATING_PACK_ID } from '../self-rating-rules.js';
import { deleteOwnSelfRating, findOwnSelfRating, insertSelfRating, type SelfRatingRow, selfRatingsOf } from '../self-rating-store.js';

/**
 * The supervisors' own side (S.org.5, W.supervision): a private self-rating of STS-informed
 * supervision abilities. Owner-only like the well-being space: every address is under /me, every
 * query takes the caller's own id, and someone who supervises nobody is answered 404 as well.
 */

const WHAT = 'Your self-rating';
const text = (t: Partial<Record<string, string>>) => t as Record<string, string>;

async function authorizeOwn(db: Db, actor: Actor, ability: 'see' | 'list' | 'create' | 'remove') {
  authorize(selfRatingPolicy(actor, ability, ownSelfRatings(actor, await managesSomeone(db, actor.orgId, actor.personId))), WHAT);
}

async function packOf(db: Db, orgId: string, version?: string) {
  const pack = await findInstrument(db, orgId, SELF_RATING_PACK_ID, version);
  if (!pack) throw notFound('The self-rating');
  return pack;
}

async function present(db: Db, orgId: string, row: SelfRatingRow): Promise<z.infer<typeof ZSelfRating>> {
  const answers = row.answers as Record<string, number | null>;
  const pack = await findInstrument(db, orgId, row.packId, row.packVersion);
  const { areas, suggestions } = pack ? rateAreas(pack, answers) : { areas: [], suggestions: [] };
  return {
    id: row.id,
    packId: row.packId,
    packVersion: row.packVersion,
    ratedAt: row.ratedAt.toISOString(),
    answers,
    areas: areas.map((a) => ({ ...a, name: text(a.name), band: a.band ? { id: a.band.id, label: text(a.band.label), guidance: text(a.band.guidance) } : null })),
    suggestions: suggestions.map((s) => ({ scaleId: s.scaleId, name: text(s.name), guidance: text(s.guidance) })),
  };
}

/** The self-rating's questions and the caller's past self-ratings, newest first. */
export async function mySelfRatings(db: Db, actor: Actor) {
  await authorizeOwn(db, actor, 'list');
  const pack = await packOf(db, actor.orgId);
  const rows = await selfRatingsOf(db, actor.orgId, actor.personId);
  return { instrument: presentInstrument(pack), ratings: await Promise.all(rows.map((r) => present(db, actor.orgId, r))) };
}

/** Rates oneself against the latest version; every statement may be skipped (null or left out). */
export async function rateMyself(db: Db, actor: Actor, answers: Record<string, number | null>) {
  await authorizeOwn(db, actor, 'create');
  const pack = await packOf(db, actor.orgId);
  try {
    rateAreas(pack, answers);
  } catch (error) {
    if (error instanceof InstrumentAnswerError) throw invalid(`answers.${error.itemId}`, error.message);
    throw error;
  }
  const row = await insertSelfRating(db, actor.orgId, actor.personId, { packId: pack.id, packVersion: pack.version, answers });
  return present(db, actor.orgId, row);
}

/** One of the caller's self-ratings; 404 for anyone else's id. */
export async function seeMySelfRating(db: Db, actor: Actor, id: string) {
  await authorizeOwn(db, actor, 'see');
  const row = await findOwnSelfRating(db, actor.orgId, actor.personId, id);
  if (!row) throw notFound(WHAT);
  return present(db, actor.orgId, row);
}

/** Deletes one of the caller's self-ratings for good. */
export async function removeMySelfRating(db: Db, actor: Actor, id: string): Promise<void> {
  await authorizeOwn(db, actor, 'remove');
  if (!(await deleteOwnSelfRating(db, actor.orgId, actor.personId, id))) throw notFound(WHAT);
}
