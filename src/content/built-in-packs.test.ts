import { describe, expect, it } from 'vitest';
import { builtInPackFiles, loadBuiltInPacks } from './built-in-packs.js';
import { coverageOf } from './coverage.js';
import { formatProblem } from './validate-pack.js';

describe('the built-in content packs (src/content/packs)', () => {
  // Tend refuses to start with a broken built-in pack; this says so before anyone starts it.
  it('all validate (an empty folder passes: there is nothing to ship yet)', async () => {
    const files = await builtInPackFiles();
    const { packs, problems } = await loadBuiltInPacks();
    expect(problems.map(formatProblem)).toEqual([]);
    expect(packs).toHaveLength(files.length);
  });

  it('each have their own id: two files with one id would fight over its versions', async () => {
    const { packs } = await loadBuiltInPacks();
    expect(new Set(packs.map((p) => p.id)).size).toBe(packs.length);
  });

  it('together carry the practice framework: every level, the roles, placement, needs assessment, self-assessment and training', async () => {
    const { packs } = await loadBuiltInPacks();
    const carried = new Set(coverageOf(packs).seedIds.filter((s) => s.carriedBy.length > 0).map((s) => s.id));
    const expected = ['H.levels', 'H.levels.informed', 'H.levels.skilled', 'H.levels.enhanced', 'H.levels.specialist', 'H.roles', 'H.placement', 'H.tna', 'H.self', 'H.training'];
    expect(expected.filter((id) => !carried.has(id))).toEqual([]);
  });

  it('together carry the organisational assessments: all 46 audit criteria, the seven STS organisational areas and the six clinician principles', async () => {
    const { packs } = await loadBuiltInPacks();
    const carried = new Set(coverageOf(packs).seedIds.filter((s) => s.carriedBy.length > 0).map((s) => s.id));
    const parts = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}.${i + 1}`);
    const criteria = [...parts('H.audit.safety', 10), ...parts('H.audit.trust', 7), ...parts('H.audit.choice', 12), ...parts('H.audit.collab', 7), ...parts('H.audit.empower', 10)];
    expect(criteria).toHaveLength(46);
    const expected = ['H.audit', 'H.audit.safety', 'H.audit.trust', 'H.audit.choice', 'H.audit.collab', 'H.audit.empower', ...criteria, ...parts('S.org', 7), ...parts('C', 6)];
    expect(expected.filter((id) => !carried.has(id))).toEqual([]);
    // the criteria sit in assessment packs, where a team review can rate them
    const assessed = new Set(
      packs.flatMap((p) => (p.kind === 'assessment' ? p.body.sections.flatMap((s) => [...s.source, ...s.criteria.flatMap((c) => c.source)]) : [])),
    );
    expect([...criteria, ...parts('S.org', 7), ...parts('C', 6)].filter((id) => !assessed.has(id))).toEqual([]);
  });
  it('together carry the support around the work (issue 12): processing with peers, protected time, peer roles and STS-informed supervision', async () => {
    const { packs } = await loadBuiltInPacks();
    const coverage = coverageOf(packs);
    const carriers = new Map(coverage.seedIds.map((s) => [s.id, s.carriedBy]));
    const expected = ['S.ind.2.2', 'S.ind.2.5', 'S.ind.5', 'S.org.3', 'S.org.5', 'W.peers', 'W.supervision'];
    expect(expected.filter((id) => (carriers.get(id) ?? []).length === 0)).toEqual([]);
    // the supervisors' self-rating rates each of the five supervision abilities, one scale apiece
    const selfRating = packs.find((p) => p.id === 'tend.supervision-self-rating');
    expect(selfRating?.kind).toBe('instrument');
    if (selfRating?.kind !== 'instrument') return;
    expect(selfRating.body.scales.map((s) => s.source)).toEqual([1, 2, 3, 4, 5].map((n) => [`S.org.5.${n}`]));
    expect(carriers.get('W.supervision')).toContain('tend.supervision-self-rating@1.0.0');
  });
  it('together carry the regional agenda (issue 13): every K.* and the hub\'s W.* ids, in a standard a hub can publish', async () => {
    const { packs } = await loadBuiltInPacks();
    const coverage = coverageOf(packs);
    const carriers = new Map(coverage.seedIds.map((s) => [s.id, s.carriedBy]));
    const community = coverage.seedIds.map((s) => s.id).filter((id) => id.startsWith('K.'));
    expect(community).toHaveLength(8);
    const expected = [...community, 'W.data', 'W.collab', 'W.standards', 'W.incentives'];
    expect(expected.filter((id) => !(carriers.get(id) ?? []).includes('tend.learning-together@1.0.0'))).toEqual([]);
    // each area's statements cite what they rate, so a hub's benchmark per section names its sources
    const standard = packs.find((p) => p.id === 'tend.learning-together');
    expect(standard?.kind).toBe('assessment');
    if (standard?.kind !== 'assessment') return;
    for (const section of standard.body.sections) for (const criterion of section.criteria) expect(criterion.source.length).toBeGreaterThan(0);
  });
});
