import { describe, expect, it } from 'vitest';
import { loadPackFile } from '../../content/validate-pack.js';
import { join } from 'node:path';
import { BUILT_IN_PACKS_FOLDER } from '../../content/built-in-packs.js';
import type { TInstrumentPack } from '../../content/pack-schema.js';
import { InstrumentAnswerError } from '../instruments/score-instrument.js';
import { rateAreas } from './self-rating-rules.js';

async function selfRatingPack(): Promise<TInstrumentPack> {
  const loaded = await loadPackFile(join(BUILT_IN_PACKS_FOLDER, 'supervision-self-rating.json'));
  if (!loaded.ok || loaded.pack.kind !== 'instrument') throw new Error('the self-rating pack does not load');
  return loaded.pack;
}

describe('the supervisors’ self-rating', () => {
  it('rates five areas, each citing one supervision ability, and suggests a next step for each low one only', async () => {
    const pack = await selfRatingPack();
    const answers = { 'noticing.1': 0, 'noticing.2': 1, 'space.1': 3, 'space.2': 3, 'own-strain.1': 2, 'own-strain.2': 1, 'tools.1': 0, 'tools.2': null, 'referral.1': 2, 'referral.2': 2 };
    const { areas, suggestions } = rateAreas(pack, answers);
    expect(areas.map((a) => [a.scaleId, a.score, a.band?.id, a.low])).toEqual([
      ['noticing', 1, 'noticing.start', true],
      ['space', 6, 'space.steady', false],
      ['own-strain', 3, 'own-strain.growing', false],
      ['tools', 0, 'tools.start', true],
      ['referral', 4, 'referral.growing', false],
    ]);
    expect(suggestions.map((s) => s.scaleId)).toEqual(['noticing', 'tools']);
    expect(suggestions[0]!.guidance.en).toMatch(/next session/);
    expect(suggestions[0]!.guidance.es).toBeTruthy();
  });

  it('leaves a wholly skipped area unrated, with no suggestion', async () => {
    const { areas, suggestions } = rateAreas(await selfRatingPack(), { 'noticing.1': null, 'noticing.2': null });
    expect(areas.every((a) => a.score === null && !a.low)).toBe(true);
    expect(suggestions).toEqual([]);
  });

  it('refuses an answer the pack does not offer, naming the item', async () => {
    const pack = await selfRatingPack();
    try {
      rateAreas(pack, { 'space.1': 7 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InstrumentAnswerError);
      expect((error as InstrumentAnswerError).itemId).toBe('space.1');
    }
  });
});
