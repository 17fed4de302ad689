import { describe, expect, it } from 'vitest';
import { answersFor, demoCheckIns } from './demo-check-ins.js';
import { buildDemoPeople } from './demo-data.js';
import { DEMO_PLAN_PEOPLE } from './demo-plans.js';
import { DEMO_COURSES, demoTrainingRecords } from './demo-training.js';

const today = '2026-12-06';
const people = buildDemoPeople();

describe('the demo’s year of training', () => {
  const records = demoTrainingRecords(people, today);

  it('falls within the last year, on courses of the catalogue, never on anyone who signs in as a demo role', () => {
    const courses = new Set(DEMO_COURSES.map((c) => c.key));
    for (const r of records) {
      expect(r.completedOn < today && r.completedOn >= '2025-12-06', `${r.email} ${r.completedOn}`).toBe(true);
      expect(courses.has(r.course)).toBe(true);
    }
    const signIns = ['admin@riverside.example', 'supervisor@riverside.example', 'worker@riverside.example'];
    expect(records.some((r) => signIns.includes(r.email))).toBe(false);
  });

  it('spreads completions over the months, so coverage climbs rather than jumps', () => {
    const months = new Set(records.map((r) => r.completedOn.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(9);
    expect(new Set(records.map((r) => r.email)).size).toBeGreaterThan(30);
  });

  it('stays the same for the same day', () => {
    expect(demoTrainingRecords(people, today)).toEqual(records);
  });
});

describe('the demo worker’s check-ins', () => {
  it('are a few months of fortnightly STS self-checks, the last over a week ago, each ten answers adding to its total', () => {
    const checkIns = demoCheckIns(today);
    expect(checkIns.length).toBeGreaterThanOrEqual(6);
    expect(checkIns[0]!.day < '2026-08-15').toBe(true);
    expect(checkIns.at(-1)!.day).toBe('2026-11-27');
    for (const { total } of checkIns) {
      const answers = Object.values(answersFor(total));
      expect(answers).toHaveLength(10);
      expect(answers.reduce((a, b) => a + b, 0)).toBe(total);
      expect(answers.every((a) => a >= 0 && a <= 4)).toBe(true);
    }
  });
});

describe('the demo’s development plans', () => {
  it('are for the demo supervisor’s direct reports, never the demo worker', () => {
    const reports = new Set(people.filter((p) => p.managerEmail === 'supervisor@riverside.example').map((p) => p.email));
    for (const email of Object.values(DEMO_PLAN_PEOPLE)) expect(reports.has(email), email).toBe(true);
    expect(Object.values(DEMO_PLAN_PEOPLE)).not.toContain('worker@riverside.example');
  });
});
