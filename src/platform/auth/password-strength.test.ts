import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STRENGTH_PROBLEMS } from './password-strength.js';

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

describe('password strength explanations', () => {
  // the web shows server problems through serverProblems.<slug>: each explanation needs its Spanish
  it.each(['es'])('each has a %s translation in the web app (English shows the server text)', (locale) => {
    const messages = JSON.parse(readFileSync(`web/src/locales/features/server-problems.${locale}.json`, 'utf8')) as { serverProblems: Record<string, string> };
    const missing = [...STRENGTH_PROBLEMS, 'is the published demo password; choose another'].filter((p) => !messages.serverProblems[slug(p)]);
    expect(missing).toEqual([]);
  });
});
