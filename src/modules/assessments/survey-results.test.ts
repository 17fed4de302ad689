import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FreeTextItem, releaseFreeText } from '../../platform/privacy/index.js';
import { derivableHiddenGroups } from '../../platform/privacy/linear-attacker.js';
import { pathBelow, type TSurveyShape } from './survey-model.js';
import { releaseSurveyResults, type StoredResponse } from './survey-results.js';
import { surveyResultsCsv } from './survey-csv.js';

const text = (en: string) => ({ en });
const shape: TSurveyShape = {
  ratings: { scale: { min: 1, max: 5 } },
  sections: [
    { id: 's1', title: text('Safety'), criteria: [{ id: 'c1', text: text('One') }, { id: 'c2', text: text('Two') }] },
    { id: 's2', title: text('Trust'), criteria: [{ id: 'c3', text: text('Three') }] },
  ],
};
const criterionIds = shape.sections.flatMap((s) => s.criteria.map((c) => c.id));

/** A random unit tree: unit i hangs under one of the units before it, or under the organisation. */
const arbUnits = fc.array(fc.nat(), { minLength: 1, maxLength: 9 }).map((picks) => {
  const parents = new Map<string, string | null>();
  for (const [i, pick] of picks.entries()) parents.set(`u${i}`, i === 0 || pick % (i + 1) === i ? null : `u${pick % i}`);
  return parents;
});

/** Responses: a unit (or none), each criterion answered or skipped, sometimes a comment. */
const arbResponses = (unitCount: number) =>
  fc.array(
    fc.record({
      unit: fc.option(fc.nat({ max: unitCount - 1 }), { freq: 8 }),
      answers: fc.tuple(...criterionIds.map(() => fc.option(fc.integer({ min: 1, max: 5 }), { freq: 5 }))),
      comment: fc.option(fc.constantFrom('More time to debrief', 'Rotas are fair', 'Supervision helps'), { freq: 2 }),
    }),
    { maxLength: 60 },
  );

function toStored(raw: Array<{ unit: number | null; answers: Array<number | null>; comment: string | null }>): StoredResponse[] {
  return raw.map((r, i) => ({
    id: `r${i}`,
    unitId: r.unit === null ? null : `u${r.unit}`,
    answers: Object.fromEntries(criterionIds.flatMap((id, j) => (r.answers[j] === null ? [] : [[id, r.answers[j]!]]))),
    comments: r.comment ? { s1: r.comment } : ({} as Record<string, string>),
  }));
}

async function releasePure(responses: StoredResponse[], pathOf: (u: string | null) => string[], min: number, minText = 10) {
  const release = await releaseSurveyResults({
    cycleId: 'cycle',
    shape,
    responses,
    pathOf,
    earlier: [],
    minGroupSize: min,
    freeText: (_dataset, items: readonly FreeTextItem[]) => releaseFreeText(items, minText)[0] ?? { group: 'all', status: 'released', texts: [] },
  });
  if (!release.ok) throw new Error(release.problem);
  return release.results;
}

describe('survey results over random unit trees and answers', () => {
  it('show no figure for fewer than the minimum, hidden figures carry nothing, the heat map is the section figures', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbUnits.chain((parents) => fc.tuple(fc.constant(parents), arbResponses(parents.size), fc.constantFrom(3, 5))),
        async ([parents, raw, min]) => {
          const responses = toStored(raw);
          const pathOf = (unitId: string | null) => pathBelow(null, unitId, parents);
          const results = await releasePure(responses, pathOf, min);
          for (const section of results.sections) {
            for (const cells of [section.cells, ...section.criteria.map((c) => c.cells)]) {
              for (const cell of cells) {
                if (cell.suppressed) expect(Object.keys(cell).sort()).toEqual(['reason', 'suppressed', 'unitId']);
                else expect(cell.ratings).toBeGreaterThanOrEqual(min);
              }
            }
          }
          expect(results.heatMap.rows.map((r) => r.cells)).toEqual(results.sections.map((s) => s.cells));
        },
      ),
      { numRuns: 200, seed: 9 },
    );
  });

  it('the attacker is not toothless: showing every group of enough people gives a small team away', () => {
    const parents = new Map<string, string | null>([
      ['svc', null],
      ['a', 'svc'],
      ['b', 'svc'],
    ]);
    const responses: StoredResponse[] = [
      ...Array.from({ length: 6 }, (_, i) => ({ id: `a${i}`, unitId: 'a', answers: { c3: 4 }, comments: {} })),
      ...Array.from({ length: 3 }, (_, i) => ({ id: `b${i}`, unitId: 'b', answers: { c3: 1 }, comments: {} })),
    ];
    const pathOf = (unitId: string | null) => pathBelow(null, unitId, parents);
    const observations = responses.map((r) => ({ personId: r.id, groupPath: pathOf(r.unitId), value: r.answers.c3! }));
    // naive: everything with 5 or more people shown (svc 9, a 6) — then svc − a is b's 3 people
    expect(derivableHiddenGroups(observations, [[], ['svc'], ['svc', 'a']], 5).map((g) => g.n)).toContain(3);
  });

  it('releases comments only from enough writers, shuffled, with nothing but the text', async () => {
    await fc.assert(
      fc.asyncProperty(arbResponses(3), async (raw) => {
        const responses = toStored(raw);
        const results = await releasePure(responses, () => [], 3, 10);
        const written = responses.flatMap((r) => (r.comments.s1 ? [r.comments.s1] : []));
        const comments = results.sections[0]!.comments;
        if (written.length >= 10) {
          expect(comments.status).toBe('released');
          if (comments.status === 'released') expect([...comments.texts].sort()).toEqual([...written].sort());
        } else if (written.length > 0) expect(comments).toEqual({ status: 'withheld', reason: 'small-group' });
      }),
      { numRuns: 100 },
    );
  });

  it('writes the CSV from released cells only: hidden ones say "suppressed"', async () => {
    const parents = new Map<string, string | null>([
      ['a', null],
      ['b', null],
      ['c', null],
    ]);
    const at = (unit: string, n: number, value: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `${unit}${i}`, unitId: unit, answers: { c1: value, c2: value, c3: value }, comments: {} }));
    const responses = [...at('a', 7, 4), ...at('b', 4, 1), ...at('c', 6, 3)];
    const results = await releasePure(responses, (u) => pathBelow(null, u, parents), 5);
    const csv = surveyResultsCsv({ results, shape, locale: 'en', scopeName: 'Everyone', unitNames: new Map([['a', 'Alpha'], ['b', 'Beta'], ['c', '=Gamma']]) });
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('section,criterion,unit,mean,ratings');
    expect(lines).toContain('Safety,,Alpha,4,14');
    expect(lines).toContain('Safety,,Beta,suppressed,suppressed');
    // Gamma is hidden to protect Beta (the total minus Alpha would give Beta away), and its name is not a formula
    expect(lines).toContain("Safety,,'=Gamma,suppressed,suppressed");
    expect(lines).toContain('Safety,c1 One,Everyone,2.94,17');
    // Beta's mean (1) appears nowhere
    expect(lines.filter((l) => l.includes('Beta')).every((l) => l.endsWith('suppressed,suppressed'))).toBe(true);
  });

  it('finding 3: a section figure pools its ratings, so 2·section − c1 − c2 no longer reads a skipped answer', async () => {
    // six people in one team rate c1 and c2; the first skipped c2 and gave c1 a 1
    const responses: StoredResponse[] = [
      { id: 'skipper', unitId: 't', answers: { c1: 1 }, comments: {} },
      ...[2, 3, 4, 5, 2].map((v, i) => ({ id: `p${i}`, unitId: 't', answers: { c1: v, c2: 6 - v }, comments: {} })),
    ];
    const parents = new Map<string, string | null>([['t', null]]);
    const results = await releasePure(responses, (u) => pathBelow(null, u, parents), 5);
    const s1 = results.sections.find((s) => s.id === 's1')!;
    const at = (cells: typeof s1.cells) => cells.find((c) => c.unitId === 't')!;
    const [section, c1, c2] = [at(s1.cells), at(s1.criteria[0]!.cells), at(s1.criteria[1]!.cells)];
    if (section.suppressed || c1.suppressed || c2.suppressed) throw new Error('expected all three shown');
    // pooled: (c1's sum + c2's sum) / (6 + 5 ratings) = (17 + 14) / 11
    expect(section).toMatchObject({ ratings: 11, mean: Math.round((31 / 11) * 100) / 100 });
    expect(c1).toMatchObject({ ratings: 6, mean: Math.round((17 / 6) * 100) / 100 });
    // the old per-response figure, (1 + 5·3) / 6: with it, 2·6·old − 6·c1 − 5·c2 = the skipper's 1
    const oldSection = (1 + 5 * 3) / 6;
    expect(2 * 6 * oldSection - 17 - 14).toBeCloseTo(1);
    // with pooled figures the same arithmetic gives nothing: section·11 is exactly c1·6 + c2·5
    expect(Math.abs(section.mean * 11 - (c1.mean * 6 + c2.mean * 5))).toBeLessThan(0.1);
  });
});
