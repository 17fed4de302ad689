import type { FreeTextItem, FreeTextRelease } from '../../platform/privacy/index.js';
import { criterionItem, type EarlierFigure, type GateCell, type GateGroup, releaseSystem, sectionItem } from '../../platform/privacy/release-system.js';
import type { TSurveyShape } from './survey-model.js';

/**
 * Survey results as they may leave the privacy gate. Pure: every earlier release of the cycle
 * is handed in and the figures to record are handed back (survey-release.ts keeps the log).
 * Nothing here returns a response, an answer or a respondent's unit: only released cells.
 *
 * Every figure is a POOLED mean: a criterion's figure at a group is the mean of the ratings
 * its respondents gave it; a section's is the mean of all ratings given in that section there
 * (sum of its criteria's sums over the sum of their counts). So every figure, of either kind,
 * is linear in the same unknowns — per criterion, the sums and counts of groups of responses —
 * and the cycle-wide gate (platform/privacy/release-system.ts) can reason about all of them at
 * once. (A mean of each response's own mean is not: with a skip it gave one answer away.)
 */

/** One stored response: a random id, the respondent's unit, ratings and comments. No person. */
export interface StoredResponse {
  id: string;
  unitId: string | null;
  answers: Record<string, number>;
  comments: Record<string, string>;
}

/** A figure as shown: a mean with how many ratings it pools, or only that it is hidden and why. */
export type SurveyFigure = { suppressed: false; mean: number; ratings: number } | { suppressed: true; reason: 'small-group' | 'protects-another' };

/** A figure for one group of the tree: unitId null is the whole scope of the cycle. */
export type SurveyCell = { unitId: string | null } & SurveyFigure;

export type SurveyComments = { status: 'released'; texts: string[] } | { status: 'withheld'; reason: 'small-group' };

export interface SurveyResults {
  sections: Array<{
    id: string;
    /** The section's figure per group: the mean of all its ratings there (pooled). */
    cells: SurveyCell[];
    criteria: Array<{ id: string; cells: SurveyCell[] }>;
    comments: SurveyComments;
  }>;
  /** Sections × units: the same released section figures, one row per section. */
  heatMap: { units: Array<string | null>; rows: Array<{ sectionId: string; cells: SurveyCell[] }> };
}

export type FreeTextGate = (dataset: string, items: readonly FreeTextItem[]) => FreeTextRelease | Promise<FreeTextRelease>;

/** What this release adds to the cycle's release log: each shown figure, and each group hidden as too small. */
export type ReleasedFigure = EarlierFigure & { group: string };

export type SurveyRelease = { ok: true; results: SurveyResults; released: ReleasedFigure[] } | { ok: false; problem: string };

/** The release-log names of a cycle: its family, and one data set per criterion, section and comment box. */
export const surveyFamily = (cycleId: string) => `assessment-survey:${cycleId}`;
export const surveyDataset = (cycleId: string, part: 'criterion' | 'section' | 'comments', id: string) => `${surveyFamily(cycleId)}:${part}:${id}`;

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The groups of the cycle's (frozen) unit tree that hold any response: the whole scope first,
 * then each unit on a respondent's path, parents before children in the tree's unit order.
 */
export function surveyGroups(responses: readonly StoredResponse[], pathOf: (unitId: string | null) => string[], unitOrder: readonly string[] = []): Array<GateGroup & { unitId: string | null; path: string[] }> {
  const byKey = new Map<string, { key: string; unitId: string | null; path: string[]; members: string[] }>();
  for (const r of responses) {
    const path = pathOf(r.unitId);
    for (let i = 0; i <= path.length; i++) {
      const prefix = path.slice(0, i);
      const key = prefix.join('/');
      const group = byKey.get(key) ?? { key, unitId: prefix.at(-1) ?? null, path: prefix, members: [] };
      group.members.push(r.id);
      byKey.set(key, group);
    }
  }
  const rank = (id: string) => {
    const i = unitOrder.indexOf(id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const compare = (a: string[], b: string[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] !== b[i]) return rank(a[i]!) - rank(b[i]!) || a[i]!.localeCompare(b[i]!);
    }
    return a.length - b.length;
  };
  return [...byKey.values()].sort((a, b) => compare(a.path, b.path));
}

/**
 * Releases a cycle's results: each criterion's and each section's pooled mean at every group,
 * checked with every earlier release of the cycle as one system (a figure is hidden when it
 * covers fewer than the minimum or would let a hidden one be worked out), and each section's
 * comments as free text of the whole scope (one partition, so no difference between levels
 * can point at a unit).
 */
export async function releaseSurveyResults(input: {
  cycleId: string;
  shape: TSurveyShape;
  responses: readonly StoredResponse[];
  pathOf: (unitId: string | null) => string[];
  unitOrder?: readonly string[];
  earlier: readonly EarlierFigure[];
  minGroupSize: number;
  freeText: FreeTextGate;
}): Promise<SurveyRelease> {
  const { cycleId, shape, responses, pathOf, earlier, minGroupSize, freeText } = input;
  const groups = surveyGroups(responses, pathOf, input.unitOrder);
  const decided = releaseSystem({
    records: responses.map((r) => ({ id: r.id, rated: new Set(Object.keys(r.answers)) })),
    sections: shape.sections.map((s) => ({ id: s.id, criteria: s.criteria.map((c) => c.id) })),
    groups,
    earlier,
    minGroupSize,
  });
  if (!decided.ok) return decided;
  const cellAt = new Map(decided.cells.map((c) => [`${c.item}\u001f${c.group}`, c]));
  const released: ReleasedFigure[] = [];
  const cellsFor = (item: string, criteria: readonly string[]): SurveyCell[] =>
    groups.map((g) => {
      const cell = cellAt.get(`${item}\u001f${g.key}`) as GateCell;
      if (!cell.released) {
        if (cell.reason === 'small-group' && cell.people > 0) released.push({ item, group: g.key, members: g.members, shown: false });
        return { unitId: g.unitId, suppressed: true, reason: cell.reason ?? 'protects-another' };
      }
      let sum = 0;
      let count = 0;
      const inGroup = new Set(g.members);
      for (const r of responses) {
        if (!inGroup.has(r.id)) continue;
        for (const c of criteria) {
          const value = r.answers[c];
          if (value === undefined) continue;
          sum += value;
          count += 1;
        }
      }
      released.push({ item, group: g.key, members: g.members, shown: true });
      return { unitId: g.unitId, suppressed: false, mean: round2(sum / count), ratings: count };
    });

  const sections: SurveyResults['sections'] = [];
  for (const section of shape.sections) {
    const cells = cellsFor(
      sectionItem(section.id),
      section.criteria.map((c) => c.id),
    );
    const criteria = section.criteria.map((c) => ({ id: c.id, cells: cellsFor(criterionItem(c.id), [c.id]) }));
    const items = responses.flatMap((r) => (r.comments[section.id]?.trim() ? [{ personId: r.id, group: 'all', text: r.comments[section.id]! }] : []));
    const text = await freeText(surveyDataset(cycleId, 'comments', section.id), items);
    const comments: SurveyComments = text.status === 'released' ? { status: 'released', texts: text.texts } : { status: 'withheld', reason: 'small-group' };
    sections.push({ id: section.id, cells, criteria, comments });
  }
  return { ok: true, results: { sections, heatMap: heatMapOf(sections) }, released };
}

/** Columns: every group any section has figures or hidden cells for, in tree order. */
function heatMapOf(sections: SurveyResults['sections']): SurveyResults['heatMap'] {
  const units: Array<string | null> = [];
  for (const s of sections) for (const c of s.cells) if (!units.includes(c.unitId)) units.push(c.unitId);
  return { units, rows: sections.map((s) => ({ sectionId: s.id, cells: s.cells })) };
}
