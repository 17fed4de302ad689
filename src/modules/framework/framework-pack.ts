import { readFileSync } from 'node:fs';

/**
 * The practice framework pack the framework's pages and records use. Records store its id and
 * version (FRAMEWORK_PACK.id / .version) so a later version of the pack never rewrites them.
 * Read once from the built-in file; the content-pack module validates every built-in pack.
 */
export interface FrameworkPackRef {
  id: string;
  version: string;
  /** The pack as written: levels, rows, questions, texts per locale. */
  pack: { id: string; version: string; locales: string[]; body: Record<string, unknown> } & Record<string, unknown>;
}

const file = new URL('../../content/packs/practice-framework.json', import.meta.url);
const pack = JSON.parse(readFileSync(file, 'utf8')) as FrameworkPackRef['pack'];

export const FRAMEWORK_PACK: FrameworkPackRef = { id: pack.id, version: pack.version, pack };
