import type { TAssessmentPack } from '../../content/pack-schema.js';
import { type RagCounts, type Rating, ragCounts } from './model.js';

/**
 * What a team review adds up to (pure): per section the spread of confirmed ratings, per
 * criterion its confirmed rating beside the previous closed cycle's, and the strengths (green)
 * and gaps (amber, red). Only confirmed ratings count: a proposal is still being talked over.
 */

export interface RatingFact {
  criterionId: string;
  rating: Rating | null;
  confirmedAt: Date | null;
}

/** The confirmed rating of each criterion. */
export function confirmedRatings(rows: readonly RatingFact[]): Map<string, Rating> {
  const out = new Map<string, Rating>();
  for (const r of rows) if (r.rating && r.confirmedAt) out.set(r.criterionId, r.rating);
  return out;
}

export type Change = 'better' | 'same' | 'worse' | null;
const ORDER: Record<Rating, number> = { red: 0, amber: 1, green: 2 };

/** How a criterion moved from one cycle to the next; null when either side has no rating. */
export function changeOf(before: Rating | null, after: Rating | null): Change {
  if (!before || !after) return null;
  const d = ORDER[after] - ORDER[before];
  return d > 0 ? 'better' : d < 0 ? 'worse' : 'same';
}

export interface CriterionResult {
  id: string;
  sectionId: string;
  rating: Rating | null;
  evidenceCount: number;
  previousRating: Rating | null;
  change: Change;
}

export interface CycleResults {
  sections: Array<{ id: string; counts: RagCounts; criteria: CriterionResult[] }>;
  totals: RagCounts;
  strengths: string[];
  gaps: string[];
}

/** Results of one cycle against its pack; `previous` holds the previous closed cycle's confirmed ratings. */
export function cycleResults(
  pack: TAssessmentPack,
  ratings: readonly RatingFact[],
  evidenceCounts: ReadonlyMap<string, number>,
  previous: ReadonlyMap<string, Rating> | null,
): CycleResults {
  const confirmed = confirmedRatings(ratings);
  const allIds = pack.body.sections.flatMap((s) => s.criteria.map((c) => c.id));
  const sections = pack.body.sections.map((section) => {
    const ids = section.criteria.map((c) => c.id);
    const criteria = ids.map((id) => {
      const rating = confirmed.get(id) ?? null;
      const previousRating = previous?.get(id) ?? null;
      return { id, sectionId: section.id, rating, evidenceCount: evidenceCounts.get(id) ?? 0, previousRating, change: changeOf(previousRating, rating) };
    });
    return { id: section.id, counts: ragCounts(ids, confirmed), criteria };
  });
  return {
    sections,
    totals: ragCounts(allIds, confirmed),
    strengths: allIds.filter((id) => confirmed.get(id) === 'green'),
    gaps: allIds.filter((id) => confirmed.get(id) === 'red' || confirmed.get(id) === 'amber'),
  };
}

/** The cycle that closed after `cycle` among cycles of its pack and unit (oldest first): the one an action is measured by. */
export function nextClosedCycle<C extends { id: string; status: string }>(cycles: readonly C[], cycleId: string): C | undefined {
  const at = cycles.findIndex((c) => c.id === cycleId);
  return at === -1 ? undefined : cycles.slice(at + 1).find((c) => c.status === 'closed');
}

/** The closed cycle before `cycle` among cycles of its pack and unit (oldest first). */
export function previousClosedCycle<C extends { id: string; status: string }>(cycles: readonly C[], cycleId: string): C | undefined {
  const at = cycles.findIndex((c) => c.id === cycleId);
  return at <= 0 ? undefined : cycles.slice(0, at).findLast((c) => c.status === 'closed');
}
