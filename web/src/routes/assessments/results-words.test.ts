import { describe, expect, it } from 'vitest';
import { fewestInPlace } from './results-words';

describe('fewestInPlace', () => {
  it('names the section with the smallest share of criteria in place', () => {
    const sections = [
      { name: 'Safety', green: 1, amber: 1, red: 0, unrated: 0 },
      { name: 'Governance', green: 0, amber: 0, red: 2, unrated: 0 },
      { name: 'Empty', green: 0, amber: 0, red: 0, unrated: 0 },
    ];
    expect(fewestInPlace(sections)).toEqual({ name: 'Governance', percent: 0 });
  });

  it('compares shares, not counts, and has nothing to name without criteria', () => {
    expect(fewestInPlace([{ name: 'Big', green: 3, amber: 0, red: 7, unrated: 0 }, { name: 'Small', green: 1, amber: 1, red: 0, unrated: 0 }])).toEqual({ name: 'Big', percent: 30 });
    expect(fewestInPlace([])).toBeUndefined();
  });
});
