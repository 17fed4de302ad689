import { type AnyPgColumn, boolean, date, foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/tenancy/schema.js';
import { people } from '../people/schema.js';

/**
 * Peer support (S.ind.5, W.peers) and the supervisors' own self-rating (S.org.5). Nothing here is
 * scored for anyone but its owner: communities hold talk, not ratings. Posts, notes, pairings and
 * self-ratings are each seen only by the people they belong to (policy.ts); erasing a person
 * deletes what they wrote and every pairing they were in (personal-data.ts).
 */

const orgRef = () => uuid('org_id').notNull().references(() => organisations.id);
const at = (name: string) => timestamp(name, { withTimezone: true });
/** A person of the same organisation; erasing the person removes the row with them. */
const personKey = (t: { orgId: AnyPgColumn }, column: AnyPgColumn) =>
  foreignKey({ columns: [t.orgId, column], foreignColumns: [people.orgId, people.id] }).onDelete('cascade');

/** A community of practice: anyone in the organisation may start one; name and purpose are seen by the organisation. */
export const communities = pgTable(
  'peer_communities',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull(),
    /** Who started it (null once that person is erased: the community stays with its members). */
    startedBy: uuid('started_by'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), index('peer_communities_name_idx').on(t.orgId, t.name)],
);

/**
 * Who belongs: 'invited' (a starter asked them; they are not a member until they join) or
 * 'member'. Starters (the one who started it, and anyone they make one) moderate the board.
 */
export const communityMembers = pgTable(
  'peer_community_members',
  {
    orgId: orgRef(),
    communityId: uuid('community_id').notNull(),
    personId: uuid('person_id').notNull(),
    status: text('status', { enum: ['invited', 'member'] }).notNull(),
    isStarter: boolean('is_starter').notNull().default(false),
    invitedBy: uuid('invited_by'),
    joinedAt: at('joined_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.communityId, t.personId] }),
    foreignKey({ columns: [t.orgId, t.communityId], foreignColumns: [communities.orgId, communities.id] }).onDelete('cascade'),
    personKey(t, t.personId),
    index('peer_community_members_person_idx').on(t.orgId, t.personId),
  ],
);

/**
 * The private discussion board: members only. replyTo names a top-level post of the same community
 * (no foreign key on purpose: erasing an author removes their posts, never other people's replies).
 * hiddenAt: a starter hid it after a report; members see that a post was hidden, not its words.
 */
export const communityPosts = pgTable(
  'peer_community_posts',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    communityId: uuid('community_id').notNull(),
    authorId: uuid('author_id').notNull(),
    replyTo: uuid('reply_to'),
    body: text('body').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    hiddenAt: at('hidden_at'),
    hiddenBy: uuid('hidden_by'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.communityId], foreignColumns: [communities.orgId, communities.id] }).onDelete('cascade'),
    personKey(t, t.authorId),
    index('peer_community_posts_board_idx').on(t.orgId, t.communityId, t.createdAt),
  ],
);

/** A member's report of a post, for the starters to look at. Who reported is never shown. */
export const postReports = pgTable(
  'peer_post_reports',
  {
    orgId: orgRef(),
    postId: uuid('post_id').notNull(),
    reporterId: uuid('reporter_id').notNull(),
    reason: text('reason'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.postId, t.reporterId] }),
    foreignKey({ columns: [t.orgId, t.postId], foreignColumns: [communityPosts.orgId, communityPosts.id] }).onDelete('cascade'),
    personKey(t, t.reporterId),
  ],
);

/** Notes of a meeting of the community: members only. */
export const meetingNotes = pgTable(
  'peer_meeting_notes',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    communityId: uuid('community_id').notNull(),
    authorId: uuid('author_id').notNull(),
    metOn: date('met_on').notNull(),
    body: text('body').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.communityId], foreignColumns: [communities.orgId, communities.id] }).onDelete('cascade'),
    personKey(t, t.authorId),
    index('peer_meeting_notes_idx').on(t.orgId, t.communityId, t.metOn),
  ],
);

/** A person's choice to be asked for a peer buddy; no row (or open = false): not open. */
export const buddyOpenness = pgTable(
  'peer_buddy_openness',
  {
    orgId: orgRef(),
    personId: uuid('person_id').notNull(),
    open: boolean('open').notNull(),
    note: text('note'),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.personId] }), personKey(t, t.personId)],
);

/**
 * A buddy pairing between two people: 'asked' until the partner agrees ('active') or declines;
 * either ends it at any time, with no reason asked. Only the two of them ever see it.
 */
export const buddyPairings = pgTable(
  'peer_buddy_pairings',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    requesterId: uuid('requester_id').notNull(),
    partnerId: uuid('partner_id').notNull(),
    status: text('status', { enum: ['asked', 'active', 'declined', 'ended'] }).notNull(),
    message: text('message'),
    createdAt: at('created_at').notNull().defaultNow(),
    agreedAt: at('agreed_at'),
    closedAt: at('closed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    personKey(t, t.requesterId),
    personKey(t, t.partnerId),
    index('peer_buddy_pairings_requester_idx').on(t.orgId, t.requesterId),
    index('peer_buddy_pairings_partner_idx').on(t.orgId, t.partnerId),
  ],
);

/**
 * A person's own choice about the list of peer supporters: listed (a peer worker is listed unless
 * they say no; anyone else only when they say yes) and how to reach them, in their own words.
 */
export const peerSupporters = pgTable(
  'peer_supporters',
  {
    orgId: orgRef(),
    personId: uuid('person_id').notNull(),
    listed: boolean('listed').notNull(),
    contactNote: text('contact_note'),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.personId] }), personKey(t, t.personId)],
);

/**
 * A supervisor's private self-rating of their STS-informed supervision abilities: the owner's
 * alone. Scores are never stored: they are recomputed from the answers and the pack.
 * answers: JSON checked by ZSelfRatingAnswers — changing its shape may need a migration.
 */
export const supervisionSelfRatings = pgTable(
  'peer_supervision_self_ratings',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    personId: uuid('person_id').notNull(),
    packId: text('pack_id').notNull(),
    packVersion: text('pack_version').notNull(),
    answers: jsonb('answers').notNull(),
    ratedAt: at('rated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), personKey(t, t.personId), index('peer_self_ratings_person_idx').on(t.orgId, t.personId, t.ratedAt)],
);
