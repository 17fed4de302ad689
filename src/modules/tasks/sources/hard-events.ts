import { listMyOffers } from '../../hard-events/use-cases/my-offers.js';
import { draft, isMemberOfStaff, type TaskSource } from './sources.js';

/** A supportive check-in offered after a hard event, once its day has come (the actor's own offers only). */
export const hardEventCheckIns: TaskSource = async (db, actor) => {
  if (!isMemberOfStaff(actor)) return [];
  return (await listMyOffers(db, actor)).filter((o) => o.due).map((o) => draft('hard-event-check-in', o.id, '/me/after-hard-events', { dueOn: o.dueOn, detail: o.stage }));
};
