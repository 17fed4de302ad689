import type { TPack, TText } from '../../content/pack-schema.js';

/** What one item of a standard's pack is: the parts an organisation reads and rates. */
export type ItemKind = 'section' | 'criterion' | 'level' | 'knowledge' | 'skill' | 'question';

export interface PackItem {
  id: string;
  kind: ItemKind;
  text: TText;
}

/** What differs between two versions of one pack, item by item (ids are stable across versions). */
export interface PackDiff {
  added: PackItem[];
  removed: PackItem[];
  reworded: Array<{ id: string; kind: ItemKind; before: TText; after: TText }>;
}

/** The items of a framework or assessment pack in reading order; other kinds have none a standard speaks of. */
export function packItems(pack: TPack): PackItem[] {
  if (pack.kind === 'assessment') {
    return pack.body.sections.flatMap((section) => [
      { id: section.id, kind: 'section' as const, text: section.title },
      ...section.criteria.map((c) => ({ id: c.id, kind: 'criterion' as const, text: c.text })),
    ]);
  }
  if (pack.kind === 'framework') {
    const { body } = pack;
    const questions = [body.placement, body.needsAssessment, body.selfAssessment, body.trainingQuality].flatMap((set) => set.questions);
    return [
      ...body.levels.flatMap((level) => [
        { id: level.id, kind: 'level' as const, text: level.name },
        ...level.knowledge.map((k) => ({ id: k.id, kind: 'knowledge' as const, text: k.text })),
        ...level.skills.map((s) => ({ id: s.id, kind: 'skill' as const, text: s.text })),
      ]),
      ...questions.map((q) => ({ id: q.id, kind: 'question' as const, text: q.text })),
    ];
  }
  return [];
}

/** Same words in every locale either version has (a locale added or dropped counts as a rewording). */
function sameText(a: TText, b: TText): boolean {
  const locales = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const locale of locales) if ((a as Record<string, string | undefined>)[locale] !== (b as Record<string, string | undefined>)[locale]) return false;
  return true;
}

const keyOf = (item: Pick<PackItem, 'id' | 'kind'>) => `${item.kind}\u0000${item.id}`;

/**
 * The difference from `from` to `to`: items only `to` has (added), items only `from` has
 * (removed), and items both have whose words changed (reworded), each list in `to`'s order
 * (removed ones in `from`'s). Items are matched by kind and id, the pack format's promise that
 * ids are stable across versions.
 * Example: a criterion "safety.3" new in 1.1.0 is `added: [{ id: 'safety.3', kind: 'criterion', … }]`.
 */
export function diffPacks(from: TPack, to: TPack): PackDiff {
  const before = new Map(packItems(from).map((item) => [keyOf(item), item]));
  const after = packItems(to);
  const afterKeys = new Set(after.map(keyOf));
  const diff: PackDiff = { added: [], removed: [], reworded: [] };
  for (const item of after) {
    const old = before.get(keyOf(item));
    if (!old) diff.added.push(item);
    else if (!sameText(old.text, item.text)) diff.reworded.push({ id: item.id, kind: item.kind, before: old.text, after: item.text });
  }
  for (const [key, item] of before) if (!afterKeys.has(key)) diff.removed.push(item);
  return diff;
}
