import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AttackFigure, type AttackRecord, attackCycle } from './cycle-attacker.js';
import { type EarlierFigure, type GateGroup, releaseSystem } from './release-system.js';

/**
 * The cycle-wide gate against the exact attacker, over random unit trees, random respondents
 * with random skips, and random sequences of releases of one cycle: asked again, more answers
 * after a reopen, and a restructure (the unit tree re-parented — a frozen cycle never sees one,
 * but the gate must hold even if it did). After every release the attacker solves ALL releases
 * so far together, criterion and section figures alike, one unknown per response and criterion.
 * Fixed seeds keep CI stable.
 */

const sections = [
  { id: 's1', criteria: ['c1', 'c2'] },
  { id: 's2', criteria: ['c3'] },
];
const criteria = sections.flatMap((s) => s.criteria);

type Parents = Map<string, string | null>;

const arbParents = fc.array(fc.nat(), { minLength: 1, maxLength: 6 }).map((picks) => {
  const parents: Parents = new Map();
  for (const [i, pick] of picks.entries()) parents.set(`u${i}`, i === 0 || pick % (i + 1) === i ? null : `u${pick % i}`);
  return parents;
});

const arbResponse = (units: number) =>
  fc.record({
    unit: fc.option(fc.nat({ max: units - 1 }), { freq: 6 }),
    ratings: fc.tuple(...criteria.map(() => fc.option(fc.integer({ min: 1, max: 5 }), { freq: 4 }))),
  });

type Step = { kind: 'again' } | { kind: 'more'; count: number } | { kind: 'restructure'; unit: number; parent: number | null };
const arbStep = (units: number): fc.Arbitrary<Step> =>
  fc.oneof(
    fc.constant({ kind: 'again' as const }),
    fc.integer({ min: 1, max: 4 }).map((count) => ({ kind: 'more' as const, count })),
    fc.tuple(fc.nat({ max: units - 1 }), fc.option(fc.nat({ max: units - 1 }))).map(([unit, parent]) => ({ kind: 'restructure' as const, unit, parent })),
  );

function pathOf(unit: string | null, parents: Parents): string[] {
  const path: string[] = [];
  for (let at = unit, guard = parents.size + 1; at && guard > 0; guard--, at = parents.get(at) ?? null) path.unshift(at);
  return path;
}

function groupsOf(records: ReadonlyArray<{ id: string; unit: string | null }>, parents: Parents): GateGroup[] {
  const members = new Map<string, string[]>();
  for (const r of records) {
    const path = pathOf(r.unit, parents);
    for (let i = 0; i <= path.length; i++) {
      const key = path.slice(0, i).join('/');
      members.set(key, [...(members.get(key) ?? []), r.id]);
    }
  }
  return [...members].map(([key, m]) => ({ key, members: m }));
}

/** Re-parents a unit unless that would make a cycle. */
function restructure(parents: Parents, unit: string, parent: string | null): Parents {
  if (parent !== null && pathOf(parent, parents).includes(unit)) return parents;
  return new Map(parents).set(unit, parent);
}

describe('the cycle-wide gate against the exact attacker', () => {
  it('across random trees, skips and sequences of releases, no response rating and no hidden small group is ever determined', () => {
    let releasesChecked = 0;
    fc.assert(
      fc.property(
        arbParents.chain((parents) =>
          fc.tuple(
            fc.constant(parents),
            fc.array(arbResponse(parents.size), { maxLength: 22 }),
            fc.array(arbResponse(parents.size), { maxLength: 8 }),
            fc.array(arbStep(parents.size), { maxLength: 3 }),
            fc.constantFrom(3, 5),
          ),
        ),
        ([initialParents, first, late, steps, min]) => {
          let parents = initialParents;
          const toRecord = (r: (typeof first)[number], i: number) => ({
            id: `r${i}`,
            unit: r.unit === null ? null : `u${r.unit}`,
            answers: Object.fromEntries(criteria.flatMap((c, j) => (r.ratings[j] === null ? [] : [[c, r.ratings[j]!]]))) as Record<string, number>,
          });
          const all = [...first, ...late].map(toRecord);
          let answered = first.length;
          const earlier: EarlierFigure[] = [];
          const releases: AttackFigure[][] = [];
          for (const step of [{ kind: 'again' } as Step, ...steps]) {
            if (step.kind === 'more') answered = Math.min(all.length, answered + step.count);
            if (step.kind === 'restructure') parents = restructure(parents, `u${step.unit}`, step.parent === null ? null : `u${step.parent}`);
            const records = all.slice(0, answered);
            const groups = groupsOf(records, parents);
            const decided = releaseSystem({
              records: records.map((r) => ({ id: r.id, rated: new Set(Object.keys(r.answers)) })),
              sections,
              groups,
              earlier,
              minGroupSize: min,
            });
            if (!decided.ok) continue; // refused: nothing released
            const members = new Map(groups.map((g) => [g.key, g.members]));
            const figures = decided.cells.map((c) => ({ item: c.item, members: members.get(c.group)!, released: c.released }));
            for (const c of decided.cells) if (c.released) expect(c.people).toBeGreaterThanOrEqual(min);
            releases.push(figures);
            // the log keeps what was shown and which groups were hidden as too small
            for (const c of decided.cells) {
              if (c.released || c.reason === 'small-group') earlier.push({ item: c.item, members: members.get(c.group)!, shown: c.released });
            }
            const attack: AttackRecord[] = records.map((r) => ({ id: r.id, answers: r.answers }));
            expect(attackCycle({ records: attack, sections, releases, minGroupSize: min })).toEqual([]);
            releasesChecked++;
          }
        },
      ),
      { numRuns: 1000, seed: 20261204 },
    );
    expect(releasesChecked).toBeGreaterThan(1000);
  }, 120_000);
});
