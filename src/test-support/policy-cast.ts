import type { Actor } from '../platform/access/policy.js';
import type { AppRole } from '../platform/auth/schema.js';

/** An actor for a policy's unit tests: no database, just who they are (the organisation is 'org' unless said). */
export const policyActor = (personId: string, roles: AppRole[], orgId = 'org'): Actor => ({
  accountId: `a-${personId}`,
  personId,
  orgId,
  roles,
  email: '',
  name: personId,
  locale: 'en',
  timeZone: 'UTC',
  tenantKind: 'organisation',
});

/**
 * The cast the professional-record rules are tested with: a worker managed by `supervisor`, a
 * supervisor of someone else, an org admin, and an admin of another organisation.
 */
export const policyCast = {
  worker: policyActor('worker', ['worker']),
  supervisor: policyActor('supervisor', ['supervisor']),
  otherSupervisor: policyActor('other-supervisor', ['supervisor']),
  admin: policyActor('admin', ['org_admin']),
  foreignAdmin: policyActor('admin', ['org_admin'], 'other-org'),
  workerRecord: { orgId: 'org', id: 'worker', managerId: 'supervisor' },
};
