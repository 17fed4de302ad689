import { type Actor, allowed, allowedIf, denied, hasRole, hidden, type Policy } from '../../platform/access/policy.js';

/** A person record seen from the policy's side: just what decides access. */
export interface PersonRef {
  orgId: string;
  id: string;
  managerId: string | null;
}

/**
 * Professional records (profile, placement, plans, training) are readable by the person,
 * their line manager, and org admins of the same organisation — never across organisations.
 */
export function canReadProfessionalRecord(actor: Actor, person: PersonRef): boolean {
  if (actor.orgId !== person.orgId) return false;
  if (actor.personId === person.id) return true;
  if (hasRole(actor, 'org_admin')) return true;
  return hasRole(actor, 'supervisor') && person.managerId === actor.personId;
}

const ADMIN_ONLY = 'Only an organisation admin can change people’s records.';

/**
 * Who may do what to one person's record:
 * - see: the person, their line manager (a supervisor) and org admins of the same organisation;
 * - create, change, remove, share, manage: org admins only;
 * - anyone who may not see the record is not told it exists (hidden: 404, as an unknown id),
 *   so ids cannot be probed; someone who may see it but not change it is refused (403).
 */
export const personPolicy: Policy<PersonRef> = (actor, ability, person) => {
  const readable = canReadProfessionalRecord(actor, person);
  if (!readable) return hidden;
  if (ability === 'see' || ability === 'list') return allowed;
  return allowedIf(hasRole(actor, 'org_admin'), denied(ADMIN_ONLY));
};

/** The organisation's people as a whole: what lists, exports and additions are checked against. */
export interface PeopleRef {
  orgId: string;
}

/** The people of the actor's own organisation. */
export const ownPeople = (actor: Actor): PeopleRef => ({ orgId: actor.orgId });

/**
 * Who may do what to the organisation's people as a whole:
 * - list: org admins (everyone) and supervisors (their direct reports: see `listScope`);
 * - share (the CSV export of everyone), create (add a person): org admins only;
 * - another organisation's people are hidden from everyone, its admins included.
 */
export const peoplePolicy: Policy<PeopleRef> = (actor, ability, people) => {
  if (people.orgId !== actor.orgId) return hidden;
  if (hasRole(actor, 'org_admin')) return allowed;
  if (ability === 'list') return allowedIf(hasRole(actor, 'supervisor'), denied('Only supervisors and organisation admins can list people.'));
  return denied(ADMIN_ONLY);
};

/**
 * Whom a list shows: an org admin sees everyone; a supervisor only the people they line-manage
 * (a manager of another team sees none of that team).
 */
export function listScope(actor: Actor): { managerId: string | undefined } {
  return { managerId: hasRole(actor, 'org_admin') ? undefined : actor.personId };
}
