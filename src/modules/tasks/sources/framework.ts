import { placementReviewsWaiting } from '../../framework/review-use-cases.js';
import { draft, type TaskSource } from './sources.js';

/** For line managers and admins: how many placement reviews wait for their answer (a count, nobody named). */
export const placementReviewsToAnswer: TaskSource = async (db, actor) => {
  const { count } = await placementReviewsWaiting(db, actor);
  return count > 0 ? [draft('placement-reviews-to-answer', 'reviews', '/team/placement', { count })] : [];
};
