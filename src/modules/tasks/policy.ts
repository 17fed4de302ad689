import { type Actor, allowedIf, denied, hasRole, type Policy } from '../../platform/access/policy.js';

/**
 * Who may see what on Home.
 * - A task list is its owner's alone: it is only ever built for the signed-in person, from their
 *   own things, and no address names anyone else's (anyone else is answered "hidden", 404 —
 *   including org admins and another organisation's users: that a colleague has something
 *   waiting is itself theirs).
 * - The organisation's setup steps: its org admins (others are refused, 403: the steps say
 *   nothing about any person).
 */

/** Whose task list: the only one any address names is the caller's own. */
export interface TaskListRef {
  orgId: string;
  personId: string;
}

export const ownTasks = (actor: Actor): TaskListRef => ({ orgId: actor.orgId, personId: actor.personId });

export const taskListPolicy: Policy<TaskListRef> = (actor, ability, list) =>
  allowedIf(ability === 'list' && list.orgId === actor.orgId && list.personId === actor.personId);

export const setupPolicy: Policy<{ orgId: string }> = (actor, ability, org) =>
  allowedIf(ability === 'see' && org.orgId === actor.orgId && hasRole(actor, 'org_admin'), denied('only the organisation’s admins set it up'));
