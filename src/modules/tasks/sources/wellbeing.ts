import { myReminder } from '../../wellbeing/use-cases/space.js';
import { sharedWithMeUnopened } from '../../wellbeing/use-cases/grants.js';
import { draft, isMemberOfStaff, type TaskSource } from './sources.js';

/** A check-in due by the actor's own rhythm (set by them alone; nothing when they set none). */
export const checkInDue: TaskSource = async (db, actor) => {
  if (!isMemberOfStaff(actor)) return [];
  const reminder = await myReminder(db, actor);
  return reminder.due ? [draft('check-in-due', reminder.dueOn ?? 'now', '/me/wellbeing/check-in', { dueOn: reminder.dueOn })] : [];
};

/** What colleagues shared with the actor and they have not opened yet, until it expires. */
export const sharedWithMe: TaskSource = async (db, actor) => {
  if (!isMemberOfStaff(actor)) return [];
  return (await sharedWithMeUnopened(db, actor)).map((g) => draft('shared-with-you', g.id, `/shared-with-me/${g.id}`, { subject: g.owner.name, detail: g.scope }));
};
