/**
 * The privacy gate: the one path from people's personal or professional values to anyone else
 * in aggregate form. Everything here is pure; the server keeps the release log
 * (release-log-store.ts) and calls `checkDifferencing` against it.
 *
 * - `resolveThresholds` / `minGroupSizeProblem`: the minimum group size (default 5, an
 *   organisation may set another, never below 3) and the free-text minimum (10).
 * - `releaseTree`: aggregates over the unit tree with primary and complementary suppression.
 * - `releaseFreeText`: free-text answers per group, shuffled, without authors or dates.
 * - `checkDifferencing`: refuses a group that differs from an earlier one by too few people.
 * - `releaseSystem` (release-system.ts): the cycle-wide gate — every figure of every release of
 *   a data family (a survey cycle), criterion and section alike, solved as one linear system
 *   over atoms with an exact rank test; the store side is `lockReleaseLog`, `earlierFigures`
 *   and `recordFigures` in release-log-store.ts.
 * - `releaseCrossOrg` (cross-org-release.ts): the regional hub's gate over organisations'
 *   released aggregates — per (timepoint, measure, cell), every figure the hub ever released
 *   solved exactly against each organisation as attacker and the public (decision 008).
 */
export { buildCellTree, type CellNode, type Observation } from './cell-tree.js';
export { type DifferencingVerdict, type EarlierRelease, checkDifferencing } from './differencing.js';
export { type FreeTextItem, type FreeTextRelease, releaseFreeText } from './release-free-text.js';
export { type ReleasedCell, type Statistic, releaseTree } from './release-tree.js';
export {
  DEFAULT_MIN_FREE_TEXT_GROUP_SIZE,
  DEFAULT_MIN_GROUP_SIZE,
  LOWEST_MIN_GROUP_SIZE,
  minGroupSizeProblem,
  resolveThresholds,
  type Thresholds,
} from './thresholds.js';
export { criterionItem, type EarlierFigure, type GateCell, releaseSystem, sectionItem } from './release-system.js';
export {
  type CrossOrgEarlierFigure,
  type CrossOrgFigureRequest,
  type CrossOrgHiddenReason,
  type CrossOrgThresholds,
  type CrossOrgVerdict,
  contributingOrgIds,
  LOWEST_MIN_ORGANISATIONS,
  type OrgContribution,
  releaseCrossOrg,
} from './cross-org-release.js';
