import type { TPack } from './pack-schema.js';
import { EXTERNAL_PREFIX, SEED_IDS } from './seed-ids.js';

/** Which SEED-MAP IDs a set of packs cites, and which none does. Pure: the store feeds it. */
export interface Coverage {
  /** The packs counted: `id@version`, one version per pack id. */
  packs: string[];
  /** Every SEED-MAP ID in the map's order, with the packs citing it (empty: not carried). */
  seedIds: { id: string; carriedBy: string[] }[];
  carried: number;
  total: number;
  /** Outside references (`ext:…`) cited, with the packs citing them. */
  external: { source: string; carriedBy: string[] }[];
}

/**
 * Every string in every `source` array of the pack, wherever it sits. Walking the whole document
 * rather than the framework's known places keeps this right for kinds added later.
 */
export function citedSources(pack: TPack): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'source' && Array.isArray(child)) {
          for (const s of child) if (typeof s === 'string') found.add(s);
        } else walk(child);
      }
    }
  };
  walk(pack);
  return found;
}

/**
 * An ID counts as carried only when a pack cites it exactly: citing H.audit.safety does not carry
 * its ten criteria, and citing one criterion does not carry the whole audit.
 */
export function coverageOf(packs: readonly TPack[]): Coverage {
  const carriers = new Map<string, string[]>();
  for (const pack of packs) {
    const name = `${pack.id}@${pack.version}`;
    for (const source of citedSources(pack)) carriers.set(source, [...(carriers.get(source) ?? []), name]);
  }
  const seedIds = SEED_IDS.map((id) => ({ id, carriedBy: carriers.get(id) ?? [] }));
  const external = [...carriers.entries()]
    .filter(([source]) => source.startsWith(EXTERNAL_PREFIX))
    .map(([source, carriedBy]) => ({ source, carriedBy }))
    .sort((a, b) => a.source.localeCompare(b.source));
  return {
    packs: packs.map((p) => `${p.id}@${p.version}`),
    seedIds,
    carried: seedIds.filter((s) => s.carriedBy.length > 0).length,
    total: seedIds.length,
    external,
  };
}
