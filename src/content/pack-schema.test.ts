import { describe, expect, it } from 'vitest';
import { compareVersions } from './pack-schema.js';

describe('compareVersions', () => {
  it('orders versions by semver precedence, not as text', () => {
    const versions = ['1.10.0', '1.2.0', '1.0.0', '1.0.0-rc.1', '1.0.0-alpha', '1.0.0-alpha.10', '1.0.0-alpha.2', '0.9.9', '2.0.0-beta', '1.0.0-alpha.beta'];
    expect([...versions].sort(compareVersions)).toEqual([
      '0.9.9',
      '1.0.0-alpha',
      '1.0.0-alpha.2',
      '1.0.0-alpha.10',
      '1.0.0-alpha.beta',
      '1.0.0-rc.1',
      '1.0.0',
      '1.2.0',
      '1.10.0',
      '2.0.0-beta',
    ]);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
  });
});
