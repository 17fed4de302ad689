import { openReviewsFor, openSurveysFor } from '../../assessments/use-cases/my-cycles.js';
import { draft, type TaskSource } from './sources.js';

/** Open staff surveys that ask the actor and that they have not answered yet; due the day they close. */
export const surveysToAnswer: TaskSource = async (db, actor) =>
  (await openSurveysFor(db, actor))
    .filter((s) => !s.answered)
    .map((s) => draft('survey-to-answer', s.id, `/assessments/${s.id}/survey`, { subject: s.title, dueOn: s.closesOn }));

/** Open team reviews the actor leads or contributes to; due the day they close. */
export const reviewsToContribute: TaskSource = async (db, actor) =>
  (await openReviewsFor(db, actor)).map((r) => draft('review-to-contribute', r.id, `/assessments/${r.id}`, { subject: r.title, dueOn: r.closesOn, detail: r.leads ? 'lead' : 'contributor' }));
