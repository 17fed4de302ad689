import type { Actor } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import { createAccount } from '../../platform/auth/auth-store.js';
import { sendInvitation } from '../../platform/auth/reset.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Queryable } from '../../platform/db/client.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { createPerson } from '../people/people-store.js';
import { hubPolicy } from './policy.js';
import { listHubPeople } from './hub-store.js';

export type HubRole = 'hub_admin' | 'hub_analyst';

/** The hub's people and their roles (its admins and analysts read this; it holds no one of an organisation). */
export async function listPeopleOfHub(db: Queryable, actor: Actor) {
  authorize(hubPolicy(actor, 'list', { hubId: actor.orgId }), 'The hub');
  return (await listHubPeople(db, actor.orgId)).map((p) => ({ personId: p.personId, name: p.name, email: p.email, roles: p.roles, invited: p.invited, disabled: p.disabled }));
}

/**
 * A hub admin adds a hub admin or analyst: a person and an account in the hub's tenant, invited
 * by a link mailed to them, the same link an organisation's new people get.
 */
export async function addHubPerson(deps: AppDeps, actor: Actor, input: { name: string; email: string; roles: HubRole[] }) {
  authorize(hubPolicy(actor, 'create', { hubId: actor.orgId }), 'The hub');
  const db = deps.database.db;
  const created = await db.transaction(async (tx) => {
    const personId = await createPerson(tx, actor.orgId, { name: input.name, email: input.email, kind: 'employee' });
    const accountId = await createAccount(tx, { orgId: actor.orgId, personId, email: input.email, roles: input.roles });
    await recordAudit(tx, actor, { type: 'person.created', subjectPersonId: personId });
    await recordAudit(tx, actor, { type: 'account.invited', subjectPersonId: personId, data: { roles: input.roles } });
    return { personId, accountId };
  });
  await sendInvitation(deps, { orgId: actor.orgId, accountId: created.accountId, email: input.email }, actor.name);
  return created.personId;
}
