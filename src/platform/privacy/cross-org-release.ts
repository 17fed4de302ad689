import { BlockAtoms, BlockSystem, type BlockTarget } from './cross-org-block.js';
import { LOWEST_MIN_GROUP_SIZE } from './thresholds.js';

/**
 * The cross-organisation gate: what a regional hub may show of its member organisations'
 * released aggregates (docs/decisions/008-cross-organisation-gate.md).
 *
 * The hub holds, per organisation and (timepoint, measure, cell), an exact count n and sum.
 * A figure pools some organisations' contributions at one (timepoint, measure, cell). It is shown
 * only when every contributing organisation has at least the hub's minimum of people there (the
 * hub's minimum may be higher than an organisation's own), at least `minOrganisations`
 * organisations contribute, and — solved exactly with every figure the hub ever released — no
 * organisation (knowing its own contributions) can work out another single organisation's
 * contribution or a pool of fewer than minOrganisations−1 others, and the public cannot work
 * out a pool of fewer than minOrganisations. Pure: the caller keeps the release log.
 */

export interface OrgContribution {
  orgId: string;
  timepoint: string;
  measure: string;
  cell: string;
  n: number;
  sum: number;
  /**
   * How many people the n values come from, when one person gives several (a survey section:
   * one rating per criterion). The minimum group size is about people, so it is checked against
   * this; absent, each value is one person's.
   */
  people?: number;
}
export interface CrossOrgFigureRequest {
  id: string;
  timepoint: string;
  measure: string;
  cell: string;
  orgIds: string[];
}
/**
 * A figure the hub released before. `orgIds` must be the organisations that CONTRIBUTED to it
 * (`contributingOrgIds`), not those asked for: an organisation listed without a contribution
 * would count as an unknown it never was, and the gate would think more is hidden than is.
 */
export interface CrossOrgEarlierFigure {
  timepoint: string;
  measure: string;
  cell: string;
  orgIds: string[];
}
export interface CrossOrgThresholds {
  minGroupSize: number;
  minOrganisations: number;
}
export type CrossOrgHiddenReason = 'too-few-people' | 'too-few-organisations' | 'protects-another' | 'earlier-releases';
export type CrossOrgVerdict =
  | { id: string; shown: true; n: number; sum: number; mean: number; organisations: number }
  | { id: string; shown: false; reason: CrossOrgHiddenReason };

/**
 * Fewer than 3 organisations cannot be protected from each other: with 2, each learns the other
 * by subtracting itself. A hub setting below is raised to this floor.
 */
export const LOWEST_MIN_ORGANISATIONS = 3;

type Block = { timepoint: string; measure: string; cell: string };
// the three parts joined by a character no identifier holds
const blockKey = (b: Block) => `${b.timepoint}\u0000${b.measure}\u0000${b.cell}`;

/** The organisations whose contributions a figure pools: asked for, and with people there. */
export function contributingOrgIds(figure: CrossOrgFigureRequest, contributions: readonly OrgContribution[]): string[] {
  const key = blockKey(figure);
  const asked = new Set(figure.orgIds);
  return [...new Set(contributions.filter((c) => c.n > 0 && asked.has(c.orgId) && blockKey(c) === key).map((c) => c.orgId))].sort();
}

interface Candidate {
  index: number;
  request: CrossOrgFigureRequest;
  orgs: string[];
  n: number;
  sum: number;
  shown: boolean;
  reason?: CrossOrgHiddenReason;
}

export function releaseCrossOrg(input: {
  thresholds: CrossOrgThresholds;
  contributions: OrgContribution[];
  figures: CrossOrgFigureRequest[];
  earlier: CrossOrgEarlierFigure[];
}): CrossOrgVerdict[] {
  const minGroupSize = Math.max(LOWEST_MIN_GROUP_SIZE, input.thresholds.minGroupSize);
  const minOrganisations = Math.max(LOWEST_MIN_ORGANISATIONS, input.thresholds.minOrganisations);

  // each organisation's contribution per block (duplicates are added together)
  const byBlock = new Map<string, Map<string, { n: number; sum: number; people: number }>>();
  for (const c of input.contributions) {
    if (c.n <= 0) continue; // nobody: nothing to protect and nothing pooled
    const block = byBlock.get(blockKey(c)) ?? new Map<string, { n: number; sum: number; people: number }>();
    const had = block.get(c.orgId) ?? { n: 0, sum: 0, people: 0 };
    block.set(c.orgId, { n: had.n + c.n, sum: had.sum + c.sum, people: had.people + (c.people ?? c.n) });
    byBlock.set(blockKey(c), block);
  }

  // primary rules, figure by figure
  const candidates: Candidate[] = input.figures.map((request, index) => {
    const here = byBlock.get(blockKey(request)) ?? new Map<string, { n: number; sum: number; people: number }>();
    const orgs = [...new Set(request.orgIds)].filter((o) => here.has(o)).sort();
    const parts = orgs.map((o) => here.get(o)!);
    const n = parts.reduce((t, p) => t + p.n, 0);
    const sum = parts.reduce((t, p) => t + p.sum, 0);
    const base = { index, request, orgs, n, sum };
    if (parts.some((p) => p.people < minGroupSize)) return { ...base, shown: false, reason: 'too-few-people' };
    if (orgs.length < minOrganisations) return { ...base, shown: false, reason: 'too-few-organisations' };
    return { ...base, shown: true };
  });

  // the exact-attacker test, block by block (blocks share no unknowns)
  const requestsByBlock = new Map<string, Candidate[]>();
  for (const c of candidates) requestsByBlock.set(blockKey(c.request), [...(requestsByBlock.get(blockKey(c.request)) ?? []), c]);
  // each distinct earlier set once: a log that records every page view repeats the same figures
  const earlierByBlock = new Map<string, Map<string, string[]>>();
  for (const e of input.earlier) {
    const set = [...new Set(e.orgIds)].sort();
    const sets = earlierByBlock.get(blockKey(e)) ?? new Map<string, string[]>();
    sets.set(JSON.stringify(set), set);
    earlierByBlock.set(blockKey(e), sets);
  }
  for (const [key, inBlock] of requestsByBlock) {
    const universe = [...(byBlock.get(key)?.keys() ?? [])];
    protectBlock(universe, [...(earlierByBlock.get(key)?.values() ?? [])], inBlock, minOrganisations);
  }

  return candidates.map((c) =>
    c.shown
      ? { id: c.request.id, shown: true, n: c.n, sum: c.sum, mean: c.sum / c.n, organisations: c.orgs.length }
      : { id: c.request.id, shown: false, reason: c.reason! },
  );
}

/**
 * Hides figures of one block until no attacker learns anything it must not. The figure hidden
 * is the smallest (fewest people, then fewest organisations, then id) among those one way of
 * working the disclosure out uses and whose absence stops it; smallest first because a small
 * figure says least to readers and is the nearest to giving one organisation away, while the
 * hub's and large collaboratives' figures are the ones organisations compare against.
 */
function protectBlock(universe: readonly string[], earlier: string[][], inBlock: Candidate[], minOrganisations: number): void {
  // split once by every set a question below can involve
  const atoms = new BlockAtoms(universe, [...earlier, ...inBlock.filter((c) => c.shown).map((c) => c.orgs)]);
  // what earlier releases alone give away cannot be taken back by hiding anything now
  const before = new BlockSystem(atoms, earlier);
  const sunk = (t: BlockTarget) => before.determines(t);
  const alsoProtect = inBlock.filter((c) => c.reason === 'too-few-people').map((c) => c.orgs);
  const smallestFirst = [...inBlock].sort(
    (a, b) => a.n - b.n || a.orgs.length - b.orgs.length || (a.request.id < b.request.id ? -1 : a.request.id > b.request.id ? 1 : a.index - b.index),
  );
  const systemOf = (shown: readonly Candidate[]) => new BlockSystem(atoms, [...earlier, ...shown.map((c) => c.orgs)]);
  const byLoop: Candidate[] = [];
  for (let guard = inBlock.length + 1; guard > 0; guard--) {
    // in the fixed order, so the verdicts do not depend on the order figures were asked in
    const shown = smallestFirst.filter((c) => c.shown);
    const system = systemOf(shown);
    const [found] = system.disclosures({ minOrganisations, alsoProtect, first: true, skip: sunk });
    if (!found) break;
    const used = system.usedFor(found) ?? new Set<number>();
    const takesPart = (c: Candidate) => used.has(earlier.length + shown.indexOf(c));
    const stops = (c: Candidate) => !systemOf(shown.filter((s) => s !== c)).determines(found);
    const pick = shown.find((c) => takesPart(c) && stops(c)) ?? shown.find(takesPart) ?? shown[0]!;
    pick.shown = false;
    // current figures alone would give it away: the figure protects another; else the earlier
    // releases take part, and the figure would complete what they began
    pick.reason = new BlockSystem(atoms, shown.map((c) => c.orgs)).determines(found) ? 'protects-another' : 'earlier-releases';
    byLoop.push(pick);
  }
  // a figure hidden by the loop that the shown ones fix anyway adds nothing: show it, so no
  // hidden figure can be worked out from what is shown
  const final = systemOf(smallestFirst.filter((c) => c.shown));
  for (const c of byLoop) {
    if (final.determines({ attacker: null, pool: c.orgs })) {
      c.shown = true;
      delete c.reason;
    }
  }
}
