import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { minimalFrameworkPack } from '../content/pack-fixtures.js';
import { runCli } from './run-cli.js';

/** Runs the CLI in-process against a database nobody listens on: these cases must never need one. */
async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const env = { DATABASE_URL: 'postgres://nobody:x@127.0.0.1:1/none', PORT: '3000' };
  const code = await runCli(argv, { stdout: (t) => stdout.push(t), stderr: (t) => stderr.push(t), stderrIsTerminal: false, env });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

const folder = mkdtempSync(join(tmpdir(), 'tend-cli-packs-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const write = (name: string, content: unknown) => {
  const path = join(folder, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};

describe('tend packs validate', () => {
  it('says each good file is valid and exits 0, without a database', async () => {
    const good = write('good.json', minimalFrameworkPack());
    const result = await run('packs', 'validate', good);
    expect(result).toEqual({ code: 0, stdout: `${good}: valid (test.framework 1.0.0, framework)\n`, stderr: '' });
  });

  it('prints every problem of every file as `file: $.path: problem` and exits 1 with a count', async () => {
    const pack = minimalFrameworkPack();
    // biome-ignore lint/suspicious/noExplicitAny: breaking the pack on purpose
    const loose = pack as any;
    delete loose.body.levels[2].knowledge[0].text.es;
    loose.body.levels[0].source = ['H.levels.expert'];
    const bad = write('bad.json', pack);
    const broken = write('broken.json', '{\n  "id": "x",\n}\n');
    const good = write('good.json', minimalFrameworkPack());
    const result = await run('packs', 'validate', bad, broken, good, join(folder, 'absent.json'));
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      `${bad}: $.body.levels[0].source[0]: "H.levels.expert" is not an ID in SEED-MAP.md; cite one of its IDs (such as H.levels.informed) or an outside reference as "ext:…"`,
      `${bad}: $.body.levels[2].knowledge[0].text.es: missing Spanish text`,
      `${broken}:3:1: not valid JSON: a comma before '}' (JSON allows no trailing comma)`,
      `${good}: valid (test.framework 1.0.0, framework)`,
      `${join(folder, 'absent.json')}: $: no such file`,
    ]);
    expect(result.stderr).toBe('tend packs validate: 4 problems in 3 of 4 files\n');
  });

  it.each([
    [['packs', 'validate'], 'give at least one pack file'],
    [['packs'], '"packs" needs one of: validate, import, import-fhir, export, list, coverage'],
    [['packs', 'import-fhir'], 'give the Questionnaire file'],
    [['packs', 'import-fhir', 'q.json'], 'name the organisation it is for: packs import-fhir <questionnaire.json> --org <slug>'],
    [['packs', 'import-fhir', 'q.json', '--id'], "--id <value>' argument missing"],
    [['packs', 'export', 'tend.x', '--locale', 'es'], '--locale goes with --fhir'],
    [['packs', 'frob'], 'unknown command "packs frob"'],
    [['packs', 'export'], 'give the pack id: packs export <pack id>'],
    [['packs', 'export', 'a', 'b'], 'give only the pack id, not 2 words'],
    [['packs', 'import'], 'give the pack file'],
    [['packs', 'list', 'extra'], "Unexpected argument 'extra'"],
    [['packs', 'export', 'tend.x', '--version'], "--version <value>' argument missing"],
  ])('%j fails with exit 1 naming what is wrong, before opening a database', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
