import { type Actor, allowed, allowedIf, denied, hasRole, hidden, type Policy } from '../../platform/access/policy.js';

/**
 * Who may do what in peer support. Roles grant nothing here: an org admin or a hub analyst is no
 * more a member of a community, or one of a pair of buddies, than anyone else. Whatever someone
 * may not see answers "hidden" (404): that a colleague talks in a group, or has a buddy, is theirs.
 */

/** A community seen from the policy's side: whose organisation, and where the actor stands in it. */
export interface CommunityRef {
  orgId: string;
  /** The actor's own place in it: null when they are neither invited nor a member. */
  membership: { status: 'invited' | 'member'; isStarter: boolean } | null;
}

const sameOrg = (actor: Actor, ref: { orgId: string }) => actor.orgId === ref.orgId;
const isMember = (ref: CommunityRef) => ref.membership?.status === 'member';
const isStarter = (ref: CommunityRef) => isMember(ref) && ref.membership!.isStarter;

/**
 * The community itself (its name and purpose, joining and leaving): everyone of the organisation
 * sees it and may join (`create` a membership) or leave (`remove` their own); `share` is inviting
 * someone, which only its starters do. Another organisation's community is hidden.
 */
export const communityPolicy: Policy<CommunityRef> = (actor, ability, community) => {
  if (!sameOrg(actor, community)) return hidden;
  if (ability === 'see' || ability === 'list' || ability === 'create') return allowed;
  if (ability === 'remove') return allowedIf(community.membership !== null, denied('you are not in this community'));
  if (ability === 'share') return allowedIf(isStarter(community), denied('only the people who started the community invite others'));
  return denied('only the people who started the community look after it');
};

/**
 * What is inside a community (members, the discussion board, meeting notes): members only. To
 * anyone else, whatever their roles, it does not exist (hidden). `manage` is moderation (hiding a
 * reported post): the community's starters.
 */
export const boardPolicy: Policy<CommunityRef> = (actor, ability, community) => {
  if (!sameOrg(actor, community) || !isMember(community)) return hidden;
  if (ability === 'manage') return allowedIf(isStarter(community), denied('only the people who started the community can hide a post'));
  return allowed;
};

/** A buddy pairing: the two people in it, and nobody else in any role. */
export interface PairingRef {
  orgId: string;
  requesterId: string;
  partnerId: string;
}

export const pairingPolicy: Policy<PairingRef> = (actor, _ability, pairing) =>
  allowedIf(sameOrg(actor, pairing) && (pairing.requesterId === actor.personId || pairing.partnerId === actor.personId));

/** The organisation's list of peer supporters and open buddies: everyone of the organisation; each person changes only their own entry (all /me). */
export const peerDirectoryPolicy: Policy<{ orgId: string; personId?: string }> = (actor, ability, ref) => {
  if (!sameOrg(actor, ref)) return hidden;
  if (ability === 'see' || ability === 'list') return allowed;
  return allowedIf(ref.personId === actor.personId, denied('each person changes only their own entry'));
};

/** A supervisor's own self-rating: whose it is, and whether they supervise anyone. */
export interface SelfRatingRef {
  orgId: string;
  personId: string;
  /** Holds the supervisor role, or is someone's line manager. */
  supervises: boolean;
}

/**
 * The self-rating of supervision abilities: the owner's alone, like the well-being space, and only
 * for someone who supervises. Everyone else (their manager, an org admin, an analyst) is answered
 * hidden, as for a space: that someone rated themselves is itself personal.
 */
export const selfRatingPolicy: Policy<SelfRatingRef> = (actor, _ability, rating) =>
  allowedIf(sameOrg(actor, rating) && rating.personId === actor.personId && rating.supervises);

/** The actor's own self-rating space. */
export const ownSelfRatings = (actor: Actor, managesSomeone: boolean): SelfRatingRef => ({
  orgId: actor.orgId,
  personId: actor.personId,
  supervises: hasRole(actor, 'supervisor') || managesSomeone,
});
