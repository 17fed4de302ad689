import { describe, expect, it } from 'vitest';
import { isSeedId, SEED_IDS, sourceProblem } from './seed-ids.js';

describe('SEED-MAP IDs', () => {
  it('expand counted families into numbered IDs and leave out parents the map never cites alone', () => {
    expect(SEED_IDS).toContain('H.audit.safety');
    expect(SEED_IDS).toContain('H.audit.safety.10');
    expect(SEED_IDS).not.toContain('H.audit.safety.11');
    expect(SEED_IDS).toContain('H.levels.informed.K5');
    expect(SEED_IDS).toContain('S.ind.2.5');
    expect(SEED_IDS).toContain('C.6');
    expect(SEED_IDS).not.toContain('S.ind');
    expect(SEED_IDS).not.toContain('C');
    expect(new Set(SEED_IDS).size).toBe(SEED_IDS.length);
  });

  it('have seven S.ind and seven S.org statements, and six C principles', () => {
    expect(SEED_IDS.filter((id) => /^S\.(ind|org)\.\d$/.test(id))).toHaveLength(14);
    expect(SEED_IDS.filter((id) => /^C\.\d$/.test(id))).toEqual(['C.1', 'C.2', 'C.3', 'C.4', 'C.5', 'C.6']);
  });

  it.each([
    ['H.levels.informed', null],
    ['ext:WHO guidance 2022', null],
    ['S.ind.2.9', '"S.ind.2.9" is not in SEED-MAP.md: S.ind.2 has S.ind.2.1 to S.ind.2.5'],
    ['H.levels.informed.K6', 'H.levels.informed has H.levels.informed.K1, H.levels.informed.K2'],
    ['ext:', 'an outside reference needs text after "ext:"'],
    ['h.levels', 'is not an ID in SEED-MAP.md'],
  ])('source %j', (source, problem) => {
    const found = sourceProblem(source);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
    expect(isSeedId(source)).toBe(problem === null && !source.startsWith('ext:'));
  });
});
