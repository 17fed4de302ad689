import type { Queryable } from '../platform/db/client.js';
import { addDays } from '../platform/time/day.js';
import type { TCourseInput, TQualityReview } from '../modules/training/model.js';
import { createCourse, reviewCourse } from '../modules/training/course-store.js';
import { createTrainingRecord } from '../modules/training/training-store.js';
import type { DemoPerson } from './demo-data.js';
import { DEMO_REQUIRED_LEVEL } from './demo-placements.js';

/**
 * The demo organisation's course catalogue and a year of training records, so coverage is more
 * than zero and climbs over the twelve month ends. Course titles are the demo's own (the training
 * journey adds courses of other names). Nobody who signs in has a record: the journeys record and
 * remove the demo worker's own training and expect her to start with none.
 */
type DemoCourse = TCourseInput & { key: string; review: TQualityReview | null };

const REVIEWED: TQualityReview = { provision: 'in-house', trainerExperience: true, audience: true, closesGaps: true, transferSupport: true, notes: null, approve: true };

export const DEMO_COURSES: DemoCourse[] = [
  { key: 'essentials', title: 'Trauma-informed practice: the essentials', provider: 'Riverside learning team', levels: ['informed'], format: 'online-self-paced', hours: 3, cost: null, language: 'English', accessibility: 'Captions and a plain-text version of every module.', validForMonths: 36, review: REVIEWED },
  { key: 'homevisits', title: 'Steady practice on home visits', provider: 'Riverside learning team', levels: ['informed', 'skilled'], format: 'in-person', hours: 12, cost: null, language: 'English', accessibility: null, validForMonths: null, review: REVIEWED },
  { key: 'enhanced', title: 'Responding after disclosures: enhanced practice', provider: 'Northbank Trauma Centre (example)', levels: ['enhanced'], format: 'blended', hours: 18, cost: '£240 a place', language: 'English', accessibility: 'Step-free venue; materials sent a week ahead.', validForMonths: 24, review: { ...REVIEWED, provision: 'commissioned' } },
  { key: 'lonework', title: 'Lone working and staying safe', provider: 'Riverside health and safety team', levels: ['informed'], format: 'online-live', hours: 2, cost: null, language: 'English', accessibility: null, validForMonths: 12, review: REVIEWED },
  // waiting for its quality review, so the catalogue shows a course to review
  { key: 'fatigue', title: 'Noticing compassion fatigue in yourself and others', provider: 'Open learning collective (example)', levels: ['informed'], format: 'online-self-paced', hours: 1.5, cost: null, language: 'English, Spanish', accessibility: null, validForMonths: null, review: null },
];

export interface DemoRecord {
  email: string;
  course: string;
  completedOn: string;
}

/**
 * Who completed what, and when, over the last year: about three in five people have finished the
 * level asked of them (spread over the months, so coverage climbs), one in five is part-way, one
 * in five has not started. District nurses also did the yearly lone-working course, one of them
 * nearly a year ago (so the team lead sees a renewal due). Deterministic for a given day.
 */
export function demoTrainingRecords(people: readonly DemoPerson[], today: string): DemoRecord[] {
  const records: DemoRecord[] = [];
  people.forEach((person, i) => {
    if (person.roles?.some((r) => r !== 'worker') || person.email === 'worker@riverside.example') return;
    const required = DEMO_REQUIRED_LEVEL[person.unit];
    if (!required) return;
    const step = i % 5;
    if (step === 4) return;
    const first = addDays(today, -(45 + ((i * 37) % 300)));
    records.push({ email: person.email, course: 'essentials', completedOn: first });
    if (step === 3 || required === 'informed') return;
    records.push({ email: person.email, course: 'homevisits', completedOn: addDays(first, 14) });
    if (required === 'enhanced') records.push({ email: person.email, course: 'enhanced', completedOn: addDays(first, 28) });
  });
  const nurses = people.filter((p) => p.unit === 'district' && p.roles?.length === 1 && p.email !== 'worker@riverside.example');
  for (const [n, p] of nurses.entries()) records.push({ email: p.email, course: 'lonework', completedOn: addDays(today, -(340 - n * 40)) });
  return records;
}

/** Adds the catalogue and the records (inside the demo's transaction). */
export async function addDemoTraining(q: Queryable, orgId: string, people: readonly DemoPerson[], personIds: ReadonlyMap<string, string>, adminId: string, today: string): Promise<void> {
  const courseIds = new Map<string, string>();
  for (const { key, review, ...input } of DEMO_COURSES) {
    const id = await createCourse(q, orgId, input);
    if (review) await reviewCourse(q, orgId, id, review, adminId);
    courseIds.set(key, id);
  }
  for (const r of demoTrainingRecords(people, today)) {
    await createTrainingRecord(q, orgId, personIds.get(r.email)!, { courseId: courseIds.get(r.course)!, completedOn: r.completedOn, hours: 0, levels: [] }, adminId);
  }
}
