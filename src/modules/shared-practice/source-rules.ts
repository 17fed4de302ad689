/**
 * Who a library item or a board post is shown as coming from (pure). Decided here once, for every
 * reader alike:
 * - the hub's own people: the person's name and the hub's name;
 * - an admin of a member organisation whose consent is in force: the person's name and the
 *   organisation's name. Readers are only the collaborative's own people (the hub's admins and
 *   analysts, the member organisations' admins), who work together by name; a worker never
 *   writes here, and no name leaves the collaborative.
 * - a practice story speaks for its organisation, not a person: never a person's name; the
 *   organisation's name only when its author chose "name my organisation", otherwise
 *   "a member organisation" — and then no name and no id of the organisation at all;
 * - anyone of an organisation that revoked its consent or left the collaborative: "a former
 *   member organisation", no person, no organisation (its consent no longer covers being named).
 */
export type Source =
  | { kind: 'hub'; organisation: string; person: string | null }
  | { kind: 'member'; organisation: string; person: string | null }
  | { kind: 'unnamed-member' }
  | { kind: 'former-member' };

export interface SourceFacts {
  hubId: string;
  hubName: string;
  /** the current members of the collaborative with consent in force, by id: their names */
  currentMembers: ReadonlyMap<string, string>;
  /** people's names by tenant id and person id */
  personName: (orgId: string, personId: string) => string | null;
}

export function sourceOf(facts: SourceFacts, authored: { authorOrgId: string; authorPersonId: string; story?: { nameOrganisation: boolean } }): Source {
  const { authorOrgId, authorPersonId, story } = authored;
  if (authorOrgId === facts.hubId) return { kind: 'hub', organisation: facts.hubName, person: story ? null : facts.personName(authorOrgId, authorPersonId) };
  const organisation = facts.currentMembers.get(authorOrgId);
  if (organisation === undefined) return { kind: 'former-member' };
  if (story && !story.nameOrganisation) return { kind: 'unnamed-member' };
  return { kind: 'member', organisation, person: story ? null : facts.personName(authorOrgId, authorPersonId) };
}

/**
 * What a reader sees of a board post: its words unless the author deleted it (nothing) or a hub
 * admin hid it (the reason in its place; the words only for the hub's admins, who may restore it).
 */
export function visibleWords(post: { body: string; title: string | null; deletedAt: Date | null; hiddenAt: Date | null; hiddenReason: string | null }, moderator: boolean) {
  if (post.deletedAt) return { state: 'deleted' as const, title: null, body: null, hiddenReason: null };
  if (post.hiddenAt) return { state: 'hidden' as const, title: moderator ? post.title : null, body: moderator ? post.body : null, hiddenReason: post.hiddenReason ?? '' };
  return { state: 'shown' as const, title: post.title, body: post.body, hiddenReason: null };
}
