import { type Actor, hasRole } from '../../../platform/access/policy.js';
import type { Db } from '../../../platform/db/client.js';
import type { TaskDraft } from '../model.js';

/**
 * One source of tasks: reads what waits on the actor from one module, through that module's own
 * use-cases and stores (never its tables), and hands back drafts. Each source sees the actor
 * alone and returns only the actor's own things, or counts that name nobody.
 */
export type TaskSource = (db: Db, actor: Actor, today: string) => Promise<TaskDraft[]>;

/** Whether the actor is one of the organisation's own people (not a regional analyst), who keeps a well-being space and hears the staff voice. */
export const isMemberOfStaff = (actor: Actor) => hasRole(actor, 'worker') || hasRole(actor, 'supervisor') || hasRole(actor, 'org_admin');

/** A draft with no item name, count or detail unless given. */
export const draft = (kind: TaskDraft['kind'], ref: string, href: string, more: Partial<Omit<TaskDraft, 'kind' | 'ref' | 'href'>> = {}): TaskDraft => ({
  kind,
  ref,
  href,
  subject: null,
  count: null,
  detail: null,
  dueOn: null,
  ...more,
});
