import type { Tx } from '../../platform/db/client.js';
import { invalid } from '../../platform/http/errors.js';
import { resolveThresholds } from '../../platform/privacy/index.js';
import { getOrganisation } from '../../platform/tenancy/org-store.js';
import { bandMembers, type InstrumentBands } from './band-figures.js';
import { unitPaths } from './figure-store.js';
import { decideFamilies } from './gate-jobs.js';
import { quarter } from './indicator-rules.js';

/**
 * The whole organisation's check-in band counts for a quarter as the organisation's own gate
 * releases them, for a purpose outside the organisation (its contribution to a hub's
 * collaborative). The gate decides the same families as the workforce figures page, with the
 * same unit tree, every earlier release and the organisation's minimum, and records what it
 * shows in the same log: what leaves is then exactly a figure the organisation itself may
 * show, and a later view of its units is checked against it. Only the whole organisation's
 * group is returned; each shown scale gives how many contributors fell in each band, never who.
 * Call inside a transaction (the release-log locks are held with it).
 */
export async function releasedOrgBands(tx: Tx, orgId: string, quarterId: string): Promise<Array<Omit<InstrumentBands, 'scales'> & { scales: Array<Omit<InstrumentBands['scales'][number], 'units'> & { whole: InstrumentBands['scales'][number]['units'][number] | undefined }> }>> {
  const period = quarter(quarterId);
  if (!period) throw invalid('quarter', 'must be a quarter such as 2026-Q3');
  const org = await getOrganisation(tx, orgId);
  const { minGroupSize } = resolveThresholds({ minGroupSize: org.settings.minGroupSize });
  const { pathOf } = await unitPaths(tx, orgId);
  const bands = await bandMembers(tx, orgId, quarterId, period, pathOf);
  const decided = await decideFamilies(tx, orgId, bands.jobs, minGroupSize);
  return bands.finish(decided).map((instrument) => ({
    ...instrument,
    scales: instrument.scales.map(({ units, ...scale }) => ({ ...scale, whole: units.find((u) => u.unitId === null) })),
  }));
}
