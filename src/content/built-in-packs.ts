import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../platform/db/client.js';
import type { TPack } from './pack-schema.js';
import { installPack } from './pack-store.js';
import { formatProblem, loadPackFile, type PackProblem } from './validate-pack.js';

/** The packs that ship with Tend: every *.json in src/content/packs. */
export const BUILT_IN_PACKS_FOLDER = fileURLToPath(new URL('./packs', import.meta.url));

/** The pack files in `folder`, sorted; none when the folder is missing. */
export async function builtInPackFiles(folder = BUILT_IN_PACKS_FOLDER): Promise<string[]> {
  try {
    const names = await readdir(folder);
    return names
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => join(folder, n));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Reads and validates every built-in pack; the packs, or every problem of every file. */
export async function loadBuiltInPacks(folder = BUILT_IN_PACKS_FOLDER): Promise<{ packs: TPack[]; problems: PackProblem[] }> {
  const packs: TPack[] = [];
  const problems: PackProblem[] = [];
  for (const file of await builtInPackFiles(folder)) {
    const result = await loadPackFile(file);
    if (result.ok) packs.push(result.pack);
    else problems.push(...result.problems);
  }
  return { packs, problems };
}

/**
 * Installs the built-in packs (after migrations, at start and by `tend migrate`): all of them in
 * one transaction, or none. A built-in pack that does not validate, or that changed without a new
 * version, stops Tend with the reason: shipping it would break what records cite.
 */
export async function installBuiltInPacks(database: Database, folder = BUILT_IN_PACKS_FOLDER): Promise<{ id: string; version: string; status: 'installed' | 'unchanged' }[]> {
  const { packs, problems } = await loadBuiltInPacks(folder);
  if (problems.length > 0) {
    throw new Error(`The built-in content packs have problems:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  }
  return database.db.transaction(async (tx) => {
    const results = [];
    for (const pack of packs) results.push({ id: pack.id, version: pack.version, status: await installPack(tx, pack) });
    return results;
  });
}
