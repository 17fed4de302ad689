import { describe, expect, it } from 'vitest';
import { FACTS, FIGURES } from '../../test-support/publication-fixtures.js';
import { seededRandom } from '../../test-support/seeded-random.js';
import type { BudgetLedger } from './noise/budget-ledger.js';
import { publishWithBudget } from './publish.js';

const empty: BudgetLedger = { totalEpsilon: 1, spends: [] };

describe('publishing against the hub’s budget', () => {
  it('publishes exact figures without touching the ledger', () => {
    const result = publishWithBudget(empty, FIGURES, FACTS);
    expect(result).toMatchObject({ published: true, ledger: empty });
  });

  it('publishes noisy figures and returns the ledger with the release’s spend', () => {
    const result = publishWithBudget(empty, FIGURES, FACTS, { noise: { epsilon: 0.6, random: seededRandom(1) } });
    expect(result.published).toBe(true);
    expect(result.ledger.spends).toEqual([{ releaseId: 'rel-2026-1 v1', epsilon: 0.6, at: FACTS.publishedAt }]);
  });

  it('refuses a release that would pass the budget, drawing no noise, and refuses the same version twice', () => {
    const spent: BudgetLedger = { totalEpsilon: 1, spends: [{ releaseId: 'rel-2025-2 v1', epsilon: 0.8, at: '2026-01-01T00:00:00Z' }] };
    const random = seededRandom(1);
    expect(publishWithBudget(spent, FIGURES, FACTS, { noise: { epsilon: 0.5, random } })).toEqual({ published: false, reason: 'over-budget', remaining: 0.2, ledger: spent });
    expect(random.draws()).toBe(0);
    const once = publishWithBudget(empty, FIGURES, FACTS, { noise: { epsilon: 0.2, random } });
    expect(publishWithBudget(once.ledger, FIGURES, FACTS, { noise: { epsilon: 0.2, random } })).toMatchObject({ published: false, reason: 'already-spent' });
    // a new version is drawn anew and spends its own epsilon
    expect(publishWithBudget(once.ledger, FIGURES, { ...FACTS, release: { id: 'rel-2026-1', version: 2 } }, { noise: { epsilon: 0.2, random } })).toMatchObject({ published: true });
  });
});
