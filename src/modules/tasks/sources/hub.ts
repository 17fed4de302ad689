import { openInvitationCount } from '../../hub/hub-use-cases.js';
import { draft, type TaskSource } from './sources.js';

/** For an organisation's admins: how many regional hubs wait for an answer to their invitation. */
export const hubInvitations: TaskSource = async (db, actor) => {
  const count = await openInvitationCount(db, actor);
  return count ? [draft('hub-invitation', 'hub-invitations', '/admin/regional-hub', { count })] : [];
};
