import type { Queryable } from '../../platform/db/client.js';
import { type CheckInRow, checkInsOldestFirst } from './check-in-store.js';
import { findInstrument } from './instrument-catalogue.js';
import type { InstrumentPack } from './instrument-types.js';
import { ZCheckInAnswers } from './model.js';
import { presentCheckIn, type TCheckIn, type TTrend } from './present.js';
import { scoreCheckIn } from './score-check-in.js';

/**
 * Check-ins with their scores recomputed from the answers and the very instrument version they
 * answered (scores are never stored, so a corrected scoring rule applies to history too).
 */
export async function withScores(q: Queryable, orgId: string, rows: CheckInRow[]): Promise<TCheckIn[]> {
  const packs = new Map<string, Promise<InstrumentPack | undefined>>();
  const packOf = (row: CheckInRow) => {
    const key = `${row.instrumentId}@${row.instrumentVersion}`;
    if (!packs.has(key)) packs.set(key, findInstrument(q, orgId, row.instrumentId, row.instrumentVersion));
    return packs.get(key)!;
  };
  return Promise.all(
    rows.map(async (row) => {
      const pack = await packOf(row);
      return presentCheckIn(row, pack ? scoreCheckIn(pack, ZCheckInAnswers.parse(row.answers)) : []);
    }),
  );
}

/** The latest check-in of each instrument, newest first (rows come newest first). */
export function latestPerInstrument(rows: CheckInRow[]): CheckInRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.instrumentId) && seen.add(row.instrumentId));
}

/**
 * Scores over time, oldest first: one trend per instrument and scale, or only those asked for.
 * Only scores and bands leave, never answers.
 */
export async function trendsOf(q: Queryable, orgId: string, personId: string, filter: { instrumentId?: string; scaleId?: string } = {}): Promise<TTrend[]> {
  const scored = await withScores(q, orgId, await checkInsOldestFirst(q, orgId, personId, filter.instrumentId));
  const trends = new Map<string, TTrend>();
  for (const checkIn of scored) {
    for (const scale of checkIn.scores) {
      if (filter.scaleId && scale.scaleId !== filter.scaleId) continue;
      const key = `${checkIn.instrumentId}\u0000${scale.scaleId}`;
      if (!trends.has(key)) trends.set(key, { instrumentId: checkIn.instrumentId, scaleId: scale.scaleId, scaleName: scale.name, points: [] });
      trends.get(key)!.points.push({
        checkInId: checkIn.id,
        on: checkIn.submittedOn,
        score: scale.score,
        bandId: scale.band?.id ?? null,
        bandLabel: scale.band?.label ?? null,
      });
    }
  }
  return [...trends.values()];
}
