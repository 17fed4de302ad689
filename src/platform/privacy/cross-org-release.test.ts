import { describe, expect, it } from 'vitest';
import { attackCrossOrg } from './cross-org-attacker.js';
import { BlockAtoms, BlockSystem } from './cross-org-block.js';
import {
  type CrossOrgEarlierFigure,
  type CrossOrgFigureRequest,
  type CrossOrgVerdict,
  contributingOrgIds,
  type OrgContribution,
  releaseCrossOrg,
} from './cross-org-release.js';

const at = { timepoint: 'baseline', measure: 'sts', cell: 'all' };
/** Each organisation's contribution at `at`: n people, and a sum that differs by organisation. */
const give = (sizes: Record<string, number>, where = at): OrgContribution[] =>
  Object.entries(sizes).map(([orgId, n], i) => ({ orgId, ...where, n, sum: n * (2 + i) }));
const ask = (id: string, orgIds: string[], where = at): CrossOrgFigureRequest => ({ id, ...where, orgIds });
const thresholds = { minGroupSize: 5, minOrganisations: 3 };
const hiddenWhy = (verdicts: CrossOrgVerdict[]) => Object.fromEntries(verdicts.map((v) => [v.id, v.shown ? 'shown' : v.reason]));

describe('the primary rules', () => {
  it('pools the asked organisations that contribute there, and counts only those', () => {
    const contributions = [...give({ a: 5, b: 6, c: 7 }), ...give({ d: 9 }, { ...at, timepoint: 'endline' })];
    const [v] = releaseCrossOrg({ thresholds, contributions, figures: [ask('hub', ['a', 'b', 'c', 'd', 'nobody'])], earlier: [] });
    // d gave nothing at baseline: it is not in the figure
    expect(v).toEqual({ id: 'hub', shown: true, n: 18, sum: 5 * 2 + 6 * 3 + 7 * 4, mean: (10 + 18 + 28) / 18, organisations: 3 });
  });

  it('hides a figure when any contributing organisation has fewer people than the hub minimum, even if its own minimum is lower', () => {
    // b's own minimum could be 3, and its 4 people pass there; the hub asks 5
    const contributions = give({ a: 8, b: 4, c: 9 });
    const verdicts = releaseCrossOrg({ thresholds, contributions, figures: [ask('hub', ['a', 'b', 'c'])], earlier: [] });
    expect(hiddenWhy(verdicts)).toEqual({ hub: 'too-few-people' });
  });

  it('checks the minimum against people, not values, where one person gives several (ratings)', () => {
    // b's 4 people gave 40 ratings: 40 values, still 4 people, under the hub's 5
    const contributions = give({ a: 80, b: 40, c: 90 }).map((c) => ({ ...c, people: c.n / 10 }));
    expect(hiddenWhy(releaseCrossOrg({ thresholds, contributions, figures: [ask('hub', ['a', 'b', 'c'])], earlier: [] }))).toEqual({ hub: 'too-few-people' });
    const enough = contributions.map((c) => (c.orgId === 'b' ? { ...c, people: 5 } : c));
    const [shown] = releaseCrossOrg({ thresholds, contributions: enough, figures: [ask('hub', ['a', 'b', 'c'])], earlier: [] });
    // the figure itself is of the values: n counts ratings, the mean is per rating
    expect(shown).toMatchObject({ shown: true, n: 210 });
  });

  it('hides a figure of fewer organisations than the minimum, and never lets the minimum below 3', () => {
    const contributions = give({ a: 8, b: 9, c: 7, d: 6 });
    const figures = [ask('two', ['a', 'b']), ask('three', ['a', 'b', 'c'])];
    expect(hiddenWhy(releaseCrossOrg({ thresholds: { minGroupSize: 5, minOrganisations: 4 }, contributions, figures, earlier: [] }))).toEqual({
      two: 'too-few-organisations',
      three: 'too-few-organisations',
    });
    // with 2 allowed, each of two organisations would read the other by subtracting itself
    expect(hiddenWhy(releaseCrossOrg({ thresholds: { minGroupSize: 5, minOrganisations: 2 }, contributions, figures, earlier: [] })).two).toBe(
      'too-few-organisations',
    );
  });

  it('does not count an organisation that reported nobody there', () => {
    const contributions = give({ a: 8, b: 9, c: 0 });
    expect(hiddenWhy(releaseCrossOrg({ thresholds, contributions, figures: [ask('hub', ['a', 'b', 'c'])], earlier: [] }))).toEqual({
      hub: 'too-few-organisations',
    });
    expect(contributingOrgIds(ask('hub', ['a', 'b', 'c']), contributions)).toEqual(['a', 'b']);
  });
});

describe('differences between figures', () => {
  it('4 organisations released, then one revokes: the 3-organisation figure of that timepoint would give it away', () => {
    const contributions = give({ a: 6, b: 7, c: 8, d: 9 });
    const earlier: CrossOrgEarlierFigure[] = [{ ...at, orgIds: ['a', 'b', 'c', 'd'] }];
    const verdicts = releaseCrossOrg({ thresholds, contributions, figures: [ask('hub', ['a', 'b', 'c'])], earlier });
    expect(hiddenWhy(verdicts)).toEqual({ hub: 'earlier-releases' });
    // the attacker confirms: shown, the public reads d
    const released = [...earlier, { ...at, orgIds: ['a', 'b', 'c'] }];
    expect(attackCrossOrg({ contributions, released, minOrganisations: 3 })).toContainEqual({ attacker: null, at: 'baseline/sts/all', pool: ['d'] });
    // the figure published before may be shown again: it adds nothing
    expect(hiddenWhy(releaseCrossOrg({ thresholds, contributions, figures: [ask('again', ['a', 'b', 'c', 'd'])], earlier }))).toEqual({ again: 'shown' });
  });

  it('after the revoke, a new timepoint pools the 3 who remain', () => {
    const endline = { ...at, timepoint: 'endline' };
    const contributions = [...give({ a: 6, b: 7, c: 8, d: 9 }), ...give({ a: 6, b: 7, c: 8 }, endline)];
    const earlier: CrossOrgEarlierFigure[] = [{ ...at, orgIds: ['a', 'b', 'c', 'd'] }];
    const verdicts = releaseCrossOrg({ thresholds, contributions, figures: [ask('endline', ['a', 'b', 'c'], endline)], earlier });
    expect(hiddenWhy(verdicts)).toEqual({ endline: 'shown' });
  });

  it('the hub and a collaborative one organisation apart: the smaller is hidden to protect the one between them', () => {
    const contributions = give({ a: 6, b: 7, c: 8, d: 9, e: 5 });
    const figures = [ask('hub', ['a', 'b', 'c', 'd', 'e']), ask('collaborative', ['a', 'b', 'c', 'd'])];
    expect(hiddenWhy(releaseCrossOrg({ thresholds, contributions, figures, earlier: [] }))).toEqual({ hub: 'shown', collaborative: 'protects-another' });
    // in either order
    expect(hiddenWhy(releaseCrossOrg({ thresholds, contributions, figures: [...figures].reverse(), earlier: [] }))).toEqual({
      hub: 'shown',
      collaborative: 'protects-another',
    });
  });

  it('the difference of two figures is a pool, protected from the public below the minimum of organisations', () => {
    const contributions = give({ a: 6, b: 7, c: 8, d: 9, e: 5, f: 6, g: 7 });
    // the hub minus the collaborative is e + f + g: three organisations pooled
    const figures = [ask('hub', ['a', 'b', 'c', 'd', 'e', 'f', 'g']), ask('collaborative', ['a', 'b', 'c', 'd'])];
    expect(hiddenWhy(releaseCrossOrg({ thresholds, contributions, figures, earlier: [] }))).toEqual({ hub: 'shown', collaborative: 'shown' });
    const four = { minGroupSize: 5, minOrganisations: 4 };
    expect(hiddenWhy(releaseCrossOrg({ thresholds: four, contributions, figures, earlier: [] }))).toEqual({ hub: 'shown', collaborative: 'protects-another' });
    // two apart is too few with 3 required
    const twoApart = [ask('hub', ['a', 'b', 'c', 'd', 'e', 'f']), ask('collaborative', ['a', 'b', 'c', 'd'])];
    expect(hiddenWhy(releaseCrossOrg({ thresholds, contributions, figures: twoApart, earlier: [] }))).toEqual({ hub: 'shown', collaborative: 'protects-another' });
    expect(attackCrossOrg({ contributions, released: twoApart.map((f) => ({ ...f })), minOrganisations: 3 })).toContainEqual({
      attacker: null,
      at: 'baseline/sts/all',
      pool: ['e', 'f'],
    });
  });

  it('an organisation may subtract itself from a figure of the minimum: 2 others stay pooled, not 1', () => {
    const contributions = give({ a: 6, b: 7, c: 8 });
    const verdicts = releaseCrossOrg({ thresholds, contributions, figures: [ask('three', ['a', 'b', 'c'])], earlier: [] });
    expect(hiddenWhy(verdicts)).toEqual({ three: 'shown' });
    // a learns b + c, which is allowed; nobody learns one organisation
    expect(attackCrossOrg({ contributions, released: [{ ...at, orgIds: ['a', 'b', 'c'] }], minOrganisations: 3 })).toEqual([]);
    // with 4 required, a figure of 4 leaves each organisation 3 others pooled
    const four = give({ a: 6, b: 7, c: 8, d: 9 });
    expect(hiddenWhy(releaseCrossOrg({ thresholds: { minGroupSize: 5, minOrganisations: 4 }, contributions: four, figures: [ask('four', ['a', 'b', 'c', 'd'])], earlier: [] }))).toEqual({ four: 'shown' });
  });

  it('with 4 required, an organisation may not learn two others together, even when nobody learns one', () => {
    const contributions = give({ a: 6, b: 7, c: 8, d: 9, e: 5, x: 6 });
    // F1 − F2 = b + c − x: x, knowing its own, learns b and c pooled; the public learns nothing
    const figures = [ask('F1', ['a', 'b', 'c', 'd', 'e']), ask('F2', ['a', 'd', 'e', 'x'])];
    const released = figures.map((f) => ({ ...f }));
    expect(attackCrossOrg({ contributions, released, minOrganisations: 4 })).toEqual([{ attacker: 'x', at: 'baseline/sts/all', pool: ['b', 'c'] }]);
    const verdicts = releaseCrossOrg({ thresholds: { minGroupSize: 5, minOrganisations: 4 }, contributions, figures, earlier: [] });
    // the smaller (F2, 26 people) goes
    expect(hiddenWhy(verdicts)).toEqual({ F1: 'shown', F2: 'protects-another' });
    // with 3 required, a pool of 2 others is what an organisation may learn
    expect(hiddenWhy(releaseCrossOrg({ thresholds, contributions, figures, earlier: [] }))).toEqual({ F1: 'shown', F2: 'shown' });
  });

  it('overlapping collaboratives: every combination is checked against the independent attacker', () => {
    // overlapping sets combine in ways that are hard to see by hand: on every subset of these
    // figures, what the gate shows must give the attacker nothing, and the block test must see a
    // disclosure in showing them all exactly when the attacker finds one
    const contributions = give({ a: 6, b: 7, c: 8, d: 9, e: 5, f: 6, g: 7 });
    const sets = [['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'e'], ['d', 'e', 'f'], ['e', 'f', 'g'], ['a', 'b', 'c', 'd', 'e', 'f', 'g'], ['d', 'f', 'g']];
    for (let mask = 1; mask < 1 << sets.length; mask++) {
      const chosen = sets.filter((_, i) => mask & (1 << i));
      const figures = chosen.map((orgIds, i) => ask(`f${i}`, orgIds));
      const verdicts = releaseCrossOrg({ thresholds, contributions, figures, earlier: [] });
      const released = verdicts.flatMap((v, i) => (v.shown ? [{ ...at, orgIds: chosen[i]! }] : []));
      expect(attackCrossOrg({ contributions, released, minOrganisations: 3 })).toEqual([]);
      // and the block test agrees with the attacker on what showing everything would give away
      const naive = attackCrossOrg({ contributions, released: chosen.map((orgIds) => ({ ...at, orgIds })), minOrganisations: 3 });
      expect(new BlockSystem(new BlockAtoms(contributions.map((c) => c.orgId), chosen), chosen).disclosures({ minOrganisations: 3 }).length > 0).toBe(naive.length > 0);
    }
  });
});

describe('what the gate cannot undo', () => {
  it('earlier releases that already gave an organisation away do not stop the page: new figures that add nothing are shown', () => {
    // an older rule released both; d was given away then
    const contributions = give({ a: 6, b: 7, c: 8, d: 9, e: 5 });
    const earlier: CrossOrgEarlierFigure[] = [
      { ...at, orgIds: ['a', 'b', 'c', 'd'] },
      { ...at, orgIds: ['a', 'b', 'c'] },
    ];
    const same = ask('same', ['a', 'b', 'c', 'd']);
    expect(hiddenWhy(releaseCrossOrg({ thresholds, contributions, figures: [same], earlier }))).toEqual({ same: 'shown' });
    // and one that would add e to what they gave away is still hidden
    const withE = ask('with-e', ['a', 'b', 'c', 'd', 'e']);
    expect(hiddenWhy(releaseCrossOrg({ thresholds, contributions, figures: [withE], earlier }))).toEqual({ 'with-e': 'earlier-releases' });
    // shown together, the two current figures give e away without the earlier ones
    expect(hiddenWhy(releaseCrossOrg({ thresholds, contributions, figures: [same, withE], earlier }))).toEqual({ same: 'shown', 'with-e': 'protects-another' });
  });
});

describe('blocks', () => {
  it('answers one verdict per request, in order, and treats each timepoint, measure and cell apart', () => {
    const where = (cell: string) => ({ ...at, cell });
    const contributions = [...give({ a: 6, b: 7, c: 8, d: 9 }, where('x')), ...give({ a: 6, b: 7, c: 8, d: 9 }, where('y'))];
    const figures = [ask('x4', ['a', 'b', 'c', 'd'], where('x')), ask('y3', ['a', 'b', 'c'], where('y')), ask('y4', ['a', 'b', 'c', 'd'], where('y')), ask('x3', ['b', 'c', 'd'], where('x'))];
    const verdicts = releaseCrossOrg({ thresholds, contributions, figures, earlier: [] });
    expect(verdicts.map((v) => v.id)).toEqual(['x4', 'y3', 'y4', 'x3']);
    // in each cell the two figures are one organisation apart: the smaller of each is hidden
    expect(hiddenWhy(verdicts)).toEqual({ x4: 'shown', y3: 'protects-another', y4: 'shown', x3: 'protects-another' });
  });
});
