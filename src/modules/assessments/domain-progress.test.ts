import { describe, expect, it } from 'vitest';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { actionProgress, domainRollup } from './domain-progress.js';
import type { Rating } from './model.js';

describe('an audit rolled up by implementation domain', () => {
  const pack = minimalAssessmentPack();
  // safety.1: governance; safety.2: governance and policy; trust.1: policy; the rest untagged
  pack.body.sections[0]!.criteria[1]!.domains = ['governance', 'policy'];
  pack.body.sections[1]!.criteria[0]!.domains = ['policy', 'policy'];

  it('counts each tagged criterion in every domain it serves, once, and gives the share green', () => {
    const confirmed = new Map<string, Rating>([
      ['safety.1', 'green'],
      ['safety.2', 'amber'],
      ['trust.2', 'green'], // untagged: in no domain
    ]);
    const rows = domainRollup(pack, confirmed);
    expect(rows.map((r) => r.domain)).toEqual(['governance', 'policy', 'environment', 'engagement', 'collaboration', 'screening', 'workforce', 'monitoring', 'financing', 'evaluation']);
    expect(rows[0]).toEqual({ domain: 'governance', criteria: 2, green: 1, amber: 1, red: 0, unrated: 0, greenShare: 0.5 });
    expect(rows[1]).toEqual({ domain: 'policy', criteria: 2, green: 0, amber: 1, red: 0, unrated: 1, greenShare: 0 });
    expect(rows[2]).toEqual({ domain: 'environment', criteria: 0, green: 0, amber: 0, red: 0, unrated: 0, greenShare: null });
  });
});

describe("an audit's actions against their due dates", () => {
  const today = '2026-10-15';
  it('counts done on time, done late and overdue; leaves out dropped ones and ones not yet due', () => {
    const progress = actionProgress(
      [
        { status: 'done', dueOn: '2026-09-30', doneOn: '2026-09-28' }, // on time
        { status: 'done', dueOn: '2026-09-30', doneOn: '2026-10-02' }, // late
        { status: 'done', dueOn: null, doneOn: '2026-10-01' }, // no due date: on time
        { status: 'done', dueOn: '2026-12-01', doneOn: '2026-10-10' }, // early
        { status: 'in-progress', dueOn: '2026-10-01', doneOn: null }, // overdue
        { status: 'not-started', dueOn: '2026-10-15', doneOn: null }, // due today: not late yet
        { status: 'not-started', dueOn: '2026-11-30', doneOn: null }, // not yet due
        { status: 'dropped', dueOn: '2026-09-01', doneOn: null },
      ],
      today,
    );
    expect(progress).toEqual({ counted: 5, doneOnTime: 3, doneLate: 1, overdue: 1, onTimeShare: 0.6 });
  });

  it('has no share when nothing could have been done yet', () => {
    expect(actionProgress([{ status: 'not-started', dueOn: '2027-01-01', doneOn: null }], today)).toEqual({ counted: 0, doneOnTime: 0, doneLate: 0, overdue: 0, onTimeShare: null });
  });
});
