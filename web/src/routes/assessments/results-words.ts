import { lowestOf, percentOf } from '../../components/charts/chart-geometry';

/** A section's confirmed ratings, counted. */
export interface SectionCounts {
  name: string;
  green: number;
  amber: number;
  red: number;
  unrated: number;
}

export const totalOf = (c: Omit<SectionCounts, 'name'>) => c.green + c.amber + c.red + c.unrated;

/**
 * The section with the smallest share of its criteria in place (the first of equals), for the
 * sentence above the ratings chart; undefined when no section has criteria. Pure.
 */
export function fewestInPlace(sections: readonly SectionCounts[]): { name: string; percent: number } | undefined {
  const counted = sections.filter((s) => totalOf(s) > 0).map((s) => ({ name: s.name, percent: percentOf(s.green, totalOf(s)) }));
  return lowestOf(counted, (s) => s.percent);
}
