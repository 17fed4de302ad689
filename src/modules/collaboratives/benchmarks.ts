import { contributingOrgIds, type CrossOrgFigureRequest, type CrossOrgHiddenReason, type CrossOrgVerdict, type OrgContribution } from '../../platform/privacy/cross-org-release.js';

/**
 * The hub's benchmark figures, pure: which pooled figures to ask the cross-organisation gate
 * for, and how its verdicts read beside an organisation's own figures. The caller
 * (benchmark-release.ts) holds the hub's earlier-figures log.
 *
 * Pools ask only for organisations whose consent is in force: a revoked organisation's old
 * contributions stay in the gate's sums of what was published, but no new figure pools them.
 */

export interface TimepointSlot {
  slot: string;
  label: string;
}

export const collaborativeFigureId = (slot: string, measure: string) => `collaborative\u0000${slot}\u0000${measure}`;
export const hubFigureId = (slot: string, measure: string) => `hub\u0000${slot}\u0000${measure}`;

/** Per timepoint and measure: the collaborative's pool and the hub-wide pool, for the whole organisation ('all'). */
export function benchmarkRequests(input: {
  slots: readonly TimepointSlot[];
  measures: readonly string[];
  collaborativeOrgIds: readonly string[];
  hubOrgIds: readonly string[];
}): CrossOrgFigureRequest[] {
  const out: CrossOrgFigureRequest[] = [];
  for (const { slot } of input.slots) {
    for (const measure of input.measures) {
      out.push({ id: collaborativeFigureId(slot, measure), timepoint: slot, measure, cell: 'all', orgIds: [...input.collaborativeOrgIds] });
      out.push({ id: hubFigureId(slot, measure), timepoint: slot, measure, cell: 'all', orgIds: [...input.hubOrgIds] });
    }
  }
  return out;
}

/**
 * Beyond the gate's reasons: 'no-contribution' (no verdict, or no own figure) and 'nothing-yet'
 * (a pool no organisation has contributed to yet, like a timepoint still to come: the gate hides
 * it as too few organisations, which would read as if some had taken part).
 */
export type BenchmarkHiddenReason = CrossOrgHiddenReason | 'no-contribution' | 'nothing-yet';
export type BenchmarkFigure =
  | { shown: true; mean: number; n: number; organisations: number; changeSinceBaseline: number | null }
  | { shown: false; reason: BenchmarkHiddenReason };

export interface BenchmarkRow {
  slot: string;
  label: string;
  measure: string;
  /** the measure's (a survey section's) title by language, when its pack is installed */
  measureTitle?: Record<string, string>;
  own?: BenchmarkFigure;
  collaborative: BenchmarkFigure;
  hub: BenchmarkFigure;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The table the hub and each organisation read: one row per timepoint and measure, with the
 * change since the baseline slot's figure of the same kind when both are shown. `own` is an
 * organisation's own released figure (its own to see, no gate needed), only on its own view.
 */
export function benchmarkRows(input: {
  slots: readonly TimepointSlot[];
  measures: readonly string[];
  verdicts: readonly CrossOrgVerdict[];
  own?: ReadonlyMap<string, { n: number; sum: number }>;
  baselineSlot?: string;
  /** ids of the figures no organisation asked for has contributed to (see emptyFigureIds) */
  empty?: ReadonlySet<string>;
}): BenchmarkRow[] {
  const byId = new Map(input.verdicts.map((v) => [v.id, v]));
  const baseline = input.baselineSlot ?? 'baseline';
  const figure = (id: string, baseId: string): BenchmarkFigure => {
    const v = byId.get(id);
    if (!v) return { shown: false, reason: 'no-contribution' };
    if (!v.shown) return { shown: false, reason: input.empty?.has(id) ? 'nothing-yet' : v.reason };
    const base = byId.get(baseId);
    const change = base?.shown && baseId !== id ? round2(v.mean - base.mean) : null;
    return { shown: true, mean: round2(v.mean), n: v.n, organisations: v.organisations, changeSinceBaseline: change };
  };
  const ownFigure = (slot: string, measure: string): BenchmarkFigure => {
    const mine = input.own?.get(`${slot}\u0000${measure}`);
    if (!mine || mine.n <= 0) return { shown: false, reason: 'no-contribution' };
    const base = input.own?.get(`${baseline}\u0000${measure}`);
    const mean = mine.sum / mine.n;
    const change = base && base.n > 0 && slot !== baseline ? round2(mean - base.sum / base.n) : null;
    return { shown: true, mean: round2(mean), n: mine.n, organisations: 1, changeSinceBaseline: change };
  };
  const rows: BenchmarkRow[] = [];
  for (const { slot, label } of input.slots) {
    for (const measure of input.measures) {
      rows.push({
        slot,
        label,
        measure,
        ...(input.own ? { own: ownFigure(slot, measure) } : {}),
        collaborative: figure(collaborativeFigureId(slot, measure), collaborativeFigureId(baseline, measure)),
        hub: figure(hubFigureId(slot, measure), hubFigureId(baseline, measure)),
      });
    }
  }
  return rows;
}

/**
 * The figures none of whose organisations has contributed anything at their timepoint and
 * measure: nothing collected yet, so nothing to protect and nothing to say about who took part.
 */
export function emptyFigureIds(figures: readonly CrossOrgFigureRequest[], contributions: readonly OrgContribution[]): Set<string> {
  return new Set(figures.filter((f) => contributingOrgIds(f, contributions).length === 0).map((f) => f.id));
}

/** Why a figure is hidden, in words the hub and organisations read. */
export const HIDDEN_REASON_WORDS: Record<BenchmarkHiddenReason, string> = {
  'too-few-people': 'Hidden: at least one organisation has fewer people here than the hub’s minimum group size.',
  'too-few-organisations': 'Hidden: fewer organisations contributed than the hub’s minimum, so one could work out another’s figure.',
  'protects-another': 'Hidden: showing it would let someone work out a figure that must stay hidden.',
  'earlier-releases': 'Hidden: together with figures the hub showed before, it could give an organisation’s figure away.',
  'no-contribution': 'No released figure yet for this timepoint.',
  'nothing-yet': 'No figures yet: no organisation has contributed to this timepoint.',
};

/** A count of the hub's completion view, or why it is hidden. */
export type CompletionCount = { shown: true; value: number } | { shown: false; reason: 'under-minimum' };

/**
 * How many people an organisation asked for a timepoint and how many answered, as the hub may
 * see them: a count under the hub's minimum group size is hidden (a small organisation's
 * answered count, next to its asked count, would say how few took part). When the asked count
 * is hidden so is the answered one, which is never larger.
 */
export function completionCounts(asked: number, answered: number, minGroupSize: number): { asked: CompletionCount; answered: CompletionCount } {
  const hidden = { shown: false as const, reason: 'under-minimum' as const };
  if (asked < minGroupSize) return { asked: hidden, answered: hidden };
  return { asked: { shown: true, value: asked }, answered: answered < minGroupSize ? hidden : { shown: true, value: answered } };
}
