import { parseArgs } from 'node:util';
import type { Database } from '../platform/db/client.js';
import type { TendConfig } from '../platform/config/config.js';

/** One line of the command's result, for the operator (stdout). */
export type Out = (line: string) => void;

/** Where a long command draws its progress (stderr), and whether that is a terminal. */
export interface ProgressSink {
  write(text: string): void;
  terminal: boolean;
}

/**
 * A failure the operator can act on: the CLI prints its message on one line and exits 1.
 * Anything else that is thrown is reported the same way, but these are the expected ones.
 */
export class CliError extends Error {}

/** The option kinds a command may declare: node:util parseArgs' own. */
export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** What src/cli.ts needs to know about a command to parse, run and describe it. */
interface CommandBase<Options> {
  /** One word, or two for a group (`packs validate`). */
  name: string;
  /** One line for the command list in --help. */
  summary: string;
  /** The command with its options, as typed (`add-user --org <slug> …`). */
  usage: string;
  /** Further lines shown by `<command> --help`. */
  details?: string[];
  options: OptionSpec;
  /** Takes words after its options (`packs validate a.json b.json`); without this a stray word is an error. */
  positionals?: boolean;
  /**
   * Turns the parsed option values (and words, for a command that takes them) into the
   * command's options, throwing a CliError that names the bad option. Runs before the database
   * is opened, so a typo costs nothing.
   */
  toOptions(values: OptionValues, config: TendConfig, positionals: string[]): Options;
}

/** A command that works on the database: it is opened (and migrated) before run. */
export interface DatabaseCommand<Options> extends CommandBase<Options> {
  withoutDatabase?: false;
  /** migrate applies migrations itself, to count them; every other command gets a migrated database. */
  appliesMigrations?: boolean;
  run(database: Database, options: Options, out: Out, progress: ProgressSink): Promise<void>;
}

/**
 * A command that only reads files (`packs validate`): no database is opened, so it runs while
 * Tend holds the embedded database, and in CI without one.
 */
export interface FileCommand<Options> extends CommandBase<Options> {
  withoutDatabase: true;
  run(options: Options, out: Out): Promise<void>;
}

export type CliCommand<Options> = DatabaseCommand<Options> | FileCommand<Options>;

export type OptionValues = Record<string, string | boolean | undefined>;

/**
 * Parses a command's arguments strictly: an unknown option, a missing value or a stray word (for
 * a command that takes none) is a CliError naming it. `--help` is always accepted.
 */
export function parseCommandArgs(args: string[], options: OptionSpec, allowPositionals = false): { values: OptionValues; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals });
    return { values: parsed.values as OptionValues, positionals: parsed.positionals };
  } catch (error) {
    // node's messages name the option ("Unknown option '--orgg'"); keep their first sentence only
    throw new CliError(String((error as Error).message).split('. ')[0]!);
  }
}

/** The value of a string option that must be given and not blank. */
export function requiredString(values: OptionValues, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`--${name} is required`);
  return value.trim();
}

/** The value of an optional string option, trimmed; undefined when absent. A blank value is an error. */
export function optionalString(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`--${name} needs a value`);
  return value.trim();
}

/** The value of an option that must be one of `allowed`; `fallback` when absent. */
export function oneOf<T extends string>(values: OptionValues, name: string, allowed: readonly T[], fallback: T): T {
  const value = optionalString(values, name);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new CliError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}
