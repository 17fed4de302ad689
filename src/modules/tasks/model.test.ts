import { describe, expect, it } from 'vitest';
import { finishTask, isOverdue, orderTasks, setupProgress, type TaskDraft, titleOf, urgencyOf } from './model.js';

const TODAY = '2026-12-07';
const task = (kind: TaskDraft['kind'], ref: string, more: Partial<TaskDraft> = {}) =>
  finishTask({ kind, ref, href: `/x/${ref}`, subject: null, count: null, detail: null, dueOn: null, ...more });

describe('how urgent a task is', () => {
  it('puts overdue first, then due within a week, then undated, then dated further off', () => {
    expect(urgencyOf({ kind: 'survey-to-answer', dueOn: '2026-12-01' }, TODAY)[0]).toBe(0);
    expect(urgencyOf({ kind: 'survey-to-answer', dueOn: TODAY }, TODAY)[0]).toBe(1);
    expect(urgencyOf({ kind: 'survey-to-answer', dueOn: '2026-12-14' }, TODAY)[0]).toBe(1);
    expect(urgencyOf({ kind: 'plan-to-confirm', dueOn: null }, TODAY)[0]).toBe(2);
    expect(urgencyOf({ kind: 'survey-to-answer', dueOn: '2026-12-15' }, TODAY)[0]).toBe(3);
  });
});

describe('ordering tasks', () => {
  it('lists the most urgent first', () => {
    const ordered = orderTasks(
      [
        task('announcement-to-read', 'a', { subject: 'Rota' }),
        task('survey-to-answer', 'late-survey', { subject: 'Autumn', dueOn: '2027-01-30' }),
        task('plan-to-confirm', '2'),
        task('survey-to-answer', 'soon-survey', { subject: 'Winter', dueOn: '2026-12-09' }),
        task('supervision-overdue', 'mine', { dueOn: '2026-11-20' }),
        task('check-in-due', 'now', { dueOn: '2026-12-05' }),
      ],
      TODAY,
    );
    expect(ordered.map((t) => t.id)).toEqual([
      'supervision-overdue:mine', // overdue longest
      'check-in-due:now', // overdue two days
      'survey-to-answer:soon-survey', // due in two days
      'plan-to-confirm:2', // undated: someone waits on it
      'announcement-to-read:a', // undated, last of its kind
      'survey-to-answer:late-survey', // weeks away
    ]);
  });

  it('keeps the same order whatever order the sources answered in', () => {
    const tasks = [task('survey-to-answer', 'b', { subject: 'B', dueOn: TODAY }), task('survey-to-answer', 'a', { subject: 'A', dueOn: TODAY }), task('announcement-to-read', 'c', { subject: 'A' })];
    expect(orderTasks(tasks, TODAY).map((t) => t.id)).toEqual(orderTasks([...tasks].reverse(), TODAY).map((t) => t.id));
    expect(orderTasks(tasks, TODAY)[0]!.id).toBe('survey-to-answer:a');
  });

  it('says when a task is overdue', () => {
    expect(isOverdue({ dueOn: '2026-12-06' }, TODAY)).toBe(true);
    expect(isOverdue({ dueOn: TODAY }, TODAY)).toBe(false);
    expect(isOverdue({ dueOn: null }, TODAY)).toBe(false);
  });
});

describe('titles', () => {
  it('name the item or count it, in plain words', () => {
    expect(titleOf({ kind: 'survey-to-answer', subject: 'Winter survey', count: null, detail: null })).toBe('Answer the survey "Winter survey"');
    expect(titleOf({ kind: 'self-assessments-to-review', subject: null, count: 1, detail: null })).toBe('A self-assessment is waiting for your review');
    expect(titleOf({ kind: 'self-assessments-to-review', subject: null, count: 3, detail: null })).toBe('3 self-assessments are waiting for your review');
  });
  it('gives each task an id from its kind and item', () => {
    expect(task('shared-with-you', 'g1', { subject: 'Sam' })).toMatchObject({ id: 'shared-with-you:g1', title: 'Sam shared something with you' });
  });
});

describe('setup progress', () => {
  it('counts the steps done and is complete only when all are', () => {
    const half = setupProgress({ units: true, people: true, placement: false, courses: false, assessment: false });
    expect(half).toMatchObject({ done: 2, total: 5, complete: false });
    expect(half.steps.map((s) => [s.key, s.done, s.href])).toEqual([
      ['units', true, '/admin/units'],
      ['people', true, '/admin/import'],
      ['placement', false, '/team/placement'],
      ['courses', false, '/admin/courses'],
      ['assessment', false, '/admin/assessments'],
    ]);
    expect(setupProgress({ units: true, people: true, placement: true, courses: true, assessment: true }).complete).toBe(true);
  });
});
