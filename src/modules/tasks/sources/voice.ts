import { listAnnouncementsFor } from '../../voice/use-cases/announcements.js';
import { concernsWaitingCount } from '../../voice/use-cases/concerns.js';
import { draft, isMemberOfStaff, type TaskSource } from './sources.js';

/** Announcements that ask to be marked read and that the actor has not marked. */
export const announcementsToRead: TaskSource = async (db, actor) => {
  if (!isMemberOfStaff(actor)) return [];
  return (await listAnnouncementsFor(db, actor))
    .filter((a) => a.asksRead && !a.readByMe)
    .map((a) => draft('announcement-to-read', a.id, `/voice/announcements#announcement-${a.id}-heading`, { subject: a.title }));
};

/** For the people who handle concerns: how many wait for a first answer (a count, nobody named). */
export const concernsToAnswer: TaskSource = async (db, actor) => {
  const count = await concernsWaitingCount(db, actor);
  return count ? [draft('concerns-to-answer', 'concerns', '/admin/voice', { count })] : [];
};
