import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READ_RECORDS } from '../../../src/platform/audit/audit-types';
import { GRANT_SCOPES } from '../../../src/modules/wellbeing/model';

/**
 * "Who has seen my records" names the record each read was of (`records.<name>`): every name the
 * server logs a read under (a read of someone's record, or of what they shared through a grant)
 * has a label in each language, so the person never reads a bare code such as 'supervision-session'.
 */
const labels = (lang: string) => (JSON.parse(readFileSync(new URL(`./features/my-pages.${lang}.json`, import.meta.url), 'utf8')) as { records: Record<string, string> }).records;

describe('the names of records read', () => {
  for (const lang of ['en', 'es']) {
    it(`each has a label in ${lang}`, () => {
      const words = labels(lang);
      const unlabelled = [...READ_RECORDS, ...GRANT_SCOPES].filter((name) => !words[name]?.trim());
      expect(unlabelled).toEqual([]);
    });
  }
});
