import { loadConfig } from '../platform/config/config.js';
import { type Database, openDatabase, runMigrations } from '../platform/db/client.js';
import { AppError } from '../platform/http/errors.js';
import { addUserCommand } from './add-user.js';
import { createHubCommand } from './create-hub.js';
import { backupCommand } from './backup.js';
import { type CliCommand, parseCommandArgs } from './command.js';
import { demoCommand } from './demo.js';
import { exportOrgCommand } from './export-org.js';
import { importPeopleCommand } from './import-people.js';
import { importResponsesCommand } from './import-responses.js';
import { migrateCommand } from './migrate.js';
import { PACK_COMMANDS } from './packs.js';
import { resetPasswordCommand } from './reset-password.js';
import { restoreCommand } from './restore.js';

export const COMMANDS: CliCommand<unknown>[] = [
  migrateCommand,
  demoCommand,
  addUserCommand,
  createHubCommand,
  resetPasswordCommand,
  importPeopleCommand,
  importResponsesCommand,
  exportOrgCommand,
  backupCommand,
  restoreCommand,
  ...PACK_COMMANDS,
] as CliCommand<unknown>[];

/** Where the CLI writes: stdout for results, stderr for everything else. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stderrIsTerminal: boolean;
  env: NodeJS.ProcessEnv;
}

/** The text of `tend --help`. */
export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Tend operator commands. Run with: npm run tend -- <command> [options]',
    'Each opens the database the way `npm start` does (embedded in TEND_DATA_DIR, or DATABASE_URL).',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `npm run tend -- <command> --help` for a command\'s options.',
  ].join('\n');
}

function commandHelp(command: CliCommand<unknown>): string {
  return [`Usage: npm run tend -- ${command.usage}`, '', command.summary, ...(command.details ? ['', ...command.details] : [])].join('\n');
}

/** One line a person can act on, whatever was thrown. */
export function errorLine(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  if (error instanceof AppError && error.errors.length > 0 && !message.includes(error.errors[0]!.problem)) {
    message += ` (${error.errors.map((e) => `${e.field}: ${e.problem}`).join('; ')})`;
  }
  return message.replace(/\s*\n\s*/g, ' ');
}

/**
 * Runs one operator command from its arguments (`['add-user', '--org', 'x', …]`) and returns
 * the exit code: 0 on success, 1 with one line on stderr otherwise. Options are checked before
 * the database is opened; the database is always closed (stopping the embedded server).
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [first, second] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(`${helpText()}\n`);
    return first === undefined ? 1 : 0;
  }
  // a two-word command (`packs validate`) before a one-word one
  const command = COMMANDS.find((c) => c.name === `${first} ${second}`) ?? COMMANDS.find((c) => c.name === first);
  if (!command) {
    const group = COMMANDS.filter((c) => c.name.startsWith(`${first} `)).map((c) => c.name.slice(first.length + 1));
    const bare = second === undefined || second.startsWith('-');
    if (group.length === 0) io.stderr(`tend: unknown command "${first}". Commands: ${COMMANDS.map((c) => c.name).join(', ')} (see --help)\n`);
    else if (bare) io.stderr(`tend: "${first}" needs one of: ${group.join(', ')} (see --help)\n`);
    else io.stderr(`tend: unknown command "${first} ${second}". ${first} commands: ${group.join(', ')} (see --help)\n`);
    return 1;
  }
  const name = command.name;
  const args = argv.slice(name.split(' ').length);
  let database: Database | undefined;
  const stopOnSignal = (signal: NodeJS.Signals) => {
    io.stderr(`\ntend ${name}: ${signal}, stopping (a transaction in progress is rolled back)\n`);
    // the embedded server must not outlive us; if closing hangs on a busy query, the next start cleans up
    const closing = database?.close() ?? Promise.resolve();
    void Promise.race([closing, new Promise((r) => setTimeout(r, 5000))]).finally(() => process.exit(130));
  };
  try {
    const { values, positionals } = parseCommandArgs(args, command.options, command.positionals);
    if (values.help) {
      io.stdout(`${commandHelp(command)}\n`);
      return 0;
    }
    const config = loadConfig(io.env);
    const options = command.toOptions(values, config, positionals);
    if (command.withoutDatabase) {
      await command.run(options, (line) => io.stdout(`${line}\n`));
      return 0;
    }
    process.once('SIGINT', stopOnSignal);
    process.once('SIGTERM', stopOnSignal);
    database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: (m) => io.stderr(`[tend] ${m}\n`), poolSize: 4 });
    if (!command.appliesMigrations) await runMigrations(database);
    await command.run(database, options, (line) => io.stdout(`${line}\n`), { write: io.stderr, terminal: io.stderrIsTerminal });
    return 0;
  } catch (error) {
    io.stderr(`tend ${name}: ${errorLine(error)}\n`);
    return 1;
  } finally {
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
    await database?.close().catch((error) => io.stderr(`tend ${name}: while closing the database: ${errorLine(error)}\n`));
  }
}
