import type { MembershipStatus } from './model.js';

/** What can happen to a membership: the hub invites or withdraws its invitation; the organisation consents, declines or revokes. */
export type MembershipStep = 'invite' | 'withdraw' | 'consent' | 'decline' | 'revoke';
/** The steps an organisation takes (each signed in `hub_consents`). */
export type OrgStep = Exclude<MembershipStep, 'invite' | 'withdraw'>;

export type StepOutcome = { ok: true; status: MembershipStatus } | { ok: false; reason: string };

/**
 * The consent state machine (pure). `current` is null when the hub never invited the
 * organisation. Decided here: a revoked (or declined) membership is not brought back by the
 * organisation alone; the hub invites again and the organisation signs the statement of that
 * day, so every period of membership begins with an invitation and a signature of its own.
 */
export function nextStatus(current: MembershipStatus | null, step: MembershipStep): StepOutcome {
  switch (step) {
    case 'invite':
      if (current === 'invited') return { ok: false, reason: 'This organisation has already been invited and has not answered yet.' };
      if (current === 'consented') return { ok: false, reason: 'This organisation is already a member of the hub.' };
      return { ok: true, status: 'invited' };
    case 'withdraw':
      // only an unanswered invitation: a consent is the organisation's to revoke, never the hub's to take back
      if (current === 'invited') return { ok: true, status: 'withdrawn' };
      return { ok: false, reason: 'There is no unanswered invitation to this organisation to withdraw.' };
    case 'consent':
      if (current === 'invited') return { ok: true, status: 'consented' };
      if (current === 'consented') return { ok: false, reason: 'Your organisation has already given its consent.' };
      if (current === 'revoked') return { ok: false, reason: 'Your organisation revoked its consent; the hub must invite it again before it can consent.' };
      return { ok: false, reason: 'There is no open invitation from this hub.' };
    case 'decline':
      if (current === 'invited') return { ok: true, status: 'declined' };
      return { ok: false, reason: 'There is no open invitation from this hub.' };
    case 'revoke':
      if (current === 'consented') return { ok: true, status: 'revoked' };
      return { ok: false, reason: 'Your organisation has no consent with this hub to revoke.' };
  }
}

/** Whether figures may go to the hub from this organisation now: only while consent stands. */
export const releasesToHub = (status: MembershipStatus | null) => status === 'consented';
