import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, customType, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/tenancy/schema.js';
import { people } from '../people/schema.js';
import { units } from '../units/schema.js';

/**
 * Organisational assessments (H.audit, S.org, C): cycles of an assessment pack for the whole
 * organisation or one unit, answered by a named team review or by an anonymous staff survey,
 * with evidence, comments, confirmed ratings and the actions that follow. ORGANISATIONAL data,
 * except anonymous survey answers, which leave only through the privacy gate.
 */

const orgRef = () => uuid('org_id').notNull().references(() => organisations.id);
const at = (name: string) => timestamp(name, { withTimezone: true });
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });
const cycleKey = (t: { orgId: AnyPgColumn; cycleId: AnyPgColumn }) =>
  foreignKey({ columns: [t.orgId, t.cycleId], foreignColumns: [assessmentCycles.orgId, assessmentCycles.id] }).onDelete('cascade');

/** One run of an assessment pack. unit_id null: the whole organisation. */
export const assessmentCycles = pgTable(
  'assessment_cycles',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    packId: text('pack_id').notNull(),
    packVersion: text('pack_version').notNull(),
    title: text('title').notNull(),
    unitId: uuid('unit_id'),
    mode: text('mode', { enum: ['team-review', 'staff-survey'] }).notNull(),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull().default('open'),
    leadPersonId: uuid('lead_person_id'),
    createdByPersonId: uuid('created_by_person_id'),
    createdAt: at('created_at').notNull().defaultNow(),
    closedAt: at('closed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.unitId], foreignColumns: [units.orgId, units.id] }),
    index('assessment_cycles_pack_idx').on(t.orgId, t.packId, t.createdAt),
  ],
);

/** The named people who rate together in a team review (the lead confirms final ratings). */
export const cycleContributors = pgTable(
  'assessment_contributors',
  {
    orgId: orgRef(),
    cycleId: uuid('cycle_id').notNull(),
    personId: uuid('person_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.cycleId, t.personId] }),
    cycleKey(t),
    foreignKey({ columns: [t.orgId, t.personId], foreignColumns: [people.orgId, people.id] }),
  ],
);

/**
 * A team review's rating of one criterion: proposed by contributors, confirmed by the lead.
 * One row per criterion; its history is in the audit log.
 */
export const criterionRatings = pgTable(
  'assessment_ratings',
  {
    orgId: orgRef(),
    cycleId: uuid('cycle_id').notNull(),
    criterionId: text('criterion_id').notNull(),
    rating: text('rating', { enum: ['red', 'amber', 'green'] }),
    ratedByPersonId: uuid('rated_by_person_id'),
    ratedAt: at('rated_at'),
    confirmedAt: at('confirmed_at'),
    confirmedByPersonId: uuid('confirmed_by_person_id'),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.cycleId, t.criterionId] }), cycleKey(t)],
);

/** Where a section stands on its journey: the team's note per section. */
export const sectionNotes = pgTable(
  'assessment_section_notes',
  {
    orgId: orgRef(),
    cycleId: uuid('cycle_id').notNull(),
    sectionId: text('section_id').notNull(),
    note: text('note').notNull(),
    updatedByPersonId: uuid('updated_by_person_id'),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.cycleId, t.sectionId] }), cycleKey(t)],
);

/**
 * Evidence for a criterion: a text, a link, or a file (kept in the database, with its checked
 * media type and size; served only to people of the organisation, as a download).
 */
export const evidence = pgTable(
  'assessment_evidence',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    cycleId: uuid('cycle_id').notNull(),
    criterionId: text('criterion_id').notNull(),
    kind: text('kind', { enum: ['text', 'link', 'file'] }).notNull(),
    body: text('body'),
    url: text('url'),
    fileName: text('file_name'),
    mediaType: text('media_type'),
    sizeBytes: integer('size_bytes'),
    content: bytea('content'),
    addedByPersonId: uuid('added_by_person_id'),
    addedAt: at('added_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), cycleKey(t), index('assessment_evidence_criterion_idx').on(t.orgId, t.cycleId, t.criterionId)],
);

/** Contributors' comments on a criterion during a team review. */
export const criterionComments = pgTable(
  'assessment_comments',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    cycleId: uuid('cycle_id').notNull(),
    criterionId: text('criterion_id').notNull(),
    body: text('body').notNull(),
    authorPersonId: uuid('author_person_id'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), cycleKey(t), index('assessment_comments_criterion_idx').on(t.orgId, t.cycleId, t.criterionId)],
);

/**
 * Who has answered an anonymous staff survey — only so nobody answers twice. Nothing links a
 * row here to a response: no shared id, no time on either side.
 */
export const surveyParticipants = pgTable(
  'assessment_survey_participants',
  {
    orgId: orgRef(),
    cycleId: uuid('cycle_id').notNull(),
    personId: uuid('person_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.cycleId, t.personId] }), cycleKey(t)],
);

/**
 * One anonymous survey response: ratings per criterion (skipped ones absent) and free-text
 * comments per section. No person, no time: the id is random (v4, not time-ordered) and the unit
 * is the respondent's unit, the group the privacy gate counts. Read only through the gate.
 * answers/comments: JSON checked by ZSurveyAnswers — changing its shape may need a migration.
 */
export const surveyResponses = pgTable(
  'assessment_survey_responses',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    cycleId: uuid('cycle_id').notNull(),
    unitId: uuid('unit_id'),
    answers: jsonb('answers').notNull(),
    comments: jsonb('comments').notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), cycleKey(t), index('assessment_survey_responses_cycle_idx').on(t.orgId, t.cycleId)],
);

/**
 * What a staff survey froze when it opened: its unit tree (ids, parents, names) and its
 * thresholds. Results are computed over this copy, so a later restructure or a lowered minimum
 * does not apply to the cycle (a changed tree would let figures of two trees be subtracted).
 */
export const surveySnapshots = pgTable(
  'assessment_survey_snapshots',
  {
    orgId: orgRef(),
    cycleId: uuid('cycle_id').notNull(),
    /** [{ id, name, parentId }] as they were */
    units: jsonb('units').notNull(),
    minGroupSize: integer('min_group_size').notNull(),
    minFreeTextGroupSize: integer('min_free_text_group_size').notNull(),
    takenAt: at('taken_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.cycleId] }), cycleKey(t)],
);

/**
 * Who may answer a staff survey, frozen when it opened, with the unit each person was in then
 * (their answer is counted there). Only people whose own account was active at that moment.
 */
export const surveyEligible = pgTable(
  'assessment_survey_eligible',
  {
    orgId: orgRef(),
    cycleId: uuid('cycle_id').notNull(),
    personId: uuid('person_id').notNull(),
    /** no foreign key: the unit may be removed later, the frozen tree still names it */
    unitId: uuid('unit_id'),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.cycleId, t.personId] }), cycleKey(t)],
);

/**
 * The released figure an action was raised from, as it was shown then: a workforce indicator of
 * a unit and quarter; a staff survey criterion's mean for a group (the action's cycle and
 * criterion say which survey and criterion); or an audit's share of green criteria in an
 * implementation domain (the action's cycle is the team review). `unitId` null: the whole scope.
 */
export type RaisedFromFigure =
  | { kind: 'indicator'; indicator: string; unitId: string | null; quarter: string; value: number }
  | { kind: 'survey-criterion'; unitId: string | null; value: number }
  | { kind: 'domain'; domain: string; unitId: string | null; value: number };

/**
 * An action owned by a named person: to close a gap found at an amber or red criterion of a
 * cycle, or raised from a released figure (`figure`: which figure and its value then): a
 * workforce indicator (no cycle nor criterion), a staff survey criterion (its cycle and
 * criterion) or an audit domain (its team review; no criterion).
 */
export const assessmentActions = pgTable(
  'assessment_actions',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    cycleId: uuid('cycle_id'),
    criterionId: text('criterion_id'),
    figure: jsonb('figure').$type<RaisedFromFigure>(),
    title: text('title').notNull(),
    ownerPersonId: uuid('owner_person_id'),
    dueOn: date('due_on'),
    status: text('status', { enum: ['not-started', 'in-progress', 'done', 'dropped'] }).notNull().default('not-started'),
    /** the day (organisation's time zone) it was last marked done; null while not done */
    doneOn: date('done_on'),
    createdByPersonId: uuid('created_by_person_id'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    cycleKey(t),
    foreignKey({ columns: [t.orgId, t.ownerPersonId], foreignColumns: [people.orgId, people.id] }),
    index('assessment_actions_cycle_idx').on(t.orgId, t.cycleId),
    check('assessment_actions_source', sql`(${t.cycleId} IS NOT NULL AND ${t.criterionId} IS NOT NULL) OR ${t.figure} IS NOT NULL`),
  ],
);

/** Progress notes on an action, newest last. */
export const actionNotes = pgTable(
  'assessment_action_notes',
  {
    orgId: orgRef(),
    id: uuid('id').notNull(),
    actionId: uuid('action_id').notNull(),
    body: text('body').notNull(),
    authorPersonId: uuid('author_person_id'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.actionId], foreignColumns: [assessmentActions.orgId, assessmentActions.id] }).onDelete('cascade'),
  ],
);
