import { describe, expect, it } from 'vitest';
import { answerProblem, answerProblems, eventProblems, isDue, offerSchedule, postponeProblem, ZHardEventInput } from './model.js';

const TODAY = '2026-06-15';
const open = (over: { dueOn?: string; postponedTo?: string | null; status?: 'open' | 'taken' | 'declined' } = {}) => ({ dueOn: '2026-06-10', postponedTo: null, status: 'open' as const, ...over });

describe('what is recorded about a hard event', () => {
  it('refuses any field beyond category, day and who, naming it', () => {
    const parsed = ZHardEventInput.safeParse({ category: 'other', occurredOn: TODAY, unitId: '0190f0b4-7c1e-7000-8000-000000000001', description: 'what happened' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain('description');
  });
  it.each([
    [{ occurredOn: '2026-06-16', unitId: 'u' }, 'occurredOn', 'cannot be in the future'],
    [{ occurredOn: '2025-06-14', unitId: 'u' }, 'occurredOn', 'must be within the last 365 days'],
    [{ occurredOn: TODAY }, 'unitId', 'choose either a team (unitId) or named people (personIds)'],
    [{ occurredOn: TODAY, unitId: 'u', personIds: ['p'] }, 'unitId', 'choose either a team (unitId) or named people (personIds)'],
    [{ occurredOn: TODAY, personIds: ['p', 'p'] }, 'personIds', 'each person once'],
  ])('refuses %o at %s', (input, field, problem) => {
    expect(eventProblems({ category: 'other', ...input }, TODAY)).toContainEqual({ field, problem });
  });
  it('accepts today, a year ago today, a team or named people', () => {
    expect(eventProblems({ category: 'other', occurredOn: TODAY, unitId: 'u' }, TODAY)).toEqual([]);
    expect(eventProblems({ category: 'other', occurredOn: '2025-06-15', personIds: ['p'] }, TODAY)).toEqual([]);
  });
});

describe('when offers are due', () => {
  it('follows the settings, and the later one always comes after the early one', () => {
    expect(offerSchedule('2026-01-30', { hardEventEarlyOfferDays: 3, hardEventLaterOfferDays: 28 })).toEqual([
      { stage: 'early', dueOn: '2026-02-02' },
      { stage: 'later', dueOn: '2026-02-27' },
    ]);
    expect(offerSchedule('2026-01-30', { hardEventEarlyOfferDays: 10, hardEventLaterOfferDays: 5 })[1]).toEqual({ stage: 'later', dueOn: '2026-02-10' });
  });
  it('is due from its day (or the day it was put off to) while open', () => {
    expect(isDue(open(), TODAY)).toBe(true);
    expect(isDue(open({ dueOn: TODAY }), TODAY)).toBe(true);
    expect(isDue(open({ dueOn: '2026-06-16' }), TODAY)).toBe(false);
    expect(isDue(open({ postponedTo: '2026-06-20' }), TODAY)).toBe(false);
    expect(isDue(open({ status: 'declined' }), TODAY)).toBe(false);
  });
  it('is answered only when open and due', () => {
    expect(answerProblem(open(), TODAY)).toBeNull();
    expect(answerProblem(open({ dueOn: '2026-06-20' }), TODAY)).toBe('this check-in opens on 2026-06-20');
    expect(answerProblem(open({ status: 'taken' }), TODAY)).toBe('this offer is already closed');
  });
  it('is put off only to a later day within 90 days, while open', () => {
    expect(postponeProblem(open(), '2026-06-16', TODAY)).toBeNull();
    expect(postponeProblem(open(), TODAY, TODAY)?.problem).toBe('must be a day after today');
    expect(postponeProblem(open(), '2026-09-14', TODAY)?.problem).toBe('must be within 90 days');
    expect(postponeProblem(open({ status: 'declined' }), '2026-06-16', TODAY)?.problem).toBe('this offer is already closed');
  });
});

describe('answers', () => {
  const items = [
    { id: 'a', values: [0, 1, 2] },
    { id: 'b', values: [0, 1] },
  ];
  it('may skip any question', () => {
    expect(answerProblems({}, items)).toEqual([]);
    expect(answerProblems({ a: null, b: 1 }, items)).toEqual([]);
  });
  it('name an answer that is not an option or not a question', () => {
    expect(answerProblems({ a: 5, z: 1 }, items)).toEqual([
      { field: 'answers.a', problem: 'must be one of 0, 1, 2, or left out' },
      { field: 'answers.z', problem: 'not a question of this check-in' },
    ]);
  });
});
