/**
 * How small a group may be before its figures stop being released. Counted in distinct
 * people, never in answers: ten answers from two people are still two people.
 */
export interface Thresholds {
  /** Scores, counts, ratings: default 5; an organisation may choose another, never below 3. */
  minGroupSize: number;
  /** Free text identifies by style and detail, so it needs a larger group: 10, or the org minimum if higher. */
  minFreeTextGroupSize: number;
}

export const DEFAULT_MIN_GROUP_SIZE = 5;
export const LOWEST_MIN_GROUP_SIZE = 3;
export const DEFAULT_MIN_FREE_TEXT_GROUP_SIZE = 10;

/**
 * Why a proposed minimum group size cannot be used, in words for the field `minGroupSize`,
 * or null when it can.
 */
export function minGroupSizeProblem(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'must be a whole number';
  if (value < LOWEST_MIN_GROUP_SIZE) return `must be at least ${LOWEST_MIN_GROUP_SIZE}: smaller groups could identify people`;
  return null;
}

/** The thresholds in force for an organisation; a setting below the floor is raised to it. */
export function resolveThresholds(orgSetting: { minGroupSize?: number | undefined } = {}): Thresholds {
  const chosen = orgSetting.minGroupSize;
  const minGroupSize = chosen === undefined || minGroupSizeProblem(chosen) ? Math.max(DEFAULT_MIN_GROUP_SIZE, chosen ?? 0) : chosen;
  return { minGroupSize, minFreeTextGroupSize: Math.max(DEFAULT_MIN_FREE_TEXT_GROUP_SIZE, minGroupSize) };
}
