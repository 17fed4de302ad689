import type { RunKind } from './model.js';

/**
 * What an audit result or the check-in band counts become in the hub's hands, pure: one value
 * (a count `n` and a `sum`, with the `people` behind it) per measure, which the
 * cross-organisation gate pools as sum / n. Measure ids carry their kind, so a survey section,
 * an audit section and a band never pool together even where their ids match: a survey section
 * is its bare id (as always), an audit section `audit:<pack>:<section>`, a band
 * `bands:<instrument>:<scale>:<band>`. Pack, section, scale and band ids are lowercase letters,
 * digits, dots and dashes (the pack format), never a colon.
 */

export interface ContributionValue {
  measure: string;
  n: number;
  sum: number;
  people: number;
}

/** The points a confirmed rating gives an audit section's figure: its mean reads 0 (all red) to 2 (all green). */
export const AUDIT_POINTS = { red: 0, amber: 1, green: 2 } as const;
export const AUDIT_TOP_POINTS = 2;

export const auditMeasure = (packId: string, sectionId: string) => `audit:${packId}:${sectionId}`;
export const bandMeasure = (instrumentId: string, scaleId: string, bandId: string) => `bands:${instrumentId}:${scaleId}:${bandId}`;

/** The kind of figure a measure id is (a bare id is a staff-survey section). */
export function measureKind(measure: string): RunKind {
  if (measure.startsWith('audit:')) return 'audit';
  if (measure.startsWith('bands:')) return 'check-in-bands';
  return 'staff-survey';
}

/** The parts of an audit or band measure id; undefined for a survey section's. */
export function measureParts(measure: string): { kind: 'audit'; packId: string; sectionId: string } | { kind: 'check-in-bands'; instrumentId: string; scaleId: string; bandId: string } | undefined {
  const parts = measure.split(':');
  if (parts[0] === 'audit' && parts.length === 3) return { kind: 'audit', packId: parts[1]!, sectionId: parts[2]! };
  if (parts[0] === 'bands' && parts.length === 4) return { kind: 'check-in-bands', instrumentId: parts[1]!, scaleId: parts[2]! , bandId: parts[3]! };
  return undefined;
}

/**
 * A closed audit (team review): per section, the criteria with a confirmed rating as n and their
 * points as sum (an unrated criterion adds nothing: it was not judged). `people` is how many
 * reviewers stand behind the ratings (the lead and the contributors, each once): the hub's
 * minimum group size is checked against it. A section with no confirmed rating gives nothing.
 */
export function auditValues(
  packId: string,
  sections: ReadonlyArray<{ id: string; counts: { red: number; amber: number; green: number } }>,
  reviewers: number,
): ContributionValue[] {
  const out: ContributionValue[] = [];
  for (const { id, counts } of sections) {
    const n = counts.red + counts.amber + counts.green;
    if (n === 0) continue;
    const sum = counts.red * AUDIT_POINTS.red + counts.amber * AUDIT_POINTS.amber + counts.green * AUDIT_POINTS.green;
    out.push({ measure: auditMeasure(packId, id), n, sum, people: reviewers });
  }
  return out;
}

/**
 * The organisation's check-in band counts for a period, as its own gate SHOWED them (a hidden
 * group gives nothing): per instrument, main scale and band — 'none' included, for results with
 * too few answers for a band — n is the group's contributors, sum how many of them fell in the
 * band (so the pooled mean is the share in that band), people the same contributors. Every
 * band of a scale goes, zero counts too, so the scale's figures all pool the same people and
 * the gate decides them alike.
 */
export function bandValues(
  instruments: ReadonlyArray<{
    instrumentId: string;
    scales: ReadonlyArray<{ scaleId: string; bands: ReadonlyArray<{ id: string }>; whole: { shown: boolean; people?: number; counts?: Record<string, number> } | undefined }>;
  }>,
): ContributionValue[] {
  const out: ContributionValue[] = [];
  for (const instrument of instruments) {
    for (const scale of instrument.scales) {
      const whole = scale.whole;
      if (!whole?.shown || !whole.people || !whole.counts) continue;
      for (const bandId of [...scale.bands.map((b) => b.id), 'none']) {
        out.push({ measure: bandMeasure(instrument.instrumentId, scale.scaleId, bandId), n: whole.people, sum: whole.counts[bandId] ?? 0, people: whole.people });
      }
    }
  }
  return out;
}
