import { DOMAIN_IDS } from '../../content/assessment-pack-schema.js';
import type { TAssessmentPack } from '../../content/pack-schema.js';
import type { ActionStatus, Rating } from './model.js';

export type DomainId = (typeof DOMAIN_IDS)[number];

/**
 * An audit's progress (pure): its confirmed ratings rolled up by the ten implementation domains
 * (H.domains; a criterion tagged with two domains counts in both), and how its actions went
 * against their due dates. No I/O.
 */

export interface DomainProgress {
  domain: DomainId;
  /** criteria of the pack tagged with the domain */
  criteria: number;
  green: number;
  amber: number;
  red: number;
  unrated: number;
  /** green ÷ criteria; null when the pack has no criterion in the domain */
  greenShare: number | null;
}

const share = (top: number, bottom: number) => (bottom > 0 ? Math.round((top / bottom) * 10_000) / 10_000 : null);

/** Every domain, in H.domains order, with the spread of confirmed ratings of its criteria. */
export function domainRollup(pack: TAssessmentPack, confirmed: ReadonlyMap<string, Rating>): DomainProgress[] {
  const rows = new Map(DOMAIN_IDS.map((domain) => [domain, { domain, criteria: 0, green: 0, amber: 0, red: 0, unrated: 0 }]));
  for (const section of pack.body.sections) {
    for (const criterion of section.criteria) {
      for (const domain of new Set(criterion.domains ?? [])) {
        const row = rows.get(domain)!;
        row.criteria += 1;
        const rating = confirmed.get(criterion.id);
        if (rating) row[rating] += 1;
        else row.unrated += 1;
      }
    }
  }
  return [...rows.values()].map((r) => ({ ...r, greenShare: share(r.green, r.criteria) }));
}

export interface ActionFacts {
  status: ActionStatus;
  dueOn: string | null;
  doneOn: string | null;
}

export interface ActionProgress {
  /** not dropped, and done or due by today: the actions that could have been done on time */
  counted: number;
  doneOnTime: number;
  doneLate: number;
  /** due before today and not done */
  overdue: number;
  /** done on time ÷ counted; null when none is counted */
  onTimeShare: number | null;
}

/**
 * How an audit's actions went on `today`. An action with no due date is on time whenever it is
 * done; one not yet due and not done is not counted (it can still be on time).
 */
export function actionProgress(actions: readonly ActionFacts[], today: string): ActionProgress {
  let counted = 0;
  let doneOnTime = 0;
  let doneLate = 0;
  let overdue = 0;
  for (const a of actions) {
    if (a.status === 'dropped') continue;
    if (a.status === 'done') {
      counted += 1;
      if (a.dueOn && a.doneOn && a.doneOn > a.dueOn) doneLate += 1;
      else doneOnTime += 1;
    } else if (a.dueOn && a.dueOn < today) {
      counted += 1;
      overdue += 1;
    }
  }
  return { counted, doneOnTime, doneLate, overdue, onTimeShare: share(doneOnTime, counted) };
}
