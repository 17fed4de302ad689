import type { PersonRef } from '../people/policy.js';
import { allowedIf, denied, hasRole, hidden, type Policy } from '../../platform/access/policy.js';
import { professionalRecordPolicy } from '../framework/policy.js';

/**
 * Who may do what with training. Pure: the resource is loaded first, no I/O here.
 * - A person's training records: professional records (the person, their line manager, org
 *   admins) for seeing, recording and removing alike; anyone else is told they do not exist.
 * - Coverage: one's own always; a supervisor's direct reports; a whole unit or the whole
 *   organisation only for org admins.
 */

export const trainingRecordPolicy: Policy<PersonRef> = professionalRecordPolicy;

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

