/**
 * The four practice levels of the framework (H.levels). They rank responsibility to respond to
 * trauma, not seniority; everyone completes `informed` before their own level.
 * Pure: no I/O.
 */
export const LEVELS = ['informed', 'skilled', 'enhanced', 'specialist'] as const;
export type Level = (typeof LEVELS)[number];

export const levelRank = (level: Level) => LEVELS.indexOf(level);
export const isLevel = (value: unknown): value is Level => typeof value === 'string' && (LEVELS as readonly string[]).includes(value);

/** The higher of two levels; a missing level counts as below all. */
export function higherLevel(a: Level | null, b: Level | null): Level | null {
  if (a === null) return b;
  if (b === null) return a;
  return levelRank(a) >= levelRank(b) ? a : b;
}

/** The levels a person must complete to practise at `level`: every level up to and including it. */
export const levelsUpTo = (level: Level): Level[] => LEVELS.slice(0, levelRank(level) + 1);

/** Levels above `current` up to `required`: what training still has to cover (empty when met). */
export function levelsToClose(current: Level | null, required: Level): Level[] {
  const from = current === null ? 0 : levelRank(current) + 1;
  return LEVELS.slice(from, levelRank(required) + 1);
}
