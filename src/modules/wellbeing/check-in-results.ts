import type { Queryable } from '../../platform/db/client.js';
import { possibleScaleRange } from '../instruments/score-instrument.js';
import { type CheckInRow, checkInsOldestFirst } from './check-in-store.js';
import { findInstrument } from '../instruments/instrument-catalogue.js';
import type { InstrumentPack } from '../instruments/instrument-types.js';
import { ZCheckInAnswers } from './model.js';
import { presentCheckIn, type TCheckIn, type TTrend } from './present.js';
import { scoreCheckIn } from './score-check-in.js';

/** The key of the instrument version a check-in answered. */
export const versionOf = (row: CheckInRow) => `${row.instrumentId}@${row.instrumentVersion}`;

/**
 * The instrument versions these check-ins answered, each read once however many check-ins used it
 * (undefined when no longer available to the organisation).
 */
export async function instrumentsFor(q: Queryable, orgId: string, rows: CheckInRow[]): Promise<Map<string, InstrumentPack | undefined>> {
  const wanted = new Map(rows.map((row) => [versionOf(row), row]));
  const found = await Promise.all([...wanted].map(async ([key, row]) => [key, await findInstrument(q, orgId, row.instrumentId, row.instrumentVersion)] as const));
  return new Map(found);
}

/** One check-in with its scores, recomputed by the version it answered (none when that is gone). */
export function scoredWith(packs: Map<string, InstrumentPack | undefined>, row: CheckInRow): TCheckIn {
  const pack = packs.get(versionOf(row));
  return presentCheckIn(row, pack ? scoreCheckIn(pack, ZCheckInAnswers.parse(row.answers)) : []);
}

/**
 * Check-ins with their scores recomputed from the answers and the very instrument version they
 * answered (scores are never stored, so a corrected scoring rule applies to history too).
 */
export async function withScores(q: Queryable, orgId: string, rows: CheckInRow[]): Promise<TCheckIn[]> {
  const packs = await instrumentsFor(q, orgId, rows);
  return rows.map((row) => scoredWith(packs, row));
}

/** The same, each with the instrument version it was scored by (undefined when no longer available). */
async function scoredWithPacks(q: Queryable, orgId: string, rows: CheckInRow[]): Promise<Array<{ checkIn: TCheckIn; pack: InstrumentPack | undefined }>> {
  const packs = await instrumentsFor(q, orgId, rows);
  return rows.map((row) => ({ checkIn: scoredWith(packs, row), pack: packs.get(versionOf(row)) }));
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
  const scored = await scoredWithPacks(q, orgId, await checkInsOldestFirst(q, orgId, personId, filter.instrumentId));
  const trends = new Map<string, TTrend>();
  for (const { checkIn, pack } of scored) {
    for (const scale of checkIn.scores) {
      if (filter.scaleId && scale.scaleId !== filter.scaleId) continue;
      const key = `${checkIn.instrumentId}\u0000${scale.scaleId}`;
      // a scored check-in has its pack; the axis spans every version's range, should one differ
      const range = pack ? possibleScaleRange(pack, scale.scaleId) : undefined;
      const trend = trends.get(key) ?? { instrumentId: checkIn.instrumentId, scaleId: scale.scaleId, scaleName: scale.name, lowest: range?.min ?? 0, highest: range?.max ?? 0, points: [] };
      trends.set(key, trend);
      if (range) {
        trend.lowest = Math.min(trend.lowest, range.min);
        trend.highest = Math.max(trend.highest, range.max);
      }
      trend.points.push({
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
