import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_PACKS_FOLDER } from './built-in-packs.js';
import { validatePack } from './validate-pack.js';

const shipped = () => JSON.parse(readFileSync(join(BUILT_IN_PACKS_FOLDER, 'coping-strategies.json'), 'utf8'));
const problemsOf = (pack: unknown) => {
  const result = validatePack(pack, 'coping-strategies.json');
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.problem}`);
};

describe('packs of kind "coping"', () => {
  it('the shipped library validates, with a source on every strategy', () => {
    const pack = shipped();
    expect(problemsOf(pack)).toEqual([]);
    expect(pack.body.strategies.length).toBeGreaterThanOrEqual(10);
  });

  it('names a strategy id used twice, a part of the plan listed twice, and an unknown kind', () => {
    const pack = shipped();
    const [first, second, third] = pack.body.strategies;
    second.id = first.id;
    third.when = ['after', 'after'];
    third.kind = 'juggling';
    const problems = problemsOf(pack);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$\.body\.strategies\[1\]\.id: id "grounding\.five-senses" is already used at \$\.body\.strategies\[0\]\.id/),
        expect.stringMatching(/^\$\.body\.strategies\[2\]\.when: a part of the plan is listed twice/),
        expect.stringMatching(/^\$\.body\.strategies\[2\]\.kind: /),
      ]),
    );
  });

  it('refuses a library without strategies and a strategy without a part of the plan', () => {
    const empty = { ...shipped(), body: { strategies: [] } };
    expect(problemsOf(empty)).toEqual([expect.stringMatching(/^\$\.body\.strategies: .*at least one strategy/)]);
    const pack = shipped();
    pack.body.strategies[0].when = [];
    expect(problemsOf(pack)).toEqual([expect.stringMatching(/^\$\.body\.strategies\[0\]\.when: .*at least one part of the plan/)]);
  });
});
