import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attackCrossOrg, type Q, Rref, subsets } from './cross-org-attacker.js';
import { type CrossOrgEarlierFigure, type CrossOrgFigureRequest, type OrgContribution, releaseCrossOrg } from './cross-org-release.js';

/**
 * Check-in band counts are a new shape for the cross-organisation gate: an organisation sends,
 * per band of a scale, n = its contributors and sum = how many fell in the band, so across a
 * scale's bands its n is the same and its sums add up to n. The gate decides each band's block
 * on its own; this is safe only if it decides them alike — a band hidden beside its shown
 * siblings would be n minus theirs. Checked here over random hubs and release sequences (orgs
 * joining and revoking, a later timepoint opening), against an exact attacker that also knows
 * how the bands add up: unknowns for each organisation's count in each band AND its n, the
 * released pools of both, and each organisation's "bands add up to n"; as the public and as
 * each organisation (knowing its own), it solves everything released so far for any pool
 * smaller than allowed. Fixed seed keeps CI stable.
 */

const timepoints = ['baseline', 'endline'];
const bands = ['low', 'moderate', 'high', 'none'];
const measureOf = (band: string) => `bands:tend.sts-self-check:total:${band}`;
const ONE: Q = [1n, 1n];
const MINUS_ONE: Q = [-1n, 1n];

type Step = { kind: 'join' | 'revoke'; org: number } | { kind: 'next-timepoint' } | { kind: 'again' };

// each organisation's contributors at a timepoint, each as the band they fell in: mostly enough, sometimes too few or none
const arbPeople = fc.oneof({ weight: 5, arbitrary: fc.array(fc.nat({ max: bands.length - 1 }), { minLength: 5, maxLength: 12 }) }, fc.array(fc.nat({ max: bands.length - 1 }), { maxLength: 4 }));

const arbHub = fc.integer({ min: 3, max: 6 }).chain((orgs) =>
  fc.record({
    orgs: fc.constant(orgs),
    people: fc.array(fc.array(arbPeople, { minLength: timepoints.length, maxLength: timepoints.length }), { minLength: orgs, maxLength: orgs }),
    members: fc.array(fc.boolean(), { minLength: orgs, maxLength: orgs }),
    collaboratives: fc.array(fc.array(fc.boolean(), { minLength: orgs, maxLength: orgs }), { maxLength: 2 }),
    steps: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constantFrom('join' as const, 'revoke' as const), org: fc.nat({ max: orgs - 1 }) }),
        fc.constant({ kind: 'next-timepoint' as const }),
        fc.constant({ kind: 'again' as const }),
      ),
      { maxLength: 3 },
    ),
    minGroupSize: fc.constantFrom(3, 5),
    minOrganisations: fc.constantFrom(3, 4),
  }),
);

/** What the band-aware attacker can work out: pools of other organisations, smaller than allowed, of one band's count or of n. */
function attackBands(contributions: readonly OrgContribution[], released: ReadonlyArray<{ timepoint: string; band: string; orgIds: readonly string[] }>, minOrganisations: number) {
  const x = (o: string, t: string, b: string) => `x#${o}#${t}#${b}`;
  const n = (o: string, t: string) => `n#${o}#${t}`;
  const present = new Map<string, Set<string>>();
  for (const c of contributions) if (c.n > 0) present.set(c.timepoint, (present.get(c.timepoint) ?? new Set()).add(c.orgId));
  const known: Array<Map<string, Q>> = [];
  for (const f of released) {
    known.push(new Map(f.orgIds.map((o) => [x(o, f.timepoint, f.band), ONE] as [string, Q])));
    // a shown figure gives its pool's n too
    known.push(new Map(f.orgIds.map((o) => [n(o, f.timepoint), ONE] as [string, Q])));
  }
  // everybody knows an organisation's bands add up to its n
  for (const [t, there] of present) for (const o of there) known.push(new Map([[n(o, t), MINUS_ONE], ...bands.map((b) => [x(o, t, b), ONE] as [string, Q])]));
  const orgs = [...new Set(contributions.map((c) => c.orgId))].sort();
  const found: Array<{ attacker: string | null; target: string; pool: string[] }> = [];
  for (const attacker of [null, ...orgs]) {
    const space = new Rref();
    for (const row of known) space.add(row);
    if (attacker !== null) {
      for (const [t, there] of present) {
        if (!there.has(attacker)) continue;
        space.add(new Map([[n(attacker, t), ONE]]));
        for (const b of bands) space.add(new Map([[x(attacker, t, b), ONE]]));
      }
    }
    const largest = attacker === null ? minOrganisations - 1 : minOrganisations - 2;
    for (const [t, there] of present) {
      for (const pool of subsets([...there].filter((o) => o !== attacker).sort(), largest)) {
        if (space.holds(new Map(pool.map((o) => [n(o, t), ONE] as [string, Q])))) found.push({ attacker, target: `${t}/n`, pool });
        for (const b of bands) if (space.holds(new Map(pool.map((o) => [x(o, t, b), ONE] as [string, Q])))) found.push({ attacker, target: `${t}/${b}`, pool });
      }
    }
  }
  return found;
}

describe('the band-aware attacker', () => {
  it('sees what the band-by-band attacker cannot: a band hidden beside its shown siblings is n minus theirs', () => {
    const all: OrgContribution[] = ['a', 'b', 'c'].flatMap((orgId) => bands.map((band) => ({ orgId, timepoint: 'baseline', measure: measureOf(band), cell: 'all', n: 6, sum: band === 'low' ? 6 : 0 })));
    // every band of the three, and of a and b every band but 'none'
    const released = [...bands.map((band) => ({ timepoint: 'baseline', band, orgIds: ['a', 'b', 'c'] })), ...bands.slice(0, 3).map((band) => ({ timepoint: 'baseline', band, orgIds: ['a', 'b'] }))];
    const asEarlier = released.map((r) => ({ timepoint: r.timepoint, measure: measureOf(r.band), cell: 'all', orgIds: r.orgIds }));
    // band by band, 'none' pools all three only; but a and b's n is shown, so their 'none' is known, and c's with it
    expect(attackCrossOrg({ contributions: all, released: asEarlier.filter((r) => r.measure === measureOf('none')), minOrganisations: 3 })).toEqual([]);
    expect(attackBands(all, released, 3)).toContainEqual({ attacker: null, target: 'baseline/none', pool: ['c'] });
  });
});

describe('the cross-organisation gate on check-in band counts', () => {
  it('decides every band of a scale alike, and the attacker who knows the bands add up learns no organisation and no too-small pool', () => {
    let releasesChecked = 0;
    let figuresShown = 0;
    fc.assert(
      fc.property(arbHub, (hub) => {
        const orgIds = Array.from({ length: hub.orgs }, (_, i) => `org${i}`);
        const all: OrgContribution[] = orgIds.flatMap((orgId, o) =>
          timepoints.flatMap((timepoint, ti) => {
            const fell = hub.people[o]![ti]!;
            if (fell.length === 0) return [];
            return bands.map((band, bi) => ({ orgId, timepoint, measure: measureOf(band), cell: 'all', n: fell.length, sum: fell.filter((f) => f === bi).length, people: fell.length }));
          }),
        );
        const members = new Set(orgIds.filter((_, i) => hub.members[i]));
        let open = 1;
        const released: Array<{ timepoint: string; band: string; orgIds: string[] }> = [];
        const earlier: CrossOrgEarlierFigure[] = [];
        for (const step of [{ kind: 'again' } as Step, ...hub.steps]) {
          if (step.kind === 'join') members.add(orgIds[step.org]!);
          if (step.kind === 'revoke') members.delete(orgIds[step.org]!);
          if (step.kind === 'next-timepoint') open = Math.min(timepoints.length, open + 1);
          const groups = [[...members], ...hub.collaboratives.map((c) => orgIds.filter((o, i) => c[i] && members.has(o)))];
          const figures: CrossOrgFigureRequest[] = timepoints
            .slice(0, open)
            .flatMap((timepoint) => bands.flatMap((band) => groups.map((g, gi) => ({ id: `${gi}\u0000${timepoint}\u0000${measureOf(band)}`, timepoint, measure: measureOf(band), cell: 'all', orgIds: g }))));
          // a revoked organisation's earlier counts stay in the hub's hands
          const verdicts = releaseCrossOrg({ thresholds: { minGroupSize: hub.minGroupSize, minOrganisations: hub.minOrganisations }, contributions: all, figures, earlier: [...earlier] });
          const byId = new Map(verdicts.map((v) => [v.id, v]));
          for (const [gi] of groups.entries()) {
            for (const timepoint of timepoints.slice(0, open)) {
              // alike across the scale's bands: shown or not, and for the same reason, pooling the same organisations and people
              const alike = bands.map((band) => {
                const v = byId.get(`${gi}\u0000${timepoint}\u0000${measureOf(band)}`)!;
                return v.shown ? { shown: true, n: v.n, organisations: v.organisations } : { shown: false, reason: v.reason };
              });
              for (const v of alike) expect(v).toEqual(alike[0]);
            }
          }
          for (const f of figures) {
            const v = byId.get(f.id)!;
            if (!v.shown) continue;
            figuresShown++;
            const contributed = all.filter((c) => c.n > 0 && f.orgIds.includes(c.orgId) && c.timepoint === f.timepoint && c.measure === f.measure).map((c) => c.orgId).sort();
            released.push({ timepoint: f.timepoint, band: f.measure.split(':').at(-1)!, orgIds: contributed });
            earlier.push({ timepoint: f.timepoint, measure: f.measure, cell: 'all', orgIds: contributed });
          }
          expect(attackBands(all, released, hub.minOrganisations)).toEqual([]);
          // and the gate's own attacker, band by band, agrees
          expect(attackCrossOrg({ contributions: all, released: earlier, minOrganisations: hub.minOrganisations })).toEqual([]);
          releasesChecked++;
        }
      }),
      { numRuns: 1000, seed: 20261207 },
    );
    expect(releasesChecked).toBeGreaterThan(1000);
    // a gate that hid everything would pass: the runs must show band figures
    expect(figuresShown).toBeGreaterThan(1000);
  }, 180_000);
});
