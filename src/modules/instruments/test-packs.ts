import { BUILT_IN_PACKS_FOLDER } from '../../content/built-in-packs.js';
import type { TInstrumentPack } from '../../content/pack-schema.js';
import { formatProblem, loadPackFile } from '../../content/validate-pack.js';

/** For tests: a built-in pack file (src/content/packs/<name>.json), validated, as an instrument. */
export async function loadInstrumentPack(name: string): Promise<TInstrumentPack> {
  const result = await loadPackFile(`${BUILT_IN_PACKS_FOLDER}/${name}.json`);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  if (result.pack.kind !== 'instrument') throw new Error(`${name} is a ${result.pack.kind} pack`);
  return result.pack;
}

/** Answers to every item of `pack`, the value for each item given by `answerTo(its number from 1)`. */
export function answersBy(pack: TInstrumentPack, answerTo: (n: number) => number | null): Record<string, number | null> {
  return Object.fromEntries(pack.body.items.map((item, i) => [item.id, answerTo(i + 1)]));
}
