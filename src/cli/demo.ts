import { eq } from 'drizzle-orm';
import { installBuiltInPacks } from '../content/built-in-packs.js';
import { DEMO_ORG, DEMO_PASSWORD } from '../demo/demo-data.js';
import { DEMO_SIGN_INS, loadDemo } from '../demo/load-demo.js';
import { organisations } from '../platform/tenancy/schema.js';
import { removeDemo } from '../demo/remove-demo.js';
import type { Database } from '../platform/db/client.js';
import type { CliCommand, Out } from './command.js';

/**
 * Loads the demo organisation (Riverside Community Care) and prints its sign-ins, unless an
 * organisation with its slug already exists: then it says so and changes nothing.
 */
export async function demo(database: Database, options: DemoOptions, out: Out): Promise<void> {
  if (options.remove) {
    const removed = await removeDemo(database);
    out(
      removed === null
        ? 'There is no demo organisation in this database; nothing changed.'
        : `Removed the demo organisation ${DEMO_ORG.name} and everything in it (${removed} rows). Other organisations are untouched.`,
    );
    return;
  }
  const [existing] = await database.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, DEMO_ORG.slug));
  if (existing) {
    out(`The demo organisation is already loaded (slug "${DEMO_ORG.slug}"); nothing changed.`);
    return;
  }
  // the demo's review, survey and check-ins are answered against the built-in packs, which the
  // server installs at start but this command may run before the server ever has
  await installBuiltInPacks(database);
  await loadDemo(database);
  out(`Loaded the demo organisation: ${DEMO_ORG.name} (slug "${DEMO_ORG.slug}").`);
  out(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  for (const signIn of DEMO_SIGN_INS) out(`  ${signIn.role.padEnd(12)} ${signIn.email}`);
}

export interface DemoOptions {
  /** Delete the demo organisation and everything in it instead. */
  remove?: boolean;
}

export const demoCommand: CliCommand<DemoOptions> = {
  name: 'demo',
  summary: 'load the demo organisation (Riverside Community Care) unless it is already there; --remove deletes it',
  usage: 'demo [--remove]',
  details: ['--remove deletes the demo organisation and all its records (its accounts share a published password); other organisations are untouched.'],
  options: { remove: { type: 'boolean' } },
  toOptions: (values) => ({ remove: values.remove === true }),
  run: demo,
};
