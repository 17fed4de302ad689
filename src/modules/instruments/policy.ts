import { allowedIf, denied, hasRole, hidden, type Policy } from '../../platform/access/policy.js';

/**
 * Who may do what with an organisation's own instruments (imported FHIR Questionnaires). Pure.
 * Only that organisation's admins import, see, preview, mark, publish and withdraw them; anyone
 * of another organisation is told they do not exist. Workers never reach a draft: they meet a
 * published instrument through the instrument catalogue, like any other.
 */

export interface OrgInstrumentsRef {
  orgId: string;
}

export const ORG_INSTRUMENTS_ADMINS_ONLY = 'Only organisation admins import, preview and publish instruments.';

export const orgInstrumentPolicy: Policy<OrgInstrumentsRef> = (actor, _ability, ref) => {
  if (actor.orgId !== ref.orgId) return hidden;
  return allowedIf(hasRole(actor, 'org_admin'), denied(ORG_INSTRUMENTS_ADMINS_ONLY));
};
