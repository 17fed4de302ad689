import { z } from '@hono/zod-openapi';
import { orNull } from '../../platform/http/openapi-shared.js';
import { ZInstrument, ZLocalText } from '../instruments/present.js';
import type { PersonCard } from '../people/person-cards.js';

/** What leaves the server from peer support: every field listed, a raw row never. */

export const peersTags = ['Peer support'];
export const selfRatingTags = ['Supervisors (my own self-rating)'];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A colleague as shown beside what they chose to share: no email, no manager. */
export const ZColleague = z
  .object({ id: z.string(), name: z.string(), jobTitle: orNull(z.string()), unitName: orNull(z.string()) })
  .openapi('PeerColleague');
export const presentColleague = (p: PersonCard | undefined, id: string): z.infer<typeof ZColleague> =>
  p ? { id: p.id, name: p.name, jobTitle: p.jobTitle, unitName: p.unitName } : { id, name: '', jobTitle: null, unitName: null };

export const ZCommunitySummary = z
  .object({
    id: z.string(),
    name: z.string(),
    purpose: z.string(),
    createdAt: z.string(),
    myStatus: orNull(z.enum(['invited', 'member'])).describe('null: not in it (anyone of the organisation may join)'),
    iStarted: z.boolean().describe('the caller is one of its starters (they invite and moderate)'),
  })
  .openapi('CommunitySummary');

export const ZCommunity = ZCommunitySummary.extend({
  members: orNull(z.array(ZColleague.extend({ isStarter: z.boolean() }))).describe('members only; null for anyone else'),
}).openapi('Community');

export const presentCommunitySummary = (
  c: { id: string; name: string; purpose: string; createdAt: Date },
  membership: { status: 'invited' | 'member'; isStarter: boolean } | null,
): z.infer<typeof ZCommunitySummary> => ({
  id: c.id,
  name: c.name,
  purpose: c.purpose,
  createdAt: c.createdAt.toISOString(),
  myStatus: membership?.status ?? null,
  iStarted: membership?.status === 'member' && membership.isStarter,
});

export const ZPost = z
  .object({
    id: z.string(),
    author: ZColleague,
    mine: z.boolean(),
    replyTo: orNull(z.string()).describe('the post this answers; its replies come after it'),
    body: orNull(z.string()).describe("null when a starter hid it (the starters still see it, to decide whether to show it again)"),
    hidden: z.boolean(),
    reported: orNull(z.boolean()).describe('for the starters only (null for other members): whether any member reported it; who reported is never said'),
    createdAt: z.string(),
  })
  .openapi('CommunityPost');

export const ZMeetingNote = z
  .object({ id: z.string(), metOn: z.string(), body: z.string(), author: ZColleague, mine: z.boolean(), createdAt: z.string() })
  .openapi('MeetingNote');

export const ZOpenness = z.object({ open: z.boolean(), note: orNull(z.string()) }).openapi('BuddyOpenness');

export const ZPairing = z
  .object({
    id: z.string(),
    status: z.enum(['asked', 'active', 'declined', 'ended']),
    buddy: ZColleague.describe('the other person in the pairing'),
    iAsked: z.boolean(),
    message: orNull(z.string()),
    createdAt: z.string(),
    agreedAt: orNull(z.string()),
    closedAt: orNull(z.string()),
  })
  .openapi('BuddyPairing');

export const presentPairing = (
  row: { id: string; status: 'asked' | 'active' | 'declined' | 'ended'; requesterId: string; partnerId: string; message: string | null; createdAt: Date; agreedAt: Date | null; closedAt: Date | null },
  me: string,
  cards: Map<string, PersonCard>,
): z.infer<typeof ZPairing> => {
  const other = row.requesterId === me ? row.partnerId : row.requesterId;
  return {
    id: row.id,
    status: row.status,
    buddy: presentColleague(cards.get(other), other),
    iAsked: row.requesterId === me,
    message: row.message,
    createdAt: row.createdAt.toISOString(),
    agreedAt: iso(row.agreedAt),
    closedAt: iso(row.closedAt),
  };
};

export const ZMyBuddies = z.object({ openness: ZOpenness, pairings: z.array(ZPairing) }).openapi('MyBuddies');

export const ZOpenPerson = ZColleague.extend({ note: orNull(z.string()), since: z.string(), alreadyAsked: z.boolean() }).openapi('OpenBuddy');

export const ZSupporter = ZColleague.extend({
  peerWorker: z.boolean().describe('employed or volunteering as a peer worker'),
  contactNote: orNull(z.string()).describe('how they would like to be reached, in their own words'),
}).openapi('PeerSupporter');

export const ZMySupporterEntry = z
  .object({ listed: z.boolean(), contactNote: orNull(z.string()), peerWorker: z.boolean().describe('peer workers are listed unless they say no') })
  .openapi('MyPeerSupporterEntry');

export const ZAreaResult = z
  .object({
    scaleId: z.string(),
    name: ZLocalText,
    score: z.number().nullable().describe('null when every statement of the area was skipped'),
    answered: z.number().int(),
    itemCount: z.number().int(),
    band: z.object({ id: z.string(), label: ZLocalText, guidance: ZLocalText }).nullable(),
    low: z.boolean().describe('in the area’s lowest band: its guidance is the development suggestion'),
  })
  .openapi('SelfRatingArea');

export const ZSelfRating = z
  .object({
    id: z.string(),
    packId: z.string(),
    packVersion: z.string(),
    ratedAt: z.string(),
    answers: z.record(z.string(), z.number().nullable()),
    areas: z.array(ZAreaResult),
    suggestions: z.array(z.object({ scaleId: z.string(), name: ZLocalText, guidance: ZLocalText })).describe('one development suggestion per low area'),
  })
  .openapi('SupervisionSelfRating');

export const ZSelfRatings = z.object({ instrument: ZInstrument, ratings: z.array(ZSelfRating) }).openapi('SupervisionSelfRatings');
