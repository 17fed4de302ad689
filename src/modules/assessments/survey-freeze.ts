import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { accounts } from '../../platform/auth/schema.js';
import { resolveThresholds, type Thresholds } from '../../platform/privacy/index.js';
import { getOrganisation } from '../../platform/tenancy/org-store.js';
import { people } from '../people/schema.js';
import { surveyEligible, surveySnapshots } from './schema.js';
import { inScope, type UnitNode } from './survey-model.js';
import { unitTree } from './survey-store.js';

/**
 * A staff survey's frozen copy of the organisation as it was when the survey opened: the unit
 * tree, the thresholds, and who may answer with the unit each was in. Answers are checked
 * against it and stored under the frozen unit; results are computed over it. Later
 * restructures, moves, new accounts and setting changes do not apply to the cycle.
 *
 * Taken when the cycle is created, or — for a cycle created before snapshots existed, or
 * written straight to the table — on its first use by any survey route (listing, questions,
 * answering, results): then the organisation as it is at that moment is frozen.
 */
export interface FrozenSurvey {
  units: UnitNode[];
  parents: Map<string, string | null>;
  thresholds: Thresholds;
  /** eligible person → their unit when the survey opened */
  eligible: Map<string, string | null>;
}

interface CycleScope {
  orgId: string;
  id: string;
  unitId: string | null;
}

/** The organisation's thresholds in force now (what a survey freezes as its own). */
export async function surveyThresholds(q: Queryable, orgId: string): Promise<Thresholds> {
  const org = await getOrganisation(q, orgId);
  return resolveThresholds({ minGroupSize: org.settings.minGroupSize });
}

/** 4 parameters a row: 20,000 per statement, well inside PostgreSQL's limit. */
const ELIGIBLE_ROWS_PER_INSERT = 5_000;

/** Takes the snapshot if the cycle has none yet (concurrent first uses take it once). */
export async function freezeSurvey(q: Queryable, cycle: CycleScope): Promise<void> {
  await q.transaction(async (tx) => {
    const thresholds = await surveyThresholds(tx, cycle.orgId);
    const { units, parents } = await unitTree(tx, cycle.orgId);
    const taken = await tx
      .insert(surveySnapshots)
      .values({ orgId: cycle.orgId, cycleId: cycle.id, units, ...thresholds })
      .onConflictDoNothing()
      .returning({ cycleId: surveySnapshots.cycleId });
    if (taken.length === 0) return;
    // Eligible: in the survey's scope now, with their own account active (a password they set,
    // not disabled). An invitation not yet taken up does not make anyone a respondent.
    const active = await tx
      .selectDistinct({ personId: people.id, unitId: people.unitId })
      .from(people)
      .innerJoin(accounts, and(eq(accounts.orgId, people.orgId), eq(accounts.personId, people.id)))
      .where(and(eq(people.orgId, cycle.orgId), isNotNull(accounts.passwordHash), eq(accounts.disabled, false)));
    const rows = active.filter((p) => inScope(cycle.unitId, p.unitId, parents)).map((p) => ({ orgId: cycle.orgId, cycleId: cycle.id, personId: p.personId, unitId: p.unitId }));
    // in slices: one insert of every row passes PostgreSQL's 65,535 parameters at about 16,000 people
    for (let start = 0; start < rows.length; start += ELIGIBLE_ROWS_PER_INSERT) {
      await tx.insert(surveyEligible).values(rows.slice(start, start + ELIGIBLE_ROWS_PER_INSERT)).onConflictDoNothing();
    }
  });
}

/** The cycle's frozen copy, taking it first if it has none. */
export async function frozenSurvey(q: Queryable, cycle: CycleScope): Promise<FrozenSurvey> {
  let [snapshot] = await q.select().from(surveySnapshots).where(and(eq(surveySnapshots.orgId, cycle.orgId), eq(surveySnapshots.cycleId, cycle.id)));
  if (!snapshot) {
    await freezeSurvey(q, cycle);
    [snapshot] = await q.select().from(surveySnapshots).where(and(eq(surveySnapshots.orgId, cycle.orgId), eq(surveySnapshots.cycleId, cycle.id)));
  }
  const units = snapshot!.units as UnitNode[];
  const eligibleRows = await q
    .select({ personId: surveyEligible.personId, unitId: surveyEligible.unitId })
    .from(surveyEligible)
    .where(and(eq(surveyEligible.orgId, cycle.orgId), eq(surveyEligible.cycleId, cycle.id)));
  return {
    units,
    parents: new Map(units.map((u) => [u.id, u.parentId])),
    thresholds: { minGroupSize: snapshot!.minGroupSize, minFreeTextGroupSize: snapshot!.minFreeTextGroupSize },
    eligible: new Map(eligibleRows.map((r) => [r.personId, r.unitId])),
  };
}

/** Freezes, at this first use, any of these surveys that has no frozen copy yet (cycles from before snapshots). */
async function ensureFrozen(q: Queryable, orgId: string, cycles: readonly CycleScope[]) {
  if (cycles.length === 0) return;
  const taken = await q
    .select({ cycleId: surveySnapshots.cycleId })
    .from(surveySnapshots)
    .where(and(eq(surveySnapshots.orgId, orgId), inArray(surveySnapshots.cycleId, cycles.map((c) => c.id))));
  const have = new Set(taken.map((t) => t.cycleId));
  for (const cycle of cycles) if (!have.has(cycle.id)) await freezeSurvey(q, cycle);
}

/**
 * Which of these surveys (one organisation's) ask this person, with the unit they were frozen in:
 * one query for all of them, reading only the person's own rows.
 */
export async function eligibleAmong(q: Queryable, orgId: string, cycles: readonly CycleScope[], personId: string): Promise<Map<string, string | null>> {
  if (cycles.length === 0) return new Map();
  await ensureFrozen(q, orgId, cycles);
  const rows = await q
    .select({ cycleId: surveyEligible.cycleId, unitId: surveyEligible.unitId })
    .from(surveyEligible)
    .where(and(eq(surveyEligible.orgId, orgId), eq(surveyEligible.personId, personId), inArray(surveyEligible.cycleId, cycles.map((c) => c.id))));
  return new Map(rows.map((r) => [r.cycleId, r.unitId]));
}

/** Is this person one of the survey's frozen respondents? Their frozen unit, or undefined. */
export async function eligibleUnit(q: Queryable, cycle: CycleScope, personId: string): Promise<{ eligible: boolean; unitId: string | null }> {
  const found = await eligibleAmong(q, cycle.orgId, [cycle], personId);
  return found.has(cycle.id) ? { eligible: true, unitId: found.get(cycle.id) ?? null } : { eligible: false, unitId: null };
}
