import type { Level } from './levels.js';

/**
 * The placement decision (H.placement), as pure rules.
 *
 * The framework asks two questions, one from the service's side and one from the worker's:
 *  - serviceRemit: does the service have a specific remit for people known to be affected by trauma?
 *  - workerContact: does the worker meet people who may be affected, with a duty to respond?
 * A worker with no such contact practises at `informed`; with contact but no service remit,
 * at `skilled`; with both, at `enhanced` — or `specialist` where, as the level descriptions say,
 * the role delivers evidence-based therapies or specialist interventions for complex needs.
 * A question left unanswered is not guessed: the outcome says which answer is missing.
 */
export interface PlacementAnswers {
  serviceRemit: boolean | null;
  workerContact: boolean | null;
  /** Only asked when both answers are yes: the enhanced/specialist distinction. */
  specialistInterventions?: boolean | null;
}

/** Reason codes, each translated by the web app; stored with the placement so it can be explained. */
export type PlacementReason =
  | 'no-contact-with-affected-people'
  | 'contact-without-service-remit'
  | 'contact-within-trauma-remit'
  | 'delivers-specialist-interventions';

export type PlacementOutcome =
  | { kind: 'level'; level: Level; reasons: PlacementReason[] }
  | { kind: 'needs-answer'; question: keyof PlacementAnswers };

export function placementOutcome(answers: PlacementAnswers): PlacementOutcome {
  if (answers.workerContact === null) return { kind: 'needs-answer', question: 'workerContact' };
  if (!answers.workerContact) return { kind: 'level', level: 'informed', reasons: ['no-contact-with-affected-people'] };
  if (answers.serviceRemit === null) return { kind: 'needs-answer', question: 'serviceRemit' };
  if (!answers.serviceRemit) return { kind: 'level', level: 'skilled', reasons: ['contact-without-service-remit'] };
  if (answers.specialistInterventions == null) return { kind: 'needs-answer', question: 'specialistInterventions' };
  return answers.specialistInterventions
    ? { kind: 'level', level: 'specialist', reasons: ['contact-within-trauma-remit', 'delivers-specialist-interventions'] }
    : { kind: 'level', level: 'enhanced', reasons: ['contact-within-trauma-remit'] };
}

/** A stored placement, of a unit or of one person. */
export interface Placement {
  level: Level;
  decidedAt: Date;
}

/**
 * The level a person is expected to practise at: their own placement when they have one,
 * otherwise the nearest placed unit going up from their own (people inherit their unit's level).
 * `unitChain` is the person's unit first, then its parent, and so on to the top.
 */
export function requiredLevel(
  personPlacement: Placement | null,
  unitChain: readonly string[],
  unitPlacements: ReadonlyMap<string, Placement>,
): { level: Level; from: 'person' | 'unit'; unitId?: string } | null {
  if (personPlacement) return { level: personPlacement.level, from: 'person' };
  for (const unitId of unitChain) {
    const placement = unitPlacements.get(unitId);
    if (placement) return { level: placement.level, from: 'unit', unitId };
  }
  return null;
}

/** The unit and its ancestors, nearest first; stops on a loop rather than spinning. */
export function unitChainOf(unitId: string | null, parentOf: ReadonlyMap<string, string | null>): string[] {
  const chain: string[] = [];
  let current = unitId;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = parentOf.get(current) ?? null;
  }
  return chain;
}
