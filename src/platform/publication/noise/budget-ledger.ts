import { epsilonUnits, fromEpsilonUnits } from './epsilon.js';

/**
 * A hub's privacy budget: the total epsilon its noisy publications may spend, ever, and what each
 * release spent. Every noisy release about the same people adds up (sequential composition), so
 * once the total is reached nothing more is published with noise — publishing the same figures
 * again with fresh noise would let the noise be averaged away. Pure: the caller stores the ledger
 * and must read and write it under one lock, or two releases could both see room for themselves.
 */

export interface BudgetSpend {
  releaseId: string;
  epsilon: number;
  /** ISO date-time the release was published */
  at: string;
}

export interface BudgetLedger {
  totalEpsilon: number;
  spends: readonly BudgetSpend[];
}

export interface BudgetRequest {
  releaseId: string;
  epsilon: number;
  at: string;
}

export type BudgetDecision =
  | { allowed: true; ledger: BudgetLedger; spent: number; remaining: number }
  | {
      allowed: false;
      /** over-budget: the request would pass the total; already-spent: this release was published with noise before */
      reason: 'over-budget' | 'already-spent';
      ledger: BudgetLedger;
      spent: number;
      remaining: number;
    };

/** What the ledger has spent and what is left, exact to six decimals. */
export function budgetState(ledger: BudgetLedger): { spent: number; remaining: number } {
  const total = epsilonUnits(ledger.totalEpsilon);
  const spent = ledger.spends.reduce((sum, s) => sum + epsilonUnits(s.epsilon), 0);
  return { spent: fromEpsilonUnits(spent), remaining: fromEpsilonUnits(Math.max(0, total - spent)) };
}

/**
 * Allows the request and returns the ledger with it added, or refuses it and returns the ledger
 * unchanged. A release id already in the ledger is refused: its noisy figures were published, so
 * the same release must be served again from those, not drawn anew. Throws a RangeError for an
 * epsilon that is not positive or has more than six decimals.
 * Example: total 1, spent 0.7 → request 0.3 allowed (remaining 0), request 0.300001 refused.
 */
export function requestBudget(ledger: BudgetLedger, request: BudgetRequest): BudgetDecision {
  const total = epsilonUnits(ledger.totalEpsilon);
  const spent = ledger.spends.reduce((sum, s) => sum + epsilonUnits(s.epsilon), 0);
  const asked = epsilonUnits(request.epsilon);
  const refuse = (reason: 'over-budget' | 'already-spent'): BudgetDecision => ({ allowed: false, reason, ledger, spent: fromEpsilonUnits(spent), remaining: fromEpsilonUnits(Math.max(0, total - spent)) });
  if (ledger.spends.some((s) => s.releaseId === request.releaseId)) return refuse('already-spent');
  if (spent + asked > total) return refuse('over-budget');
  const spend: BudgetSpend = { releaseId: request.releaseId, epsilon: request.epsilon, at: request.at };
  return { allowed: true, ledger: { totalEpsilon: ledger.totalEpsilon, spends: [...ledger.spends, spend] }, spent: fromEpsilonUnits(spent + asked), remaining: fromEpsilonUnits(total - spent - asked) };
}
