/**
 * The IDs of SEED-MAP.md (../shared/SEED-MAP.md), as data: what a pack's `source` may cite, and
 * what the coverage report counts. Keep in step with the seed map by hand: it is short and
 * changes rarely, and a parser of its prose would be more fragile than this list.
 *
 * Each entry is an ID the map names. `parts` numbers the things the map counts under it
 * (H.audit.safety has 10 criteria → H.audit.safety.1 … H.audit.safety.10); `labels` are parts
 * the map names itself (K1–K5); `partsOnly` marks a family whose parent the map never cites on
 * its own (S.ind, S.org, C: only S.ind.1 … are IDs).
 */
interface SeedEntry {
  id: string;
  parts?: number;
  labels?: readonly string[];
  partsOnly?: true;
}

const range = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

const SEED_ENTRIES: readonly SeedEntry[] = [
  // H — practice framework and tools
  { id: 'H.levels' },
  { id: 'H.levels.informed', labels: [...range('K', 5), ...range('S', 5)] },
  { id: 'H.levels.skilled' },
  { id: 'H.levels.enhanced' },
  { id: 'H.levels.specialist' },
  { id: 'H.roles' },
  { id: 'H.placement', parts: 2 },
  { id: 'H.tna', parts: 5 },
  { id: 'H.self', parts: 8 },
  { id: 'H.training', parts: 5 },
  { id: 'H.audit' },
  { id: 'H.audit.safety', parts: 10 },
  { id: 'H.audit.trust', parts: 7 },
  { id: 'H.audit.choice', parts: 12 },
  { id: 'H.audit.collab', parts: 7 },
  { id: 'H.audit.empower', parts: 10 },
  { id: 'H.outcomes' },
  { id: 'H.users' },
  { id: 'H.domains', parts: 10 },
  // S — secondary traumatic stress guidance
  { id: 'S.ind', parts: 7, partsOnly: true },
  { id: 'S.ind.2', parts: 5 },
  { id: 'S.ind.3', parts: 7 },
  { id: 'S.ind.6', parts: 3 },
  { id: 'S.ind.7', parts: 2 },
  { id: 'S.org', parts: 7, partsOnly: true },
  { id: 'S.org.2', parts: 7 },
  { id: 'S.org.3', parts: 3 },
  { id: 'S.org.4', parts: 6 },
  { id: 'S.org.5', parts: 5 },
  // C — a system of care for clinicians
  { id: 'C.principles' },
  { id: 'C', parts: 6, partsOnly: true },
  { id: 'C.resources' },
  // W — workforce agenda
  ...['standards', 'data', 'allstaff', 'leaders', 'access', 'hazards', 'harm', 'supervision', 'equity', 'peers', 'resources', 'collab', 'incentives'].map(
    (name) => ({ id: `W.${name}` }),
  ),
  // K — community agenda
  ...['hubs', 'share', 'standards', 'data', 'exchange', 'peers', 'voice', 'equity'].map((name) => ({ id: `K.${name}` })),
];

function expand(entry: SeedEntry): string[] {
  const own = entry.partsOnly ? [] : [entry.id];
  const numbered = entry.parts ? range(`${entry.id}.`, entry.parts) : [];
  const labelled = (entry.labels ?? []).map((label) => `${entry.id}.${label}`);
  return [...own, ...numbered, ...labelled];
}

/**
 * Every ID a source may cite, in seed-map order. A numbered part that has parts of its own
 * (S.ind.2 and S.ind.2.1 …) appears once, where its family lists it.
 */
export const SEED_IDS: readonly string[] = [...new Set(SEED_ENTRIES.flatMap(expand))];

const KNOWN = new Set(SEED_IDS);

/** The prefix of an outside reference: `ext:` and then anything that says where it comes from. */
export const EXTERNAL_PREFIX = 'ext:';

export const isSeedId = (value: string): boolean => KNOWN.has(value);

/**
 * Why `value` is not a valid source, or null when it is one. The reasons point at the fix: the
 * range of a family that exists, or the two forms a source may take.
 */
export function sourceProblem(value: string): string | null {
  if (KNOWN.has(value)) return null;
  if (value.startsWith(EXTERNAL_PREFIX)) {
    return value.slice(EXTERNAL_PREFIX.length).trim() === '' ? 'an outside reference needs text after "ext:"' : null;
  }
  // the nearest family: S.ind.2.9 is explained by S.ind.2's parts, not by S.ind's
  const family = SEED_ENTRIES.filter((e) => value.startsWith(`${e.id}.`) && (e.parts || e.labels)).sort((a, b) => b.id.length - a.id.length)[0];
  if (family) {
    const parts = [family.parts ? `${family.id}.1 to ${family.id}.${family.parts}` : '', family.labels ? family.labels.map((l) => `${family.id}.${l}`).join(', ') : '']
      .filter(Boolean)
      .join(', ');
    return `"${value}" is not in SEED-MAP.md: ${family.id} has ${parts}`;
  }
  return `"${value}" is not an ID in SEED-MAP.md; cite one of its IDs (such as H.levels.informed) or an outside reference as "ext:…"`;
}
