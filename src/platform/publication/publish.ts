import { buildPublication, type PublicationOptions } from './build-publication.js';
import type { Publication, PublicationFacts, PublishedFigure } from './model.js';
import { type BudgetLedger, requestBudget } from './noise/budget-ledger.js';

/**
 * A release checked against the hub's privacy budget before any noise is drawn. Without noise
 * the ledger is not touched (exact figures spend no epsilon; the gate alone protects them).
 */

export type BudgetedPublication =
  | { published: true; publication: Publication; ledger: BudgetLedger }
  | { published: false; reason: 'over-budget' | 'already-spent'; remaining: number; ledger: BudgetLedger };

/** The ledger key of a release: each version is drawn anew, so each spends its own epsilon. */
export const ledgerReleaseId = (facts: Pick<PublicationFacts, 'release'>): string => `${facts.release.id} v${facts.release.version}`;

/**
 * Publishes when the budget allows (returning the ledger with this release's spend, for the
 * caller to store in the same transaction that stores the publication) or refuses with the
 * budget left. Example: budget 1 with 0.8 spent, a release asking 0.5 → refused, 0.2 remaining.
 */
export function publishWithBudget(ledger: BudgetLedger, figures: readonly PublishedFigure[], facts: PublicationFacts, options: PublicationOptions = {}): BudgetedPublication {
  if (!options.noise) return { published: true, publication: buildPublication(figures, facts, options), ledger };
  const decision = requestBudget(ledger, { releaseId: ledgerReleaseId(facts), epsilon: options.noise.epsilon, at: facts.publishedAt });
  if (!decision.allowed) return { published: false, reason: decision.reason, remaining: decision.remaining, ledger };
  return { published: true, publication: buildPublication(figures, facts, options), ledger: decision.ledger };
}
