/**
 * Which teams' completion counts the hub may see. The hub also sees the organisation's totals, so
 * a team's counts are one cell of a single sum: total = teams shown + teams hidden. A team whose
 * answered count is under the hub's minimum is hidden; and the hidden teams together must never
 * give one of them away, so while only one team is hidden, or the hidden ones together hold fewer
 * answers than the minimum (their sum is the total minus the shown teams), the smallest shown
 * team is hidden too.
 *
 * Why not the privacy gate's `releaseTree`: it sees only the people in its observations, so a team
 * where nobody answered would be missing from its equations, and its zero (the total minus the
 * shown teams) would stay derivable. Here every team asked is a cell, zero or not.
 * Asked is hidden with answered: the team's asked count is never smaller, and hiding both keeps
 * one pattern for both sums (what is derivable depends only on which teams are shown).
 */

export interface TeamCounts {
  /** the unit's id, or null for people asked without a unit */
  key: string | null;
  asked: number;
  answered: number;
}

/** One team's completion as the hub sees it: its name and counts, or only why they are hidden. */
export type TeamCompletion =
  | { unitName: string | null; shown: true; asked: number; answered: number }
  | { unitName: string | null; shown: false; reason: 'under-minimum' | 'protects-another' };

export type TeamVerdict = { shown: true } | { shown: false; reason: 'under-minimum' | 'protects-another' };

export function suppressTeams(teams: readonly TeamCounts[], minGroupSize: number): TeamVerdict[] {
  const verdicts: TeamVerdict[] = teams.map((t) => (t.answered < minGroupSize ? { shown: false, reason: 'under-minimum' } : { shown: true }));
  const hiddenSum = () => teams.reduce((sum, t, i) => sum + (verdicts[i]!.shown ? 0 : t.answered), 0);
  const hiddenCount = () => verdicts.filter((v) => !v.shown).length;
  while (hiddenCount() > 0 && (hiddenCount() === 1 || hiddenSum() < minGroupSize)) {
    const next = smallestShown(teams, verdicts);
    if (next === undefined) break; // all hidden: their sum is the organisation's own (gated) total
    verdicts[next] = { shown: false, reason: 'protects-another' };
  }
  return verdicts;
}

function smallestShown(teams: readonly TeamCounts[], verdicts: readonly TeamVerdict[]): number | undefined {
  let best: number | undefined;
  for (const [i, t] of teams.entries()) {
    if (!verdicts[i]!.shown) continue;
    const b = best === undefined ? undefined : teams[best]!;
    if (!b || t.answered < b.answered || (t.answered === b.answered && (t.asked < b.asked || (t.asked === b.asked && (t.key ?? '') < (b.key ?? ''))))) best = i;
  }
  return best;
}
