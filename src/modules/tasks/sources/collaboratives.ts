import { timepointsDue } from '../../collaboratives/org-collaborative-use-cases.js';
import { draft, type TaskSource } from './sources.js';

/** For an organisation's admins: a collaborative's timepoint coming up (or overdue) with no staff survey linked yet. */
export const collaborativeTimepointsDue: TaskSource = async (db, actor, today) =>
  (await timepointsDue(db, actor, today)).map((t) => draft('collaborative-timepoint-due', `collaborative-timepoint:${t.timepointId}`, '/collaboratives', { subject: t.name, dueOn: t.dueOn }));
