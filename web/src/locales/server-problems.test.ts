import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAIN_MESSAGE_EXAMPLES } from '../../../src/platform/http/plain-messages';
import { problemCode } from '../../../src/platform/http/problem-code';

/**
 * The server's own wording for a field that a schema left without a message (plain-messages.ts)
 * is said in Spanish on the page: each has a translation under its stable code, using the same
 * lifted parts ({{n}}, {{list}}) the server sends.
 */
const spanish = (JSON.parse(readFileSync(new URL('./features/server-problems.es.json', import.meta.url), 'utf8')) as { serverProblems: Record<string, string> }).serverProblems;

describe('server problems in Spanish', () => {
  it.each(PLAIN_MESSAGE_EXAMPLES)('"%s" has a translation with the same parts', (message) => {
    const { code, params } = problemCode(message);
    expect(spanish[code], code).toBeDefined();
    const placeholders = [...(spanish[code] ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    expect(placeholders).toEqual(Object.keys(params).sort());
  });

  it('every translation uses only parts the server can send', () => {
    const allowed = new Set(['value', 'line', 'n', 'm', 'k', 'list']);
    const unknown = Object.entries(spanish).flatMap(([code, text]) => [...text.matchAll(/\{\{(\w+)\}\}/g)].filter((m) => !allowed.has(m[1]!)).map((m) => `${code}: ${m[1]}`));
    expect(unknown).toEqual([]);
  });
});

/**
 * The messages written in the server's code (`problem: '…'`, a schema's own message, `invalid(field,
 * '…')`) have Spanish too. Read from the source: a literal, or a template whose parts are a quoted
 * value or a number (a part that is neither gives no stable code and is left out here).
 */
const serverRoot = new URL('../../../src/', import.meta.url).pathname;
function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}
// demo and test helpers, operator commands and imported forms' own diagnostics are not said to people on a page
const skipped = /\/(demo|cli|test-support|fhir)\/|test-world|probe-/;
const literal = String.raw`(['\`])((?:(?!\1)[^\\]|\\.)*?)\1`;
const messagePatterns = [
  new RegExp(String.raw`\bproblem:\s*${literal}`, 'g'),
  new RegExp(String.raw`\.(?:min|max|length|regex|refine|gte|lte)\([^,()]*(?:\([^()]*\))?[^,()]*,\s*${literal}`, 'g'),
  new RegExp(String.raw`\berror:\s*${literal}`, 'g'),
  new RegExp(String.raw`\binvalid\(\s*'[^']*',\s*${literal}`, 'g'),
];
const numberish = /max|min|limit|days|count|size|weeks|length|\bn\b/i;

function messagesInCode(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(serverRoot).filter((f) => !skipped.test(f))) {
    const source = readFileSync(file, 'utf8');
    for (const pattern of messagePatterns) {
      for (const match of source.matchAll(pattern)) {
        const text = match[2] ?? '';
        // sentences (a problem's title) and tiny fragments are not field problems
        if (text.length < 4 || /^[A-Z][a-z]+ [a-z].*\.$/.test(text)) continue;
        const unquoted = text.replace(/"\$\{[^}]*\}"/g, '').match(/\$\{[^}]*\}/g) ?? [];
        if (unquoted.some((part) => !numberish.test(part))) continue;
        const example = text.replace(/"\$\{[^}]*\}"/g, '"x"').replace(/\$\{[^}]*\}/g, '7');
        found.set(problemCode(example).code, `${example} (${file.slice(serverRoot.length)})`);
      }
    }
  }
  return found;
}

describe("the server's own messages in Spanish", () => {
  it('reads messages from the code (the check works)', () => {
    expect(messagesInCode().has('must-not-be-empty')).toBe(true);
  });

  it('every message written in the code has a Spanish translation', () => {
    const missing = [...messagesInCode()].filter(([code]) => !spanish[code]).map(([code, where]) => `${code}: ${where}`);
    expect(missing).toEqual([]);
  });
});
