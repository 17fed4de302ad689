import type { Queryable } from '../../platform/db/client.js';
import { contributedResults } from '../wellbeing/contributed-results.js';
import type { Period } from './indicator-rules.js';
import type { GateJob } from './gate-jobs.js';
import type { DecidedGroup } from './indicator-gate.js';

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

/**
 * The gate jobs of the quarter's contributed check-in results (one family per instrument, by id),
 * and how to make the figures once the gate has decided them.
 */
export async function bandMembers(
  q: Queryable,
  orgId: string,
  quarterId: string,
  period: Period,
  pathOf: (unitId: string | null) => string[],
): Promise<{ jobs: GateJob[]; finish: (decided: readonly DecidedGroup[][]) => InstrumentBands[]; keepOnly: (people: ReadonlySet<string>) => void }> {
  const read = await contributedResults(q, orgId, period);
  const { packs } = read;
  let results = read.results;
  const instruments = [...packs.values()].sort((a, b) => a.id.localeCompare(b.id));
  const jobsOf = (): GateJob[] =>
    instruments.map((pack) => ({
      family: `wellbeing-bands:${pack.id}:${quarterId}`,
      members: results.filter((r) => r.instrumentId === pack.id).map((r) => ({ personId: r.personId, path: pathOf(r.unitId) })),
      what: `Check-in figures shown earlier for ${quarterId}`,
    }));
  const finish = (decided: readonly DecidedGroup[][]) =>
    instruments.map((pack, i) => {
      const resultOf = new Map(results.filter((r) => r.instrumentId === pack.id).map((r) => [r.personId, r]));
      const scales = pack.body.scales.filter((s) => (s.model ?? 'main') === 'main' && s.bands.length > 0);
      return {
        instrumentId: pack.id,
        title: pack.title as LocalText,
        scales: scales.map((scale) => ({
          scaleId: scale.id,
          name: scale.name as LocalText,
          bands: scale.bands.map((b) => ({ id: b.id, label: b.label as LocalText })),
          units: decided[i]!.map((g): BandUnit => {
            if (!g.shown) return { unitId: g.unitId, shown: false, reason: g.reason };
            const counts: Record<string, number> = Object.fromEntries([...scale.bands.map((b) => [b.id, 0] as const), ['none', 0] as const]);
            for (const id of g.members) {
              const band = resultOf.get(id)?.bands.find((b) => b.scaleId === scale.id)?.bandId ?? 'none';
              counts[band] = (counts[band] ?? 0) + 1;
            }
            return { unitId: g.unitId, shown: true, people: g.members.length, counts };
          }),
        })),
      };
    });
  const bands = {
    jobs: jobsOf(),
    finish,
    /** only these people's results (figures of one kind of worker): the same families, other sets of people in them */
    keepOnly: (people: ReadonlySet<string>) => {
      results = results.filter((r) => people.has(r.personId));
      bands.jobs = jobsOf();
    },
  };
  return bands;
}
