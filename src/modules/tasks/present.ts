import { z } from '@hono/zod-openapi';
import { SETUP_STEPS, TASK_KINDS } from './model.js';
import type { PresentedTask } from './use-cases/my-tasks.js';

/** What leaves the tasks module, field by field. */

export const taskTags = ['Home'];

export const ZTask = z
  .object({
    id: z.string().describe('stable within one answer: the kind and the item it is about'),
    kind: z.enum(TASK_KINDS).describe('what kind of task: a stable code to word it by'),
    title: z.string().describe('a plain English title'),
    subject: z.string().nullable().describe("the item's own name (a survey's title, a colleague's name), when it has one"),
    count: z.number().int().nullable().describe('how many, for a task about several things'),
    detail: z.string().nullable().describe('a detail the wording needs (what was shared, which check-in)'),
    dueOn: z.string().nullable().describe('the day it is (or was) due, YYYY-MM-DD, when there is one'),
    overdue: z.boolean(),
    href: z.string().describe('the one web address where it is done'),
  })
  .openapi('HomeTask');

export const presentTask = (t: PresentedTask): z.infer<typeof ZTask> => ({
  id: t.id,
  kind: t.kind,
  title: t.title,
  subject: t.subject,
  count: t.count,
  detail: t.detail,
  dueOn: t.dueOn,
  overdue: t.overdue,
  href: t.href,
});

export const ZSetupSteps = z
  .object({
    steps: z.array(z.object({ key: z.enum(SETUP_STEPS), done: z.boolean(), href: z.string() })),
    done: z.number().int(),
    total: z.number().int(),
    complete: z.boolean(),
  })
  .openapi('SetupSteps');
