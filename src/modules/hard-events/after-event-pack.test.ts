import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS_FOLDER } from '../../content/built-in-packs.js';
import { citedSources } from '../../content/coverage.js';
import { loadPackFile } from '../../content/validate-pack.js';
import { AFTER_EVENT_INSTRUMENT } from './model.js';

describe('the check-in after a hard event (built-in pack)', () => {
  it('validates, gives no score, and carries the seed IDs it draws on', async () => {
    const loaded = await loadPackFile(join(BUILT_IN_PACKS_FOLDER, 'after-hard-event.json'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const pack = loaded.pack;
    expect(pack.id).toBe(AFTER_EVENT_INSTRUMENT);
    if (pack.kind !== 'instrument') throw new Error('not an instrument');
    // supportive questions, never a score someone could be ranked by
    expect(pack.body.scales).toEqual([]);
    expect(pack.body.purpose).toBe('reflection');
    const cited = citedSources(pack);
    for (const id of ['S.ind.2.1', 'S.ind.2.2', 'S.ind.2.4', 'S.ind.2.5', 'S.ind.5', 'S.ind.7.1', 'C.3']) expect(cited.has(id), id).toBe(true);
  });
});
