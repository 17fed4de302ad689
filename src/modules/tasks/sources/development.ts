import { plansWaitingOn } from '../../development/plans-waiting.js';
import { draft, type TaskSource } from './sources.js';

/** The actor's own plan to confirm, and (for managers) how many self-assessments wait for their review. */
export const plansToConfirmOrReview: TaskSource = async (db, actor) => {
  const waiting = await plansWaitingOn(db, actor);
  return [
    ...(waiting.toConfirm ? [draft('plan-to-confirm', String(waiting.toConfirm.version), '/me/self-assessment')] : []),
    ...(waiting.toReview > 0 ? [draft('self-assessments-to-review', 'team', '/team/plans', { count: waiting.toReview })] : []),
  ];
};
