import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS, runCli } from './run-cli.js';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));

/** Runs the CLI in-process; every case here fails before a database would be opened. */
async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  // a DATABASE_URL nobody listens on: should a case reach the database, it fails instead of starting one
  const env = { DATABASE_URL: 'postgres://nobody:x@127.0.0.1:1/none', PORT: '3000' };
  const code = await runCli(argv, { stdout: (t) => stdout.push(t), stderr: (t) => stderr.push(t), stderrIsTerminal: false, env });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

describe('tend CLI', () => {
  it('`--help` exits 0 and lists every command (spawned as an operator runs it)', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, '--help'], { encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toContain(`  ${command.name} `);
  });

  it("a command's --help shows its usage and exits 0", async () => {
    const result = await run('add-user', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('add-user --org <slug> --email <email>');
  });

  it.each([
    [['frob'], 'unknown command "frob"'],
    [['add-user', '--org'], "--org <value>' argument missing"],
    [['add-user', '--orgg', 'x'], "Unknown option '--orgg'"],
    [['add-user', '--email', 'a@b.org', '--name', 'A', '--roles', 'worker'], '--org is required'],
    [['add-user', '--org', 'x', '--email', 'not-mail', '--name', 'A', '--roles', 'worker'], '--email: "not-mail" is not an email address'],
    [['add-user', '--org', 'x', '--email', 'a@b.org', '--name', 'A', '--roles', 'worker,boss'], '--roles: unknown role "boss"'],
    [['add-user', '--org', 'x', '--email', 'a@b.org', '--name', 'A', '--roles', ' , '], '--roles must name at least one'],
    [['add-user', '--org', 'x', '--email', 'a@b.org', '--name', 'A', '--roles', 'worker', '--kind', 'intern'], '--kind must be one of'],
    [['add-user', '--org', 'Bad Slug', '--create-org', 'Bad', '--email', 'a@b.org', '--name', 'A', '--roles', 'worker'], "--org: a new organisation's slug"],
    [['import-people', '--org', 'x', '--file', 'a.csv', '--date-format', 'mdy'], '--date-format must be one of iso, dmy, not "mdy"'],
    [['restore', '--file', 'b.gz', 'extra'], "Unexpected argument 'extra'"],
    [['backup'], '--out is required'],
  ])('%j fails with exit 1 naming what is wrong', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
