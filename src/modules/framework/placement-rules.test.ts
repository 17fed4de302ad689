import { describe, expect, it } from 'vitest';
import { higherLevel, levelsToClose, levelsUpTo } from './levels.js';
import { type PlacementAnswers, placementOutcome, requiredLevel, unitChainOf } from './placement-rules.js';

describe('placement decision', () => {
  const cases: Array<[PlacementAnswers, ReturnType<typeof placementOutcome>]> = [
    [{ serviceRemit: false, workerContact: false }, { kind: 'level', level: 'informed', reasons: ['no-contact-with-affected-people'] }],
    [{ serviceRemit: true, workerContact: false }, { kind: 'level', level: 'informed', reasons: ['no-contact-with-affected-people'] }],
    [{ serviceRemit: false, workerContact: true }, { kind: 'level', level: 'skilled', reasons: ['contact-without-service-remit'] }],
    [
      { serviceRemit: true, workerContact: true, specialistInterventions: false },
      { kind: 'level', level: 'enhanced', reasons: ['contact-within-trauma-remit'] },
    ],
    [
      { serviceRemit: true, workerContact: true, specialistInterventions: true },
      { kind: 'level', level: 'specialist', reasons: ['contact-within-trauma-remit', 'delivers-specialist-interventions'] },
    ],
    [{ serviceRemit: true, workerContact: null }, { kind: 'needs-answer', question: 'workerContact' }],
    [{ serviceRemit: null, workerContact: true }, { kind: 'needs-answer', question: 'serviceRemit' }],
    [{ serviceRemit: true, workerContact: true }, { kind: 'needs-answer', question: 'specialistInterventions' }],
  ];
  it.each(cases)('%o places as %o', (answers, expected) => {
    expect(placementOutcome(answers)).toEqual(expected);
  });
});

describe('required level', () => {
  const at = (level: 'informed' | 'skilled' | 'enhanced' | 'specialist') => ({ level, decidedAt: new Date('2026-01-01') });
  const parents = new Map<string, string | null>([
    ['team', 'service'],
    ['service', 'org-wide'],
    ['org-wide', null],
  ]);

  it("a person placed individually keeps their own level over their unit's", () => {
    expect(requiredLevel(at('specialist'), ['team'], new Map([['team', at('skilled')]]))).toEqual({ level: 'specialist', from: 'person' });
  });

  it('otherwise inherits from the nearest placed unit going up', () => {
    const chain = unitChainOf('team', parents);
    expect(chain).toEqual(['team', 'service', 'org-wide']);
    const placements = new Map([
      ['service', at('enhanced')],
      ['org-wide', at('informed')],
    ]);
    expect(requiredLevel(null, chain, placements)).toEqual({ level: 'enhanced', from: 'unit', unitId: 'service' });
  });

  it('is unknown when nothing above the person is placed', () => {
    expect(requiredLevel(null, ['team'], new Map())).toBeNull();
  });

  it('a loop in the unit tree ends the walk instead of spinning', () => {
    expect(unitChainOf('a', new Map([['a', 'b'], ['b', 'a']]))).toEqual(['a', 'b']);
  });
});

describe('levels', () => {
  it('everyone completes informed first: the levels up to a level start at informed', () => {
    expect(levelsUpTo('enhanced')).toEqual(['informed', 'skilled', 'enhanced']);
    expect(levelsUpTo('informed')).toEqual(['informed']);
  });

  it('the levels still to close run from above the current level to the required one', () => {
    expect(levelsToClose(null, 'skilled')).toEqual(['informed', 'skilled']);
    expect(levelsToClose('informed', 'enhanced')).toEqual(['skilled', 'enhanced']);
    expect(levelsToClose('specialist', 'skilled')).toEqual([]);
  });

  it('higherLevel treats a missing level as below all', () => {
    expect(higherLevel(null, 'skilled')).toBe('skilled');
    expect(higherLevel('enhanced', 'skilled')).toBe('enhanced');
    expect(higherLevel(null, null)).toBeNull();
  });
});
