import { type Actor, allowed, allowedIf, type Decision, denied, hasRole, hidden, type Policy } from '../../platform/access/policy.js';
import type { TVoiceSettings } from './settings.js';

/**
 * Who may do what in staff voice.
 * - Members of the organisation (workers, supervisors, org admins) raise concerns and read the
 *   public "you said, we did" list and the announcements. A hub analyst looks at regions, not at
 *   an organisation's staff voice, and another organisation's people find nothing: both hidden.
 * - Handlers (voiceHandlerIds, else every org admin) read every concern and answer it. The name
 *   on a named concern is for them alone — and never for a handler who is the author's line
 *   manager, the person a speaker-up most needs protection from.
 * - The author reads their own named concerns. An anonymous concern has no author anywhere, so
 *   it is nobody's to read back except through the public list.
 */

const MEMBER_ROLES = ['worker', 'supervisor', 'org_admin'] as const;

/** One of the organisation's own staff (a hub analyst alone is not). */
export const isMember = (actor: Actor, orgId: string) => actor.orgId === orgId && MEMBER_ROLES.some((r) => hasRole(actor, r));

/** Whether the actor handles concerns in their organisation. */
export function isHandler(actor: Actor, orgId: string, settings: TVoiceSettings): boolean {
  if (actor.orgId !== orgId || !hasRole(actor, 'org_admin')) return false;
  return settings.voiceHandlerIds.length === 0 || settings.voiceHandlerIds.includes(actor.personId);
}

/** A concern seen from the policy's side. */
export interface ConcernRef {
  orgId: string;
  published: boolean;
  /** null for an anonymous concern, and for anyone but the policy that reads voice_concern_authors */
  authorPersonId: string | null;
  authorManagerId: string | null;
}

/**
 * A concern: `create` any member; `see` a published one any member, every one its handlers, a
 * named one its author; `manage` (answer) its handlers. Everyone else: hidden.
 */
export function concernPolicy(settings: TVoiceSettings): Policy<ConcernRef> {
  return (actor, ability, concern): Decision => {
    if (!isMember(actor, concern.orgId)) return hidden;
    const handler = isHandler(actor, concern.orgId, settings);
    if (ability === 'create') return allowed;
    if (ability === 'manage' || ability === 'change') return allowedIf(handler);
    if (ability === 'see' || ability === 'list') return allowedIf(handler || concern.published || concern.authorPersonId === actor.personId);
    return hidden;
  };
}

/** The handlers' list of every concern, answered or not: hidden from everyone else, admins included. */
export const handlingPolicy = (settings: TVoiceSettings): Policy<{ orgId: string }> => (actor, _ability, org) => allowedIf(isHandler(actor, org.orgId, settings));

/**
 * Whether the actor may read who wrote this concern: its author themself, or a handler who is
 * not the author's line manager. Anonymous concerns have no name for anyone.
 */
export function mayKnowAuthor(actor: Actor, concern: ConcernRef, settings: TVoiceSettings): boolean {
  if (!concern.authorPersonId || actor.orgId !== concern.orgId) return false;
  if (concern.authorPersonId === actor.personId) return true;
  return isHandler(actor, concern.orgId, settings) && concern.authorManagerId !== actor.personId;
}

/**
 * Announcements: every member reads them and says "I have read this" (`change` their own read);
 * org admins publish (`create`) and see the read counts (`share`: released through the privacy
 * gate, never who read). Hub analysts and other organisations: hidden.
 */
export const announcementPolicy: Policy<{ orgId: string }> = (actor, ability, org) => {
  if (!isMember(actor, org.orgId)) return hidden;
  if (ability === 'see' || ability === 'list' || ability === 'change') return allowed;
  return allowedIf(hasRole(actor, 'org_admin'), denied('only an organisation admin publishes announcements and sees how many read them'));
};
