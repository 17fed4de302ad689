import { describe, expect, it } from 'vitest';
import { type BudgetLedger, budgetState, requestBudget } from './budget-ledger.js';
import { epsilonUnits } from './epsilon.js';

const at = '2026-12-07T10:00:00Z';
const ledger = (totalEpsilon: number, ...spent: number[]): BudgetLedger => ({ totalEpsilon, spends: spent.map((epsilon, i) => ({ releaseId: `r${i}`, epsilon, at })) });

describe("a hub's privacy budget ledger", () => {
  it('allows a release within the budget and returns the ledger with its spend added', () => {
    const before = ledger(2, 0.5);
    const decision = requestBudget(before, { releaseId: 'spring', epsilon: 1, at });
    expect(decision).toEqual({ allowed: true, spent: 1.5, remaining: 0.5, ledger: { totalEpsilon: 2, spends: [...before.spends, { releaseId: 'spring', epsilon: 1, at }] } });
    // pure: the ledger given is not changed
    expect(before.spends).toHaveLength(1);
  });

  it('adds up in millionths, so 0.1 + 0.2 leaves exactly room for 0.7 of a budget of 1', () => {
    const decision = requestBudget(ledger(1, 0.1, 0.2), { releaseId: 'x', epsilon: 0.7, at });
    expect(decision.allowed).toBe(true);
    expect(decision.remaining).toBe(0);
    expect(budgetState(decision.ledger)).toEqual({ spent: 1, remaining: 0 });
  });

  it('refuses a release that would pass the total by one millionth, and leaves the ledger as it was', () => {
    const before = ledger(1, 0.7);
    const decision = requestBudget(before, { releaseId: 'x', epsilon: 0.300001, at });
    expect(decision).toEqual({ allowed: false, reason: 'over-budget', ledger: before, spent: 0.7, remaining: 0.3 });
  });

  it('refuses every release once the budget is spent', () => {
    let current = ledger(1);
    const outcomes: boolean[] = [];
    for (let i = 0; i < 6; i++) {
      const decision = requestBudget(current, { releaseId: `r${i}`, epsilon: 0.25, at });
      outcomes.push(decision.allowed);
      current = decision.ledger;
    }
    expect(outcomes).toEqual([true, true, true, true, false, false]);
    expect(budgetState(current)).toEqual({ spent: 1, remaining: 0 });
  });

  it('refuses a release already in the ledger, however much budget is left: fresh noise on the same figures would average away', () => {
    const decision = requestBudget(ledger(10, 0.5), { releaseId: 'r0', epsilon: 0.1, at });
    expect(decision).toMatchObject({ allowed: false, reason: 'already-spent', remaining: 9.5 });
  });

  it('says nothing is left, not a negative amount, when a stored ledger is over its total (a lowered budget)', () => {
    expect(budgetState(ledger(1, 0.75, 0.75))).toEqual({ spent: 1.5, remaining: 0 });
    expect(requestBudget(ledger(1, 0.75, 0.75), { releaseId: 'y', epsilon: 0.01, at })).toMatchObject({ allowed: false, reason: 'over-budget', remaining: 0 });
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 0.0000001, 101])('throws for an epsilon of %f', (epsilon) => {
    expect(() => requestBudget(ledger(1), { releaseId: 'z', epsilon, at })).toThrow(RangeError);
    expect(() => epsilonUnits(epsilon)).toThrow(RangeError);
  });

  it('keeps six decimals exactly', () => {
    expect(epsilonUnits(0.000001)).toBe(1);
    expect(epsilonUnits(0.123456)).toBe(123_456);
    expect(epsilonUnits(100)).toBe(100_000_000);
  });
});
