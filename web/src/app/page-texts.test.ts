import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Texts load with the page that shows them (lazy-page.ts): each page in AppRoutes (and its area files) names the
 * namespaces (locales/features/<namespace>.en.json) its code uses. This reads the code a page
 * imports, file by file, for keys of a capability's texts ('wellbeing.data.title', or a prefix
 * such as 'training.import' handed to a component), and fails naming any namespace left out.
 */
const web = resolve(new URL('..', import.meta.url).pathname);
const topKeys = (file: string) => Object.keys(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
const featureDir = join(web, 'locales/features');
const namespaceOfKey = new Map<string, string>();
for (const file of readdirSync(featureDir).filter((f) => f.endsWith('.en.json'))) {
  for (const key of topKeys(join(featureDir, file))) namespaceOfKey.set(key, file.replace('.en.json', ''));
}
const keyPattern = new RegExp(`['"\`](${[...namespaceOfKey.keys()].join('|')})\\.[a-zA-Z$]`, 'g');

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, base, join(base, 'index.ts'), join(base, 'index.tsx')].find((file) => existsSync(file) && statSync(file).isFile());
}

/** Every source file the entry imports, directly or not (relative imports; JSON left out). */
function codeOf(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'";]*?from\s+'(\.[^']+)'/g)) {
      const found = resolveImport(file, match[1]!);
      if (found && !found.endsWith('.json')) stack.push(found);
    }
  }
  return seen;
}

function namespacesUsedBy(entry: string): string[] {
  const used = new Set<string>();
  for (const file of codeOf(entry)) for (const match of readFileSync(file, 'utf8').matchAll(keyPattern)) used.add(namespaceOfKey.get(match[1]!)!);
  return [...used].sort();
}

// the pages are declared in AppRoutes and in one file per area under app/routes/
const routeFiles = [join(web, 'app/AppRoutes.tsx'), ...readdirSync(join(web, 'app/routes')).filter((f) => f.endsWith('.tsx')).map((f) => join(web, 'app/routes', f))];
const pages = routeFiles.flatMap((routesFile) =>
  [...readFileSync(routesFile, 'utf8').matchAll(/const (\w+) = lazyPage\(\(\) => import\('([^']+)'\), '\w+', \[([^\]]*)\]\)/g)].map((match) => ({
    page: match[1]!,
    entry: resolveImport(routesFile, match[2]!)!,
    named: [...match[3]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!),
  })),
);

describe('each page loads the texts it shows', () => {
  it('finds the pages and the keys (the check itself works)', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(namespacesUsedBy(pages.find((p) => p.page === 'MyDataPage')!.entry)).toContain('wellbeing');
  });

  it.each(pages)('$page names every namespace its code uses', ({ entry, named }) => {
    // the server's field problems load with every page (lazyPage) and with any refusal (api/client.ts)
    expect(namespacesUsedBy(entry).filter((ns) => !named.includes(ns) && ns !== 'server-problems')).toEqual([]);
  });

  it('every page is loaded through lazyPage, so none can skip its texts', () => {
    for (const routesFile of routeFiles) expect(readFileSync(routesFile, 'utf8')).not.toMatch(/\blazy\(/);
  });
});
