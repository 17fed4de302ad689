import { allowedIf, denied, hasRole, hidden, type Policy } from '../../platform/access/policy.js';

/**
 * Who sees the workforce figures (turnover, absence, …): org admins and supervisors of the
 * organisation, and only ever what the privacy gate released — never a person's own events
 * (those are professional records with their own policy). Pure.
 */
export interface FiguresRef {
  orgId: string;
}

export const FIGURES_FOR_ADMINS_AND_SUPERVISORS = 'Workforce figures are for organisation admins and supervisors.';

export const workforceFiguresPolicy: Policy<FiguresRef> = (actor, _ability, figures) => {
  if (actor.orgId !== figures.orgId) return hidden;
  return allowedIf(hasRole(actor, 'org_admin') || hasRole(actor, 'supervisor'), denied(FIGURES_FOR_ADMINS_AND_SUPERVISORS));
};
