import type { Db, Tx } from '../../platform/db/client.js';
import { contributingOrgIds, type CrossOrgEarlierFigure, type CrossOrgFigureRequest, type CrossOrgVerdict, releaseCrossOrg } from '../../platform/privacy/cross-org-release.js';
import { getOrganisation } from '../../platform/tenancy/org-store.js';
import { ZHubSettings } from '../hub/model.js';
import { benchmarkRequests, benchmarkRows, type BenchmarkRow, emptyFigureIds } from './benchmarks.js';
import * as store from './collaborative-store.js';
import { measureKind } from './contribution-values.js';
import { RUN_KINDS } from './model.js';
import { otherMeasureTitles } from './measure-titles.js';
import { sectionTitles, surveyShapesOf } from './survey-shapes.js';

/** What one pass of the gate over a collaborative's figures decided, with what it was asked. */
export interface BenchmarkRelease {
  thresholds: { minGroupSize: number; minOrganisations: number };
  timepoints: store.TimepointRow[];
  measures: string[];
  figures: CrossOrgFigureRequest[];
  verdicts: CrossOrgVerdict[];
  contributions: Array<{ orgId: string; timepoint: string; measure: string; cell: string; n: number; sum: number; people: number }>;
}

/**
 * Releases a collaborative's benchmark figures through the cross-organisation gate with the
 * hub's thresholds and every figure the hub showed before, and logs what each shown figure
 * pooled. Call it inside a transaction: it takes the hub's advisory lock, so the log is read,
 * checked against and written in one go, and two readers (or two processes) cannot each pass a
 * check without the other's figures. Open data (modules/open-data) publishes the same verdicts.
 */
export async function releaseBenchmarkVerdicts(tx: Tx, hubId: string, collaborativeId: string): Promise<BenchmarkRelease> {
  await store.lockHubFigureLog(tx, hubId);
  const hub = await getOrganisation(tx, hubId, ZHubSettings);
  const thresholds = { minGroupSize: hub.settings.hubMinGroupSize, minOrganisations: hub.settings.hubMinOrganisations };
  const timepoints = await store.listTimepointsOf(tx, hubId, collaborativeId);
  const slots = timepoints.map((t) => ({ slot: t.slot, label: t.label }));
  const consented = new Set(await store.consentedOrgIds(tx, hubId));
  const members = (await store.listMembersOf(tx, hubId, collaborativeId)).map((m) => m.orgId).filter((o) => consented.has(o));
  const stored = await store.hubContributions(tx, hubId);
  const contributions = stored.map((c) => ({ orgId: c.orgId, timepoint: c.slot, measure: c.measure, cell: c.cell, n: c.n, sum: c.sum, people: c.people }));
  const slotSet = new Set(slots.map((s) => s.slot));
  // grouped by kind in RUN_KINDS order (the staff survey's sections first), then by id
  const rank = (m: string) => RUN_KINDS.indexOf(measureKind(m));
  const measures = [...new Set(contributions.filter((c) => slotSet.has(c.timepoint)).map((c) => c.measure))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const figures = benchmarkRequests({ slots, measures, collaborativeOrgIds: members, hubOrgIds: [...consented] });
  const earlier: CrossOrgEarlierFigure[] = await store.earlierHubFigures(tx, hubId);
  const verdicts = releaseCrossOrg({ thresholds, contributions, figures, earlier });
  const shownIds = new Set(verdicts.filter((v) => v.shown).map((v) => v.id));
  await store.recordHubFigures(
    tx,
    hubId,
    figures.filter((f) => shownIds.has(f.id)).map((f) => ({ timepoint: f.timepoint, measure: f.measure, cell: f.cell, orgIds: contributingOrgIds(f, contributions) })),
  );
  return { thresholds, timepoints, measures, figures, verdicts, contributions };
}

/**
 * The benchmark table of a collaborative, released as above in a transaction of its own.
 * `ownOrgId`: an organisation's view, with its own contributions beside the pools.
 */
export async function releaseBenchmarks(db: Db, hubId: string, collaborativeId: string, ownOrgId?: string): Promise<BenchmarkRow[]> {
  return db.transaction(async (tx) => {
    const { timepoints, measures, figures, verdicts, contributions } = await releaseBenchmarkVerdicts(tx, hubId, collaborativeId);
    const slots = timepoints.map((t) => ({ slot: t.slot, label: t.label }));
    const own = ownOrgId
      ? new Map(contributions.filter((c) => c.orgId === ownOrgId).map((c) => [`${c.timepoint}\u0000${c.measure}`, { n: c.n, sum: c.sum }]))
      : undefined;
    // each row carries its measure's title in every language: a survey section's from the
    // timepoints' pack, an audit section's or a band's from its own pack
    const titles = sectionTitles(await surveyShapesOf(tx, timepoints));
    for (const [measure, title] of await otherMeasureTitles(tx, measures)) titles.set(measure, title);
    return benchmarkRows({ slots, measures, verdicts, empty: emptyFigureIds(figures, contributions), ...(own ? { own } : {}) }).map((row) => ({ ...row, measureTitle: titles.get(row.measure) ?? {} }));
  });
}
