import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDifferencing, type EarlierRelease } from './differencing.js';
import { releaseFreeText } from './release-free-text.js';
import { minGroupSizeProblem, resolveThresholds } from './thresholds.js';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('thresholds', () => {
  it.each([
    [undefined, 5, 10],
    [3, 3, 10],
    [8, 8, 10],
    [12, 12, 12],
    [2, 5, 10],
  ])('an organisation setting of %s gives %i for scores and %i for free text', (setting, scores, text) => {
    expect(resolveThresholds({ minGroupSize: setting })).toEqual({ minGroupSize: scores, minFreeTextGroupSize: text });
  });

  it('refuses a minimum below 3 or not whole, naming why', () => {
    expect(minGroupSizeProblem(2)).toMatch(/at least 3/);
    expect(minGroupSizeProblem(4.5)).toMatch(/whole number/);
    expect(minGroupSizeProblem(3)).toBeNull();
  });
});

describe('free text', () => {
  const answers = (group: string, people: number) => ids(`${group}-`, people).map((personId, i) => ({ personId, group, text: `${group} note ${i}` }));

  it('withholds a group of 9 writers and releases a group of 10, shuffled and without authors', () => {
    const alwaysFirst = () => 0;
    const result = releaseFreeText([...answers('a', 9), ...answers('b', 10)], 10, alwaysFirst);
    expect(result[0]).toEqual({ group: 'a', status: 'withheld', reason: 'small-group' });
    const b = result[1]!;
    expect(b.status).toBe('released');
    if (b.status === 'released') {
      expect([...b.texts].sort()).toEqual(answers('b', 10).map((a) => a.text).sort());
      expect(b.texts).not.toEqual(answers('b', 10).map((a) => a.text));
      expect(JSON.stringify(b)).not.toContain('b-0"');
    }
  });

  it('counts writers, not answers', () => {
    const manyFromFew = Array.from({ length: 30 }, (_, i) => ({ personId: `p${i % 3}`, group: 'g', text: `n${i}` }));
    expect(releaseFreeText(manyFromFew, 10)[0]!.status).toBe('withheld');
  });
});

describe('differencing', () => {
  const team = ids('p', 20);
  const earlier: EarlierRelease[] = [{ key: 'team, all', members: team }];

  it('refuses the same group less one person', () => {
    expect(checkDifferencing(new Set(team.slice(1)), earlier, 5)).toEqual({ ok: false, conflictingKey: 'team, all', isolated: 1 });
  });
  it('refuses the group plus a couple of newcomers', () => {
    expect(checkDifferencing(new Set([...team, 'new1', 'new2']), earlier, 5).ok).toBe(false);
  });
  it('allows asking again for the same people, a disjoint group, or one differing by enough people', () => {
    expect(checkDifferencing(new Set(team), earlier, 5).ok).toBe(true);
    expect(checkDifferencing(new Set(ids('q', 8)), earlier, 5).ok).toBe(true);
    expect(checkDifferencing(new Set(team.slice(5)), earlier, 5).ok).toBe(true);
  });

  it('never accepts two groups whose difference isolates 1 to min−1 people', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 25 }), { minLength: 1, maxLength: 8 }), fc.constantFrom(3, 5), (queries, min) => {
        const accepted: EarlierRelease[] = [];
        for (const [i, q] of queries.entries()) {
          const members = new Set(q.map(String));
          if (checkDifferencing(members, accepted, min).ok) accepted.push({ key: `q${i}`, members: [...members] });
        }
        for (const a of accepted) {
          for (const b of accepted) {
            const A = new Set(a.members);
            const B = new Set(b.members);
            const overlap = [...A].some((x) => B.has(x));
            if (!overlap) continue;
            const aOnly = [...A].filter((x) => !B.has(x)).length;
            const bOnly = [...B].filter((x) => !A.has(x)).length;
            for (const d of [aOnly, bOnly]) expect(d === 0 || d >= min).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
