import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** English and Spanish must say the same things: every key in one is in the other. */
const here = new URL('.', import.meta.url).pathname;
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}
// i18next plural forms differ by language (Spanish may add _many): compare the base key
const withoutPlural = (keys: string[]) => [...new Set(keys.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();

const featureDir = join(here, 'features');
const features = [...new Set((existsSync(featureDir) ? readdirSync(featureDir) : []).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.(en|es)\.json$/, '')))];
const files: Array<[string, string, string]> = [
  ['core', join(here, 'en.json'), join(here, 'es.json')],
  ...features.map((f): [string, string, string] => [f, join(featureDir, `${f}.en.json`), join(featureDir, `${f}.es.json`)]),
];

// serverProblems maps the server's English messages to Spanish: English shows the message itself
const translatable = (keys: string[]) => keys.filter((k) => !k.startsWith('serverProblems.'));

describe('locales', () => {
  it.each(files)('%s: English and Spanish have the same keys', (_name, enFile, esFile) => {
    expect(withoutPlural(translatable(keysOf(read(esFile))))).toEqual(withoutPlural(keysOf(read(enFile))));
  });

  it('no two files claim the same top-level key (a later file would silently replace an earlier one)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, enFile] of files) {
      for (const key of Object.keys(read(enFile))) {
        if (owner.has(key)) clashes.push(`${key}: ${owner.get(key)} and ${name}`);
        owner.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('audit labels', () => {
  it('every audit event type has a label in English and Spanish (else the audit page shows raw names)', async () => {
    const { ZAuditType } = await import('../../../src/platform/audit/audit-types.js');
    for (const file of ['organisation.en.json', 'organisation.es.json']) {
      const labels = (read(join(featureDir, file)).auditTypes ?? {}) as Record<string, string>;
      const missing = ZAuditType.options.filter((type) => !labels[type.replace('.', '_')]);
      expect({ file, missing }).toEqual({ file, missing: [] });
    }
  });
});
