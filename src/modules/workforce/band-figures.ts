import type { Tx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { earlierFigures, lockReleaseLog, recordFigures } from '../../platform/privacy/release-log-store.js';
import { contributedResults } from '../wellbeing/contributed-results.js';
import type { Period } from './indicator-rules.js';
import { releaseGroups } from './indicator-gate.js';

/**
 * How the people who chose to contribute their check-in results are spread across each
 * instrument's bands, by unit, for one quarter — through the cycle-wide gate, each instrument and
 * quarter its own data family (`wellbeing-bands:<instrument>:<quarter>`). A shown group gives how
 * many of its contributors fell in each band of each main scale; nothing is shown about anyone
 * who did not choose to contribute, and nothing per person.
 */

type LocalText = Record<string, string>;

export interface BandUnit {
  unitId: string | null;
  shown: boolean;
  reason?: 'small-group' | 'protects-another';
  /** contributors in the group (shown groups only) */
  people?: number;
  /** band id → people; 'none' for a result with too few answers for a band */
  counts?: Record<string, number>;
}

export interface InstrumentBands {
  instrumentId: string;
  title: LocalText;
  scales: Array<{ scaleId: string; name: LocalText; bands: Array<{ id: string; label: LocalText }>; units: BandUnit[] }>;
}

export async function bandFigures(tx: Tx, orgId: string, quarterId: string, period: Period, minGroupSize: number, pathOf: (unitId: string | null) => string[]): Promise<InstrumentBands[]> {
  const { results, packs } = await contributedResults(tx, orgId, period);
  const out: InstrumentBands[] = [];
  for (const pack of [...packs.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const mine = results.filter((r) => r.instrumentId === pack.id);
    const family = `wellbeing-bands:${pack.id}:${quarterId}`;
    await lockReleaseLog(tx, orgId, family);
    const release = releaseGroups({ members: mine.map((r) => ({ personId: r.personId, path: pathOf(r.unitId) })), earlier: await earlierFigures(tx, orgId, family), minGroupSize });
    if (!release.ok) throw new AppError(422, 'privacy-refused', `Check-in figures shown earlier for ${quarterId}, together with any figure now, could point at individuals, so none can be shown.`);
    await recordFigures(tx, orgId, family, release.figures);
    const resultOf = new Map(mine.map((r) => [r.personId, r]));
    const scales = pack.body.scales.filter((s) => (s.model ?? 'main') === 'main' && s.bands.length > 0);
    out.push({
      instrumentId: pack.id,
      title: pack.title as LocalText,
      scales: scales.map((scale) => ({
        scaleId: scale.id,
        name: scale.name as LocalText,
        bands: scale.bands.map((b) => ({ id: b.id, label: b.label as LocalText })),
        units: release.groups.map((g): BandUnit => {
          if (!g.shown) return { unitId: g.unitId, shown: false, reason: g.reason };
          const counts: Record<string, number> = Object.fromEntries([...scale.bands.map((b) => [b.id, 0] as const), ['none', 0] as const]);
          for (const id of g.members) {
            const band = resultOf.get(id)?.bands.find((b) => b.scaleId === scale.id)?.bandId ?? 'none';
            counts[band] = (counts[band] ?? 0) + 1;
          }
          return { unitId: g.unitId, shown: true, people: g.members.length, counts };
        }),
      })),
    });
  }
  return out;
}
