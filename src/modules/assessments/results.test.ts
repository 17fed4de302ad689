import { describe, expect, it } from 'vitest';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { isOverdue, mayHaveAction } from './model.js';
import { changeOf, cycleResults, nextClosedCycle, previousClosedCycle } from './results.js';

const at = new Date('2026-01-10T10:00:00Z');

describe('team review results', () => {
  it('count confirmed ratings per section; proposals are not results yet', () => {
    const results = cycleResults(
      minimalAssessmentPack(),
      [
        { criterionId: 'safety.1', rating: 'green', confirmedAt: at },
        { criterionId: 'safety.2', rating: 'red', confirmedAt: at },
        { criterionId: 'safety.3', rating: 'amber', confirmedAt: null },
        { criterionId: 'trust.1', rating: 'amber', confirmedAt: at },
      ],
      new Map([['safety.1', 3]]),
      new Map([['safety.1', 'red'], ['trust.1', 'green']]),
    );
    expect(results.sections.map((s) => [s.id, s.counts])).toEqual([
      ['safety', { red: 1, amber: 0, green: 1, unrated: 1 }],
      ['trust', { red: 0, amber: 1, green: 0, unrated: 1 }],
    ]);
    expect(results.totals).toEqual({ red: 1, amber: 1, green: 1, unrated: 2 });
    expect(results.strengths).toEqual(['safety.1']);
    expect(results.gaps).toEqual(['safety.2', 'trust.1']);
    expect(results.sections[0]!.criteria[0]).toEqual({ id: 'safety.1', sectionId: 'safety', rating: 'green', evidenceCount: 3, previousRating: 'red', change: 'better' });
    expect(results.sections[1]!.criteria[0]!.change).toBe('worse');
  });

  it.each([
    ['red', 'amber', 'better'],
    ['green', 'green', 'same'],
    ['green', 'red', 'worse'],
    [null, 'red', null],
    ['amber', null, null],
  ] as const)('%s then %s is %s', (before, after, change) => {
    expect(changeOf(before, after)).toBe(change);
  });

  it('find the closed cycles around a cycle', () => {
    const cycles = [
      { id: 'a', status: 'closed' },
      { id: 'b', status: 'closed' },
      { id: 'c', status: 'open' },
      { id: 'd', status: 'closed' },
    ];
    expect(previousClosedCycle(cycles, 'c')?.id).toBe('b');
    expect(previousClosedCycle(cycles, 'a')).toBeUndefined();
    expect(nextClosedCycle(cycles, 'b')?.id).toBe('d');
    expect(nextClosedCycle(cycles, 'd')).toBeUndefined();
  });
});

describe('actions', () => {
  it.each([
    ['red', true],
    ['amber', true],
    ['green', false],
    [null, false],
  ] as const)('a criterion rated %s may have an action: %s', (rating, allowed) => {
    expect(mayHaveAction(rating)).toBe(allowed);
  });

  it.each([
    ['2026-03-01', 'in-progress', true],
    ['2026-03-01', 'not-started', true],
    ['2026-03-01', 'done', false],
    ['2026-03-01', 'dropped', false],
    ['2026-03-02', 'not-started', false],
    ['2026-03-03', 'in-progress', false],
  ] as const)('due %s and %s is overdue on 2026-03-02: %s', (dueOn, status, overdue) => {
    expect(isOverdue({ dueOn, status }, '2026-03-02')).toBe(overdue);
  });
});
