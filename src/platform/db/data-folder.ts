import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The secrets Tend keeps beside its embedded database (never in a world-readable place). */
export interface DataFolderSecrets {
  databasePassword: string;
}

/** Creates the data folder if needed and returns its secrets, generating them on first use. */
export function readOrCreateSecrets(dataDir: string): DataFolderSecrets {
  mkdirSync(dataDir, { recursive: true, mode: 0o711 });
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    return JSON.parse(readFileSync(file, 'utf8')) as DataFolderSecrets;
  }
  const secrets: DataFolderSecrets = { databasePassword: randomBytes(24).toString('base64url') };
  // 0600: only the account running Tend may read the database password.
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: 'wx' });
  return secrets;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data folder's lock so that a second Tend cannot open the same database.
 * A lock left by a process that no longer runs (a crash, kill -9) is taken over.
 * Returns a function that releases the lock.
 */
export function lockDataFolder(dataDir: string): () => void {
  const file = join(dataDir, 'tend.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx', mode: 0o600 });
      return () => {
        try {
          if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
        } catch {
          // already gone: nothing to release
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (holder && holder !== process.pid && processIsAlive(holder)) {
        throw new Error(
          `Another Tend (process ${holder}) is using the data folder ${dataDir}. Stop it first, or set TEND_DATA_DIR to another folder.`,
        );
      }
      unlinkSync(file);
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}`);
}

/**
 * The embedded server runs as an unprivileged `postgres` user, which must be able to walk
 * down to its data folder and binaries. A checkout inside a private folder (mode 0700, as
 * mktemp makes) would stop it, so we add the search bit (never the read bit) where missing.
 */
export function ensureTraversable(path: string): string[] {
  const changed: string[] = [];
  let current = path;
  while (true) {
    try {
      const mode = statSync(current).mode;
      if ((mode & 0o001) === 0) {
        chmodSync(current, (mode & 0o7777) | 0o001);
        changed.push(current);
      }
    } catch {
      // a folder we cannot stat is left alone; startup will report the real error
    }
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return changed;
}

export { processIsAlive };
