import { z } from 'zod';
import { ZPack, ZSource } from './pack-schema.js';
import { EXTERNAL_PREFIX, SEED_IDS } from './seed-ids.js';

/**
 * The JSON Schema of a pack, for editors (`"$schema": "../pack.schema.json"` in a pack file gives
 * completion and red squiggles). Committed as pack.schema.json; a test fails when it drifts.
 * Cross-field rules (ids unique, texts in exactly the pack's locales, every level once) are not
 * expressible here: `npm run tend -- packs validate <file>` checks those.
 */
export function packJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ZPack, {
    target: 'draft-2020-12',
    override: (ctx) => {
      // zod sees a source as a string with a check; editors can offer the IDs themselves
      if (ctx.zodSchema === ZSource) {
        ctx.jsonSchema.anyOf = [{ enum: [...SEED_IDS] }, { pattern: `^${EXTERNAL_PREFIX}\\S` }];
      }
    },
  });
}
