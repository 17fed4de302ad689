import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from './client.js';

describe('migrations', () => {
  // Migrations are generated from the schema and committed; a schema change without its
  // migration would leave databases behind the code. Generating again must produce nothing.
  it('match the schema (run `npm run db:generate -- --name <change>` after changing a schema.ts)', () => {
    // drizzle-kit takes the output folder relative to the project
    const copy = relative(process.cwd(), mkdtempSync('.tend-test-drift-'));
    try {
      cpSync(MIGRATIONS_FOLDER, copy, { recursive: true });
      const before = readdirSync(copy).sort();
      const result = spawnSync(
        process.execPath,
        [
          'node_modules/drizzle-kit/bin.cjs',
          'generate',
          '--dialect=postgresql',
          // the same glob as drizzle.config.ts: each part's own schema.ts
          '--schema=./src/**/schema.ts',
          `--out=${copy}`,
          '--name=drift-check',
        ],
        { encoding: 'utf8' },
      );
      expect(result.status, result.stderr).toBe(0);
      expect(`${result.stdout}${result.stderr}`).not.toMatch(/error/i);
      expect(readdirSync(copy).sort()).toEqual(before);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);
});
