import { z } from '@hono/zod-openapi';

/**
 * Peer support as data: what can be written, and the pure rules about pairings and the list of
 * peer supporters. No scores: communities and buddies are about talking, never about rating.
 */

const text = (max: number, empty: string) => z.string().trim().min(1, empty).max(max, `must be at most ${max} characters`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const ZCommunityInput = z
  .object({
    name: text(120, 'give the community a name'),
    purpose: text(2000, 'say in a sentence what the community is for'),
  })
  .openapi('CommunityInput');
export type TCommunityInput = z.infer<typeof ZCommunityInput>;

export const ZInvitationInput = z.object({ personId: z.uuid('must be an id (UUID)') }).openapi('CommunityInvitationInput');

export const ZPostInput = z
  .object({
    body: text(10_000, 'write something, or leave the post for now'),
    replyTo: z.uuid('must be an id (UUID)').nullish(),
  })
  .openapi('CommunityPostInput');

export const ZReportInput = z.object({ reason: optionalText(1000) }).openapi('PostReportInput');
export const ZHideInput = z.object({ hidden: z.boolean('say true to hide the post, false to show it again') }).openapi('PostHideInput');

export const ZMeetingNoteInput = z
  .object({
    metOn: z.iso.date('must be a date (YYYY-MM-DD)'),
    body: text(20_000, 'write the notes, or leave them for now'),
  })
  .openapi('MeetingNoteInput');

export const ZBuddyOpennessInput = z
  .object({ open: z.boolean('say whether you are open to a buddy'), note: optionalText(500) })
  .openapi('BuddyOpennessInput');

export const ZBuddyRequestInput = z
  .object({ partnerId: z.uuid('must be an id (UUID)'), message: optionalText(500) })
  .openapi('BuddyRequestInput');

export const ZPairingMove = z.enum(['agree', 'decline', 'end']);
export type TPairingMove = z.infer<typeof ZPairingMove>;

export const ZSupporterInput = z
  .object({ listed: z.boolean('say whether you want to be listed'), contactNote: optionalText(500) })
  .openapi('PeerSupporterInput');

/** Answers to the self-rating by item id: the option value, or null when skipped. */
export const ZSelfRatingAnswers = z.record(z.string(), z.number().int('must be a whole number').nullable());
export const ZSelfRatingInput = z.object({ answers: ZSelfRatingAnswers }).openapi('SupervisionSelfRatingInput');

export type PairingStatus = 'asked' | 'active' | 'declined' | 'ended';

export interface PairingFacts {
  requesterId: string;
  partnerId: string;
  status: PairingStatus;
}

/**
 * What a pairing becomes when one of the two moves, or the reason they cannot. Only the person
 * asked agrees or declines; either may end an asked or active pairing (withdrawing a request is
 * ending it), never giving a reason.
 */
export function nextPairingStatus(pairing: PairingFacts, personId: string, move: TPairingMove): { status: PairingStatus } | { problem: string } {
  const isPartner = pairing.partnerId === personId;
  if (move === 'end') {
    if (pairing.status === 'asked' || pairing.status === 'active') return { status: 'ended' };
    return { problem: 'this pairing has already finished' };
  }
  if (!isPartner) return { problem: 'only the person who was asked can answer' };
  if (pairing.status !== 'asked') return { problem: 'this request has already been answered' };
  return { status: move === 'agree' ? 'active' : 'declined' };
}

/** Why someone cannot ask this person to be their buddy, or null. */
export function buddyRequestProblem(input: { me: string; partnerId: string; partnerIsOpen: boolean; alreadyPaired: boolean }): string | null {
  if (input.partnerId === input.me) return 'choose someone other than yourself';
  if (!input.partnerIsOpen) return 'this person is not open to a buddy right now';
  if (input.alreadyPaired) return 'you already have a request or a pairing with this person';
  return null;
}

/**
 * Whether a person is on the list of peer supporters: a peer worker is, unless they said no; anyone
 * else only when they said yes. People who have left are never listed.
 */
export function isListedSupporter(person: { kind: string; endDate: string | null }, choice: { listed: boolean } | undefined, today: string): boolean {
  if (person.endDate !== null && person.endDate < today) return false;
  if (choice) return choice.listed;
  return person.kind === 'peer_worker';
}

/** Of the open people, one to suggest: someone from another team, the longest-waiting first; null when none. */
export function suggestBuddy<P extends { personId: string; unitId: string | null; since: Date }>(open: readonly P[], me: { personId: string; unitId: string | null }, excluded: ReadonlySet<string>): P | null {
  const candidates = open
    .filter((p) => p.personId !== me.personId && !excluded.has(p.personId) && (me.unitId === null || p.unitId !== me.unitId))
    .sort((a, b) => a.since.getTime() - b.since.getTime() || a.personId.localeCompare(b.personId));
  return candidates[0] ?? null;
}

export const ZPostParam = z.object({ id: z.uuid('must be an id (UUID)'), postId: z.uuid('must be an id (UUID)') });

export const ZColleagueSearch = z.object({ search: z.string().trim().min(2, 'type at least 2 letters of a name').max(100, 'must be at most 100 characters') });
