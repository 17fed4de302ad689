import { and, desc, eq, gte, lte } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import type { InstrumentPack } from '../instruments/instrument-types.js';
import { instrumentsFor, versionOf } from './check-in-results.js';
import { ZCheckInAnswers } from './model.js';
import { checkIns, wellbeingSpaces } from './schema.js';
import { scoreCheckIn } from './score-check-in.js';

/**
 * The one way check-in results leave people's own spaces for anyone else's figures, and only the
 * privacy gate reads it (the workforce figures): for each person who has chosen, as of now, to
 * contribute, their latest check-in of each instrument answered in Tend (never one brought in from
 * another app) within the period, as the band of each of the instrument's main scales, with the
 * unit the check-in was made in. Answers and scores stay behind; nothing here is ever shown per
 * person.
 */
export interface ContributedResult {
  personId: string;
  unitId: string | null;
  instrumentId: string;
  /** each main-model scale's band (null when too few answers gave no score, or the scale has no bands) */
  bands: Array<{ scaleId: string; bandId: string | null }>;
}

export async function contributedResults(q: Queryable, orgId: string, period: { from: string; to: string }): Promise<{ results: ContributedResult[]; packs: Map<string, InstrumentPack> }> {
  // the latest of each person and instrument picked in the database (DISTINCT ON), not every
  // check-in of the period sent over to be thrown away
  const rows = await q
    .selectDistinctOn([checkIns.personId, checkIns.instrumentId], { row: checkIns })
    .from(checkIns)
    .innerJoin(wellbeingSpaces, and(eq(wellbeingSpaces.orgId, checkIns.orgId), eq(wellbeingSpaces.personId, checkIns.personId)))
    .where(
      and(
        eq(checkIns.orgId, orgId),
        eq(wellbeingSpaces.contributesToFigures, true),
        eq(checkIns.origin, 'tend'),
        gte(checkIns.submittedOn, period.from),
        lte(checkIns.submittedOn, period.to),
      ),
    )
    .orderBy(checkIns.personId, checkIns.instrumentId, desc(checkIns.submittedAt), desc(checkIns.id));
  const latest = rows.map((r) => r.row);
  const packs = await instrumentsFor(q, orgId, latest);
  const results: ContributedResult[] = [];
  const byId = new Map<string, InstrumentPack>();
  for (const row of latest) {
    const pack = packs.get(versionOf(row));
    if (!pack) continue; // an instrument no longer available scores nothing
    byId.set(pack.id, byId.get(pack.id) ?? pack);
    const outcomes = scoreCheckIn(pack, ZCheckInAnswers.parse(row.answers)).filter((o) => o.model === 'main');
    results.push({ personId: row.personId, unitId: row.unitId, instrumentId: row.instrumentId, bands: outcomes.map((o) => ({ scaleId: o.scaleId, bandId: o.band?.id ?? null })) });
  }
  return { results, packs: byId };
}
