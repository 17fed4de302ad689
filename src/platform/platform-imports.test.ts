import { describe, expect, it } from 'vitest';
import { relativeImportsOf, sourceFiles } from '../test-support/source-imports.js';

/*
 * The platform is what every capability stands on; it must not know the capabilities. A platform
 * file that imports a module, the demo or the content packs turns that around (and, sooner or
 * later, into an import cycle). Tests are left out: an integration test of the platform may
 * build a whole app with modules in it.
 */
// (and not the files at the top that compose it all: app.ts, org-settings.ts, main.ts, cli.ts)
const OUTSIDE = ['src/modules/', 'src/demo/', 'src/content/', 'src/app.', 'src/org-settings.', 'src/main.', 'src/cli'];

/**
 * The few imports that cannot be turned around, each for a reason:
 * - accounts belong to people: auth's tables carry a foreign key to the people table, the
 *   session reads the signed-in person's name with the account, and a confirmed email change
 *   writes the person's email in the same transaction as the account's (one address, one owner);
 * - the audit trail names who did each thing: it joins the people table for the actor's name.
 * Nothing else may join this list without a reason written here.
 */
const ALLOWED: Record<string, string[]> = {
  'src/platform/auth/schema.ts': ['src/modules/people/schema.js'],
  'src/platform/auth/auth-store.ts': ['src/modules/people/schema.js'],
  'src/platform/auth/email-change.ts': ['src/modules/people/schema.js'],
  'src/platform/audit/audit-store.ts': ['src/modules/people/schema.js'],
};

describe('the platform', () => {
  it('imports no module, no demo, no content and no composition root (but for the exceptions explained above)', () => {
    const offending = sourceFiles('src/platform').flatMap((file) =>
      relativeImportsOf(file)
        .filter((target) => OUTSIDE.some((folder) => target.startsWith(folder)))
        .filter((target) => !ALLOWED[file]?.includes(target))
        .map((target) => `${file} imports ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the exception list true: every allowed import is still made', () => {
    for (const [file, targets] of Object.entries(ALLOWED)) {
      const imports = relativeImportsOf(file);
      for (const target of targets) expect(imports, `${file} no longer imports ${target}: drop it from ALLOWED`).toContain(target);
    }
  });
});
