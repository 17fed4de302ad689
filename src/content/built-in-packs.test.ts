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
});
