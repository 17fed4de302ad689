import { describe, expect, it } from 'vitest';
import { builtInPackFiles, loadBuiltInPacks } from './built-in-packs.js';
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
});
