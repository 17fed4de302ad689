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
export interface CliCommand<Options> {
  name: string;
  /** One line for the command list in --help. */
  summary: string;
  /** The command with its options, as typed (`add-user --org <slug> …`). */
  usage: string;
  /** Further lines shown by `<command> --help`. */
  details?: string[];
  options: OptionSpec;
  /**
   * Turns the parsed option values into the command's options, throwing a CliError that names
   * the bad option. Runs before the database is opened, so a typo costs nothing.
   */
  toOptions(values: OptionValues, config: TendConfig): Options;
  /** migrate applies migrations itself, to count them; every other command gets a migrated database. */
  appliesMigrations?: boolean;
  run(database: Database, options: Options, out: Out, progress: ProgressSink): Promise<void>;
}

export type OptionValues = Record<string, string | boolean | undefined>;

/**
 * Parses a command's arguments strictly: an unknown option, a missing value or a stray word is
 * a CliError naming it. `--help` is always accepted.
 */
export function parseCommandArgs(args: string[], options: OptionSpec): OptionValues {
  try {
    const { values } = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
    return values as OptionValues;
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
