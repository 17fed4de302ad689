import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The project root (this file lives in src/test-support). */
export const PROJECT_ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');

/** Every .ts/.tsx file under `folder` (relative to the project root), as root-relative paths. */
export function sourceFiles(folder: string, options: { tests?: boolean } = {}): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && (options.tests || !/\.test\.tsx?$/.test(entry.name))) found.push(relative(PROJECT_ROOT, path));
    }
  };
  walk(join(PROJECT_ROOT, folder));
  return found.sort();
}

// static imports and re-exports (`import … from`, `export … from`, `import '…'`) and import()
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The project files a source file imports through relative paths, as root-relative paths. */
export function relativeImportsOf(file: string): string[] {
  const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => relative(PROJECT_ROOT, resolve(PROJECT_ROOT, dirname(file), m[1]!)));
}
