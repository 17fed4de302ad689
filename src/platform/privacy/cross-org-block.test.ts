import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attackCrossOrg } from './cross-org-attacker.js';
import { BlockAtoms, BlockSystem } from './cross-org-block.js';

const at = { timepoint: 't', measure: 'm', cell: 'c' };
const attack = (orgs: readonly string[], sets: string[][], minOrganisations: number) =>
  attackCrossOrg({ contributions: orgs.map((orgId) => ({ orgId, ...at, n: 5 })), released: sets.map((orgIds) => ({ ...at, orgIds })), minOrganisations });
const blockSees = (orgs: readonly string[], sets: string[][], minOrganisations: number) =>
  new BlockSystem(new BlockAtoms(orgs, sets), sets).disclosures({ minOrganisations });

describe('one block of the cross-organisation gate', () => {
  it('finds a pool of two organisations in different atoms that one organisation learns (4 required)', () => {
    const orgs = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    // c, knowing its own share: {c,d,f,g} − {d,e,f,g,h} = c − e − h, so e + h is known to c;
    // e and h lie in different atoms, so only a search over unions of atoms finds it
    const sets = [['a', 'b', 'f', 'h'], ['c', 'd', 'f', 'g'], ['d', 'e', 'f', 'g', 'h']];
    expect(attack(orgs, sets, 4)).toEqual([{ attacker: 'c', at: 't/m/c', pool: ['e', 'h'] }]);
    expect(blockSees(orgs, sets, 4)).toEqual([{ attacker: 'c', pool: ['e', 'h'] }]);
    // with 3 required, two others pooled is allowed
    expect(blockSees(orgs, sets, 3)).toEqual([]);
  });

  it('agrees with the independent attacker on whether random sets give anything away', () => {
    const letters = 'abcdefgh'.split('');
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 8 }),
        fc.array(fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(3, 4, 5),
        (k, picks, min) => {
          const orgs = letters.slice(0, k);
          const sets = picks.map((p) => orgs.filter((_, i) => p[i])).filter((s) => s.length >= min);
          expect(blockSees(orgs, sets, min).length > 0).toBe(attack(orgs, sets, min).length > 0);
        },
      ),
      { numRuns: 3000, seed: 20261207 },
    );
  }, 60_000);
});
