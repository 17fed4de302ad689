import type { PersonRef } from '../people/policy.js';
import { type Actor, allowed, allowedIf, denied, hasRole, hidden, type Policy } from '../../platform/access/policy.js';
import { professionalRecordPolicy } from '../framework/policy.js';

/**
 * Who may do what with training. Pure: the resource is loaded first, no I/O here.
 * - A person's training records: professional records (the person, their line manager, org
 *   admins) for seeing, recording and removing alike; anyone else is told they do not exist.
 * - The course catalogue: everyone in the organisation sees its approved courses; org admins see
 *   every course with its quality review, and add, change and review courses.
 * - Coverage: one's own always; a supervisor's direct reports; a whole unit or the whole
 *   organisation only for org admins.
 */

export const trainingRecordPolicy: Policy<PersonRef> = professionalRecordPolicy;

/** An organisation's course catalogue. */
export interface CatalogueRef {
  orgId: string;
}

export const CATALOGUE_ADMINS_ONLY = 'Only organisation admins add, change and review courses.';

export const coursePolicy: Policy<CatalogueRef> = (actor, ability, catalogue) => {
  if (actor.orgId !== catalogue.orgId) return hidden;
  if (ability === 'see' || ability === 'list') return allowed;
  return allowedIf(hasRole(actor, 'org_admin'), denied(CATALOGUE_ADMINS_ONLY));
};

/** Whether the actor sees courses not yet approved, and every course's quality review. */
export const seesWholeCatalogue = (actor: Actor): boolean => hasRole(actor, 'org_admin');

/** What a coverage view covers: one person, a manager's direct reports, a unit with the units inside it, or the organisation. */
export type CoverageSubject =
  | { kind: 'person'; person: PersonRef }
  | { kind: 'direct-reports'; orgId: string; managerId: string }
  | { kind: 'unit'; orgId: string }
  | { kind: 'organisation'; orgId: string };

export const UNIT_COVERAGE_ADMINS_ONLY = 'Only organisation admins can look at a whole unit; your own reports are shown without one.';

export const coveragePolicy: Policy<CoverageSubject> = (actor, _ability, subject) => {
  switch (subject.kind) {
    case 'person':
      return professionalRecordPolicy(actor, 'see', subject.person);
    case 'direct-reports':
      return allowedIf(actor.orgId === subject.orgId && subject.managerId === actor.personId && (hasRole(actor, 'supervisor') || hasRole(actor, 'org_admin')));
    case 'unit':
      // admins first: a supervisor is told why, whichever organisation's unit id they tried
      if (!hasRole(actor, 'org_admin')) return denied(UNIT_COVERAGE_ADMINS_ONLY);
      return allowedIf(actor.orgId === subject.orgId);
    case 'organisation':
      return allowedIf(actor.orgId === subject.orgId && hasRole(actor, 'org_admin'), actor.orgId === subject.orgId ? denied('Only organisation admins see the whole organisation.') : hidden);
  }
};

