import { describe, expect, it } from 'vitest';
import { packJsonSchema } from './pack-json-schema.js';

describe('pack.schema.json', () => {
  // Generated from ZPack and committed, so editors can use it and format changes show in review.
  // After changing pack-schema.ts on purpose: `npx vitest run src/content/pack-json-schema.test.ts -u`.
  it('matches the schema generated from ZPack', async () => {
    const schema = packJsonSchema();
    expect(JSON.stringify(schema)).toContain('"const":"framework"');
    await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot('./pack.schema.json');
  });
});
