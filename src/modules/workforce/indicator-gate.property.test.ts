import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AttackFigure, attackCycle } from '../../platform/privacy/cycle-attacker.js';
import type { EarlierFigure } from '../../platform/privacy/release-system.js';
import { FIGURES_ITEM, type PopulationMember, populationGroups, releaseQuarter } from './indicator-gate.js';
import { emptySums } from './indicator-rules.js';

/**
 * A quarter's workforce figures against the exact attacker (platform/privacy/cycle-attacker.ts),
 * over random unit trees and random sequences of views of the same quarter: asked again, a person
 * moved to another unit, a unit re-parented, a start recorded late (one more person in the
 * population), someone out of the population (stopped contributing, dates corrected). After every view the attacker solves every figure shown for the quarter so far
 * together, one unknown per person, and must find no person's contribution and no hidden group
 * of fewer than the minimum. Fixed seed keeps CI stable.
 */

type Parents = Map<string, string | null>;

const arbParents = fc.array(fc.nat(), { minLength: 1, maxLength: 6 }).map((picks) => {
  const parents: Parents = new Map();
  for (const [i, pick] of picks.entries()) parents.set(`u${i}`, i === 0 || pick % (i + 1) === i ? null : `u${pick % i}`);
  return parents;
});

type Step =
  | { kind: 'again' }
  | { kind: 'move'; person: number; unit: number | null }
  | { kind: 'restructure'; unit: number; parent: number | null }
  | { kind: 'late-start' }
  | { kind: 'leave'; person: number };
const arbStep = (units: number): fc.Arbitrary<Step> =>
  fc.oneof(
    fc.constant({ kind: 'again' as const }),
    fc.tuple(fc.nat(), fc.option(fc.nat({ max: units - 1 }), { freq: 5 })).map(([person, unit]) => ({ kind: 'move' as const, person, unit })),
    fc.tuple(fc.nat({ max: units - 1 }), fc.option(fc.nat({ max: units - 1 }))).map(([unit, parent]) => ({ kind: 'restructure' as const, unit, parent })),
    fc.constant({ kind: 'late-start' as const }),
    fc.nat().map((person) => ({ kind: 'leave' as const, person })),
  );

function pathOf(unit: string | null, parents: Parents): string[] {
  const path: string[] = [];
  for (let at = unit, guard = parents.size + 1; at && guard > 0; guard--, at = parents.get(at) ?? null) path.unshift(at);
  return path;
}

function restructure(parents: Parents, unit: string, parent: string | null): Parents {
  if (parent !== null && pathOf(parent, parents).includes(unit)) return parents;
  return new Map(parents).set(unit, parent);
}

/** The values never change a decision (the gate decides on who is in each group), so any will do. */
const member = (personId: string, path: string[]): PopulationMember => ({ personId, path, contribution: { ...emptySums() } });

describe("a quarter's workforce figures against the exact attacker", () => {
  it('across random trees and sequences of views (moves, restructures, late starts), no person and no hidden small group is ever determined', () => {
    let viewsChecked = 0;
    fc.assert(
      fc.property(
        arbParents.chain((parents) =>
          fc.tuple(
            fc.constant(parents),
            fc.array(fc.option(fc.nat({ max: parents.size - 1 }), { freq: 6 }), { minLength: 1, maxLength: 24 }),
            fc.array(arbStep(parents.size), { maxLength: 4 }),
            fc.constantFrom(3, 5),
          ),
        ),
        ([initialParents, units, steps, min]) => {
          let parents = initialParents;
          const unitOf = new Map(units.map((u, i) => [`p${i}`, u === null ? null : `u${u}`]));
          let late = 0;
          const everyone = new Set<string>();
          const earlier: EarlierFigure[] = [];
          const releases: AttackFigure[][] = [];
          for (const step of [{ kind: 'again' } as Step, ...steps]) {
            if (step.kind === 'move') unitOf.set(`p${step.person % unitOf.size}`, step.unit === null ? null : `u${step.unit}`);
            if (step.kind === 'restructure') parents = restructure(parents, `u${step.unit}`, step.parent === null ? null : `u${step.parent}`);
            if (step.kind === 'late-start') unitOf.set(`late${late++}`, unitOf.values().next().value ?? null);
            // out of the population now (stopped contributing, dates corrected), still in earlier figures
            if (step.kind === 'leave' && unitOf.size > 1) unitOf.delete([...unitOf.keys()][step.person % unitOf.size]!);
            const members = [...unitOf].map(([id, unit]) => member(id, pathOf(unit, parents)));
            const release = releaseQuarter({ members, earlier, minGroupSize: min, months: 3 });
            if (!release.ok) continue; // refused: nothing shown
            const groups = new Map(populationGroups(members).map((g) => [g.key, g.members]));
            for (const g of release.groups) if (g.shown) expect(g.people).toBeGreaterThanOrEqual(min);
            releases.push(release.groups.map((g) => ({ item: FIGURES_ITEM, members: groups.get(g.key)!, released: g.shown })));
            earlier.push(...release.figures);
            for (const m of members) everyone.add(m.personId);
            // one unknown for everyone ever in a figure of the quarter, whether in its population now or not
            const records = [...everyone].map((id) => ({ id, answers: { figures: 1 } }));
            expect(attackCycle({ records, sections: [{ id: 'figures', criteria: ['figures'] }], releases, minGroupSize: min })).toEqual([]);
            viewsChecked++;
          }
        },
      ),
      { numRuns: 1000, seed: 20261206 },
    );
    expect(viewsChecked).toBeGreaterThan(1000);
  }, 120_000);
});
