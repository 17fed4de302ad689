import { bigint, date, foreignKey, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../platform/tenancy/schema.js';

/**
 * A hub's learning collaboratives. Every table is hub-keyed (hub_id first in the primary key),
 * so on Citus they are distributed by hub_id and co-located with each other; nothing here holds
 * a row about a person of a member organisation, only released aggregates and counts.
 */
export const collaboratives = pgTable(
  'collaboratives',
  {
    hubId: uuid('hub_id')
      .notNull()
      .references(() => organisations.id),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.hubId, t.id] })],
);

/**
 * The organisations taking part. An organisation takes part in at most one collaborative of a
 * hub (the unique key): its contribution at a timepoint slot is then one value, and the
 * collaborative's and the hub's pools at that slot are sums over the same unknowns, which is
 * what lets the cross-organisation gate solve them together.
 */
export const collaborativeMembers = pgTable(
  'collaborative_members',
  {
    hubId: uuid('hub_id').notNull(),
    collaborativeId: uuid('collaborative_id').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.collaborativeId, t.orgId] }),
    unique('collaborative_members_one_per_hub').on(t.hubId, t.orgId),
    foreignKey({ columns: [t.hubId, t.collaborativeId], foreignColumns: [collaboratives.hubId, collaboratives.id] }).onDelete('cascade'),
  ],
);

/** The collaborative's timeline: named phases with their dates. */
export const collaborativePhases = pgTable(
  'collaborative_phases',
  {
    hubId: uuid('hub_id').notNull(),
    id: uuid('id').notNull(),
    collaborativeId: uuid('collaborative_id').notNull(),
    name: text('name').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    foreignKey({ columns: [t.hubId, t.collaborativeId], foreignColumns: [collaboratives.hubId, collaboratives.id] }).onDelete('cascade'),
  ],
);

/**
 * A moment the collaborative measures: its slot (baseline, endline, 6 or 12 months, or its own
 * id for one added later) says which moments of different collaboratives pool into the hub's
 * figure; label and due date are the hub's to edit. `packId` is the assessment pack its staff
 * survey runs; `kinds` lists what else the organisations are asked for (model.ts).
 */
export const collaborativeTimepoints = pgTable(
  'collaborative_timepoints',
  {
    hubId: uuid('hub_id').notNull(),
    id: uuid('id').notNull(),
    collaborativeId: uuid('collaborative_id').notNull(),
    slot: text('slot').notNull(),
    label: text('label').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    packId: text('pack_id'),
    kinds: text('kinds').array().notNull().default([]),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.id] }),
    unique('collaborative_timepoints_slot').on(t.hubId, t.collaborativeId, t.slot),
    foreignKey({ columns: [t.hubId, t.collaborativeId], foreignColumns: [collaboratives.hubId, collaboratives.id] }).onDelete('cascade'),
  ],
);

/**
 * Which of its cycles an organisation runs for a timepoint: a staff survey, or (kind 'audit') a
 * closed whole-organisation team review. Its admins link it; the hub sees only that a cycle is
 * linked, never the cycle. One cycle per timepoint and kind.
 */
export const collaborativeRuns = pgTable(
  'collaborative_runs',
  {
    hubId: uuid('hub_id').notNull(),
    timepointId: uuid('timepoint_id').notNull(),
    orgId: uuid('org_id').notNull(),
    cycleId: uuid('cycle_id').notNull(),
    /** 'staff-survey' | 'audit' (model.ts RUN_KINDS; check-in bands link no cycle) */
    kind: text('kind').notNull().default('staff-survey'),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.timepointId, t.orgId, t.kind] }),
    // hub-keyed, so the cycle (an organisation's row, distributed by org_id) is named without a
    // foreign key, which Citus could not keep across distributions; linking checks it exists
    unique('collaborative_runs_cycle').on(t.hubId, t.orgId, t.cycleId),
    foreignKey({ columns: [t.hubId, t.timepointId], foreignColumns: [collaborativeTimepoints.hubId, collaborativeTimepoints.id] }).onDelete('cascade'),
  ],
);

/**
 * An organisation's contribution: one released whole-organisation figure at one timepoint, as a
 * count and a sum — a survey section's ratings, an audit section's confirmed ratings as points,
 * or how many of the check-in contributors fell in one band (contribution-values.ts). Written once, when the linked
 * cycle's results are released while consent is in force; kept after a revocation (it was
 * published). `slot` is the gate's timepoint.
 */
export const collaborativeContributions = pgTable(
  'collaborative_contributions',
  {
    hubId: uuid('hub_id').notNull(),
    orgId: uuid('org_id').notNull(),
    timepointId: uuid('timepoint_id').notNull(),
    /** what it came from: 'staff-survey' | 'audit' | 'check-in-bands' (model.ts RUN_KINDS) */
    kind: text('kind').notNull().default('staff-survey'),
    measure: text('measure').notNull(),
    cell: text('cell').notNull(),
    slot: text('slot').notNull(),
    n: integer('n').notNull(),
    sum: bigint('sum', { mode: 'number' }).notNull(),
    // how many people gave the n ratings: the hub's minimum group size is about people. A row
    // written before this was counted says 0, so the gate hides what it is in rather than guess
    people: integer('people').notNull().default(0),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.hubId, t.orgId, t.timepointId, t.measure, t.cell] }),
    foreignKey({ columns: [t.hubId, t.timepointId], foreignColumns: [collaborativeTimepoints.hubId, collaborativeTimepoints.id] }).onDelete('cascade'),
  ],
);

/**
 * The hub's earlier-figures log: for every cross-organisation figure shown, which organisations
 * it pooled (the gate's `contributingOrgIds`). Read, checked and written under one advisory lock
 * per hub in one transaction. Never a value.
 */
export const hubFigureReleases = pgTable(
  'hub_figure_releases',
  {
    hubId: uuid('hub_id').notNull(),
    id: uuid('id').notNull(),
    timepoint: text('timepoint').notNull(),
    measure: text('measure').notNull(),
    cell: text('cell').notNull(),
    orgIds: uuid('org_ids').array().notNull(),
    releasedAt: timestamp('released_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.hubId, t.id] }), unique('hub_figure_releases_set').on(t.hubId, t.timepoint, t.measure, t.cell, t.orgIds)],
);
