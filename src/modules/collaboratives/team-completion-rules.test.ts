import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressTeams, type TeamCounts } from './team-completion-rules.js';

const team = (key: string | null, asked: number, answered: number): TeamCounts => ({ key, asked, answered });
const shown = (teams: TeamCounts[], min: number) => suppressTeams(teams, min).map((v) => (v.shown ? 'shown' : v.reason));

describe('suppressTeams', () => {
  it('shows every team at or over the minimum', () => {
    expect(shown([team('a', 8, 6), team('b', 9, 5)], 5)).toEqual(['shown', 'shown']);
  });

  it('hides a small team and the next smallest, so the total minus the shown teams gives neither', () => {
    expect(shown([team('a', 10, 8), team('b', 4, 2), team('c', 9, 6), team('d', 12, 9)], 5)).toEqual(['shown', 'under-minimum', 'protects-another', 'shown']);
  });

  it('hides more while the hidden teams together hold fewer answers than the minimum', () => {
    // 1 + 1 would be a derivable sum of two answers; 1 + 1 + 5 is not small
    expect(shown([team('a', 3, 1), team('b', 2, 1), team('c', 7, 5), team('d', 9, 8)], 5)).toEqual(['under-minimum', 'under-minimum', 'protects-another', 'shown']);
  });

  it('treats a team where nobody answered as a cell of its own (its zero must not be derivable)', () => {
    expect(shown([team('a', 6, 0), team('b', 8, 6), team('c', 9, 7)], 5)).toEqual(['under-minimum', 'protects-another', 'shown']);
  });

  it('hides everything when nothing else can protect a small team', () => {
    expect(shown([team('a', 4, 3), team(null, 7, 6)], 5)).toEqual(['under-minimum', 'protects-another']);
    expect(shown([team('a', 4, 3)], 5)).toEqual(['under-minimum']);
    expect(shown([], 5)).toEqual([]);
  });

  it('property: every small team is hidden, and no hidden team (nor a small sum) follows from the total and the shown teams', () => {
    const teams = fc.array(
      fc.tuple(fc.nat(20), fc.nat(20)).map(([a, b]) => ({ asked: Math.max(a, b), answered: Math.min(a, b) })),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(teams, fc.integer({ min: 3, max: 10 }), (raw, min) => {
        const input = raw.map((t, i) => team(`u${i}`, t.asked, t.answered));
        const verdicts = suppressTeams(input, min);
        const hidden = input.filter((_, i) => !verdicts[i]!.shown);
        for (const [i, t] of input.entries()) if (t.answered < min) expect(verdicts[i]!.shown).toBe(false);
        if (hidden.length === 0) return;
        // the one equation anyone has: total = shown + hidden, so the hidden teams are known only as one sum
        if (hidden.length === input.length) return; // that sum is the organisation's own total, gated on its own
        expect(hidden.length).toBeGreaterThanOrEqual(2);
        expect(hidden.reduce((s, t) => s + t.answered, 0)).toBeGreaterThanOrEqual(min);
      }),
      { numRuns: 500 },
    );
  });
});
