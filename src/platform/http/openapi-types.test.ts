import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedApiTypes, generatedApiTypesPath } from './openapi-types.js';

describe('the web app\'s API types', () => {
  it('are generated from the committed OpenAPI document (run `npm run api:types` after an API change)', async () => {
    expect(readFileSync(generatedApiTypesPath, 'utf8')).toBe(await generatedApiTypes());
  }, 30_000);
});
