import type { Db } from '../../platform/db/client.js';
import { contributingOrgIds, type CrossOrgEarlierFigure, releaseCrossOrg } from '../../platform/privacy/cross-org-release.js';
import { getOrganisation } from '../../platform/tenancy/org-store.js';
import { ZHubSettings } from '../hub/model.js';
import { benchmarkRequests, benchmarkRows, type BenchmarkRow } from './benchmarks.js';
import * as store from './collaborative-store.js';

/**
 * Releases a collaborative's benchmark figures through the cross-organisation gate with the
 * hub's thresholds and every figure the hub showed before, and logs what each shown figure
 * pooled. One advisory lock per hub: the log is read, checked against and written in one
 * transaction, so two readers (or two processes) cannot each pass a check without the other's
 * figures. `ownOrgId`: an organisation's view, with its own contributions beside the pools.
 */
export async function releaseBenchmarks(db: Db, hubId: string, collaborativeId: string, ownOrgId?: string): Promise<BenchmarkRow[]> {
  return db.transaction(async (tx) => {
    await store.lockHubFigureLog(tx, hubId);
    const hub = await getOrganisation(tx, hubId, ZHubSettings);
    const thresholds = { minGroupSize: hub.settings.hubMinGroupSize, minOrganisations: hub.settings.hubMinOrganisations };
    const timepoints = await store.listTimepointsOf(tx, hubId, collaborativeId);
    const slots = timepoints.map((t) => ({ slot: t.slot, label: t.label }));
    const consented = new Set(await store.consentedOrgIds(tx, hubId));
    const members = (await store.listMembersOf(tx, hubId, collaborativeId)).map((m) => m.orgId).filter((o) => consented.has(o));
    const stored = await store.hubContributions(tx, hubId);
    const contributions = stored.map((c) => ({ orgId: c.orgId, timepoint: c.slot, measure: c.measure, cell: c.cell, n: c.n, sum: c.sum }));
    const slotSet = new Set(slots.map((s) => s.slot));
    const measures = [...new Set(contributions.filter((c) => slotSet.has(c.timepoint)).map((c) => c.measure))].sort();
    const figures = benchmarkRequests({ slots, measures, collaborativeOrgIds: members, hubOrgIds: [...consented] });
    const earlier: CrossOrgEarlierFigure[] = await store.earlierHubFigures(tx, hubId);
    const verdicts = releaseCrossOrg({ thresholds, contributions, figures, earlier });
    const shownIds = new Set(verdicts.filter((v) => v.shown).map((v) => v.id));
    await store.recordHubFigures(
      tx,
      hubId,
      figures.filter((f) => shownIds.has(f.id)).map((f) => ({ timepoint: f.timepoint, measure: f.measure, cell: f.cell, orgIds: contributingOrgIds(f, contributions) })),
    );
    const own = ownOrgId
      ? new Map(contributions.filter((c) => c.orgId === ownOrgId).map((c) => [`${c.timepoint}\u0000${c.measure}`, { n: c.n, sum: c.sum }]))
      : undefined;
    return benchmarkRows({ slots, measures, verdicts, ...(own ? { own } : {}) });
  });
}
