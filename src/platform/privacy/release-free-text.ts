import { randomInt } from 'node:crypto';

export interface FreeTextItem {
  personId: string;
  group: string;
  text: string;
}

export type FreeTextRelease =
  | { group: string; status: 'released'; texts: string[] }
  | { group: string; status: 'withheld'; reason: 'small-group' };

/**
 * Releases free-text answers per group of one partition (teams, or roles — one level only:
 * releasing the same texts at two levels would let the difference point at a hidden group).
 * A group's texts leave only when at least `minPeople` distinct people wrote in it. Released
 * texts are shuffled with a cryptographic source and carry no author, date or order, because
 * the order of answers and their timing can point at the person who wrote them.
 */
export function releaseFreeText(items: readonly FreeTextItem[], minPeople: number, random: (max: number) => number = randomInt): FreeTextRelease[] {
  const groups = new Map<string, { people: Set<string>; texts: string[] }>();
  for (const item of items) {
    const text = item.text.trim();
    if (!text) continue;
    const group = groups.get(item.group) ?? { people: new Set(), texts: [] };
    group.people.add(item.personId);
    group.texts.push(text);
    groups.set(item.group, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, { people, texts }]) =>
      people.size >= minPeople ? { group, status: 'released' as const, texts: shuffle(texts, random) } : { group, status: 'withheld' as const, reason: 'small-group' as const },
    );
}

/** Fisher–Yates with the given source of integers in [0, max). */
export function shuffle<T>(items: readonly T[], random: (max: number) => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
