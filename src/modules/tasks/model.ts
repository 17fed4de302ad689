/**
 * A person's Home: what is waiting for them, most urgent first. Pure: no I/O. Each task says
 * what kind it is (a stable code the web app words in the reader's language), a plain English
 * title for API users, the item's own name or a count, a due day when there is one, and the one
 * web address where it is done.
 */

/** Every kind of task, in the order undated tasks are shown: what someone else waits on first. */
export const TASK_KINDS = [
  'plan-to-confirm', // my manager confirmed my development plan; it waits for my confirmation
  'supervision-to-confirm', // my supervisor recorded a session; it waits for me to confirm or ask a change
  'self-assessments-to-review', // my direct reports handed in self-assessments for me to review
  'supervision-change-asked', // supervisees asked for a change to a record I wrote
  'placement-reviews-to-answer', // people asked for their placement to be looked at again
  'concerns-to-answer', // concerns wait for a first answer (handlers only)
  'hub-invitation', // regional hubs invited the organisation and wait for an answer (org admins only)
  'collaborative-timepoint-due', // a collaborative's timepoint is due within a month and no staff survey is linked to it (org admins only)
  'hard-event-check-in', // a supportive check-in after a hard event is due
  'check-in-due', // my own rhythm says a check-in is due
  'supervision-overdue', // my supervision is overdue by our rhythm
  'supervisees-overdue', // supervision with some of my supervisees is overdue
  'survey-to-answer', // an open staff survey asks me
  'review-to-contribute', // an open team review I lead or contribute to
  'shared-with-you', // a colleague shared part of their well-being space with me; not opened yet
  'announcement-to-read', // an announcement asks to be marked read
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export interface Task {
  /** Stable within one answer: kind and the item it is about. */
  id: string;
  kind: TaskKind;
  title: string;
  /** The item's own name (a survey's title, a colleague's name), when it has one. */
  subject: string | null;
  /** How many, for tasks about several things. */
  count: number | null;
  /** A detail the wording needs (what was shared: coping-plan, check-in-trend, check-in). */
  detail: string | null;
  /** The day it is due or was due (YYYY-MM-DD in the organisation's zone), when there is one. */
  dueOn: string | null;
  href: string;
}

/** What a source hands in: the task without its English title. */
export type TaskDraft = Omit<Task, 'title' | 'id'> & { ref: string };

const plural = (n: number | null, one: string, many: string) => (n === 1 ? one : many.replace('{n}', String(n ?? 0)));

/** A plain English title for a task, for API users; the web app words each kind itself. */
export function titleOf(task: Pick<Task, 'kind' | 'subject' | 'count' | 'detail'>): string {
  const s = task.subject ?? '';
  switch (task.kind) {
    case 'plan-to-confirm':
      return 'Your development plan is ready for you to confirm';
    case 'supervision-to-confirm':
      return `Confirm the record of your supervision on ${s}`;
    case 'self-assessments-to-review':
      return plural(task.count, 'A self-assessment is waiting for your review', '{n} self-assessments are waiting for your review');
    case 'supervision-change-asked':
      return plural(task.count, 'A supervisee asked for a change to a record', 'Supervisees asked for changes to {n} records');
    case 'placement-reviews-to-answer':
      return plural(task.count, 'A placement review was requested', '{n} placement reviews were requested');
    case 'concerns-to-answer':
      return plural(task.count, 'A concern is waiting for an answer', '{n} concerns are waiting for an answer');
    case 'hub-invitation':
      return plural(task.count, 'A regional hub invited your organisation', '{n} regional hubs invited your organisation');
    case 'collaborative-timepoint-due':
      return `Run the staff survey for ${s}`;
    case 'hard-event-check-in':
      return 'A check-in after a hard day is waiting for you';
    case 'check-in-due':
      return 'Your check-in is due';
    case 'supervision-overdue':
      return 'Your supervision is due';
    case 'supervisees-overdue':
      return plural(task.count, 'Supervision with one person is overdue', 'Supervision with {n} people is overdue');
    case 'survey-to-answer':
      return `Answer the survey "${s}"`;
    case 'review-to-contribute':
      return `Work on the team review "${s}"`;
    case 'shared-with-you':
      return `${s} shared something with you`;
    case 'announcement-to-read':
      return `Read the announcement "${s}"`;
  }
}

/** Days within which a dated task counts as soon (shown before undated ones). */
export const SOON_DAYS = 7;

const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

/**
 * How urgent a task is, as a sort key: overdue (oldest first), then due within a week (soonest
 * first), then undated tasks someone waits on (by kind), then dated ones further off.
 */
export function urgencyOf(task: Pick<Task, 'kind' | 'dueOn'>, today: string): [number, number, number] {
  const rank = TASK_KINDS.indexOf(task.kind);
  if (task.dueOn === null) return [2, 0, rank];
  const days = dayNumber(task.dueOn) - dayNumber(today);
  if (days < 0) return [0, days, rank];
  if (days <= SOON_DAYS) return [1, days, rank];
  return [3, days, rank];
}

const compareKeys = (a: readonly number[], b: readonly number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
};

/** The tasks, most urgent first; ties by subject then id, so the order never flickers. */
export function orderTasks<T extends Pick<Task, 'kind' | 'dueOn' | 'subject' | 'id'>>(tasks: readonly T[], today: string): T[] {
  return [...tasks].sort(
    (a, b) => compareKeys(urgencyOf(a, today), urgencyOf(b, today)) || (a.subject ?? '').localeCompare(b.subject ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Whether a task's day has passed. */
export const isOverdue = (task: Pick<Task, 'dueOn'>, today: string) => task.dueOn !== null && task.dueOn < today;

/** A finished task: its id and English title from its draft. */
export const finishTask = ({ ref, ...draft }: TaskDraft): Task => ({ id: `${draft.kind}:${ref}`, title: titleOf(draft), ...draft });

/** The steps of an organisation's first run, in the order an admin takes them. */
export const SETUP_STEPS = ['units', 'people', 'placement', 'courses', 'assessment'] as const;
export type SetupStepKey = (typeof SETUP_STEPS)[number];

export const SETUP_HREFS: Record<SetupStepKey, string> = {
  units: '/admin/units',
  people: '/admin/import',
  placement: '/team/placement',
  courses: '/admin/courses',
  assessment: '/admin/assessments',
};

/** The setup steps with progress: each done or not, and how many are done. */
export function setupProgress(done: Record<SetupStepKey, boolean>) {
  const steps = SETUP_STEPS.map((key) => ({ key, done: done[key], href: SETUP_HREFS[key] }));
  const doneCount = steps.filter((s) => s.done).length;
  return { steps, done: doneCount, total: steps.length, complete: doneCount === steps.length };
}
