import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPack } from '../content/pack-store.js';
import { TEND_ANSWER_SYSTEM } from '../modules/instruments/fhir/fhir-types.js';
import { TEST_CHECK } from '../modules/wellbeing/test-world.js';
import type { Database } from '../platform/db/client.js';
import { createOrganisation } from '../platform/tenancy/org-store.js';
import { buildPerson, buildTestApp, signIn } from '../test-support/factories.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { parseCommandArgs } from './command.js';
import { type ImportResponsesOptions, importResponses, importResponsesCommand } from './import-responses.js';

/**
 * The operator brings one person's past responses into their own space: consent required and
 * recorded where the person sees it, the same all-or-nothing reading as the person's own page,
 * an unknown organisation or person named.
 */

let database: Database;
let orgId: string;
let folder: string;
let person: Awaited<ReturnType<typeof buildPerson>>;

const response = (authored: string | undefined, values: [number, number, number], id: string) => ({
  resourceType: 'QuestionnaireResponse',
  id,
  status: 'completed',
  ...(authored ? { authored } : {}),
  item: (['w.a', 'w.b', 'w.c'] as const).map((linkId, i) => ({ linkId, answer: [{ valueCoding: { system: TEND_ANSWER_SYSTEM, code: String(values[i]) } }] })),
});
function jsonFile(name: string, value: unknown) {
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}
async function run(options: Partial<ImportResponsesOptions> & { file: string }) {
  const out: string[] = [];
  const base = { orgSlug: 'harbour-care', email: person.email, instrumentId: TEST_CHECK.id, consent: 'Agreed by email to Sam (wellbeing lead) on 2026-01-05', dryRun: false };
  const result = await importResponses(database, { ...base, ...options }, (line) => out.push(line)).then(
    () => 'ok',
    (error: Error) => error.message,
  );
  return { result, out };
}
const importedRows = async () => ((await database.db.execute(sql`SELECT count(*)::int AS n FROM wellbeing_check_ins WHERE org_id = ${orgId} AND origin = 'imported'`)).rows[0] as { n: number }).n;

beforeAll(async () => {
  database = await createTestDatabase();
  await installPack(database.db, TEST_CHECK);
  orgId = await createOrganisation(database.db, { name: 'Harbour Care', slug: 'harbour-care' });
  person = await buildPerson(database, orgId, { name: 'Pat Person' });
  folder = mkdtempSync(join(tmpdir(), 'tend-cli-responses-'));
});
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await database.close();
});

describe('import-responses', () => {
  it('requires the consent, naming the option, before anything is opened', () => {
    const args = ['--org', 'harbour-care', '--email', 'a@example.org', '--instrument', 'x', '--file', 'r.json'];
    const { values } = parseCommandArgs(args, importResponsesCommand.options);
    expect(() => importResponsesCommand.toOptions(values, {} as never, [])).toThrow('--consent is required');
    const blank = parseCommandArgs([...args, '--consent', '  '], importResponsesCommand.options).values;
    expect(() => importResponsesCommand.toOptions(blank, {} as never, [])).toThrow('--consent is required');
  });

  it('names an unknown organisation, person, instrument or file', async () => {
    const file = jsonFile('one.json', [response('2025-01-01', [1, 1, 1], 'x-1')]);
    expect((await run({ file, orgSlug: 'nowhere' })).result).toBe('--org: no organisation has the slug "nowhere"');
    expect((await run({ file, email: 'nobody@example.org' })).result).toBe('--email: Harbour Care has no person with the email nobody@example.org');
    expect((await run({ file, instrumentId: 'no.such' })).result).toMatch(/^--instrument: no\.such: no such instrument available to you/);
    expect((await run({ file: join(folder, 'missing.json') })).result).toMatch(/^--file: cannot read .*missing\.json \(no such file\)$/);
    expect(await importedRows()).toBe(0);
  });

  it('all or nothing: prints each problem as file: path: problem, and stores nothing', async () => {
    const file = jsonFile('bad.json', { resourceType: 'Bundle', type: 'collection', entry: [{ resource: response('2025-01-01', [1, 1, 1], 'b-1') }, { resource: response(undefined, [1, 1, 1], 'b-2') }] });
    const { result, out } = await run({ file });
    expect(out).toEqual(['bad.json: entry[1].resource.authored: is missing: the date the response was answered is needed to place it in your history']);
    expect(result).toBe('Nothing was brought in: 1 of 2 responses has problems (listed above).');
    expect(await importedRows()).toBe(0);
  });

  it('a dry run reports each response and stores nothing', async () => {
    const file = jsonFile('two.json', [response('2025-01-01', [1, 1, 1], 'g-1'), response('2025-02-01', [4, 4, 0], 'g-2')]);
    const { result, out } = await run({ file, dryRun: true });
    expect(result).toBe('ok');
    expect(out).toEqual([
      'Pat Person, test.weekly-check 1.0.0:',
      '  responses[0]  2025-01-01  total 5 (Settled)  new',
      '  responses[1]  2025-02-01  total 12 (Heavy)  new',
      'Dry run: 2 read, 2 would be brought in, 0 skipped; nothing was stored.',
    ]);
    expect(await importedRows()).toBe(0);
  });

  it('brings them in with the consent in the audit event the person sees in their access log; a second run skips them', async () => {
    const file = join(folder, 'two.json');
    const { result, out } = await run({ file });
    expect(result).toBe('ok');
    expect(out.at(-1)).toBe("2 read, 2 brought into Pat Person's own space, 0 skipped. Only they see them; their access log shows this import and the consent.");
    expect(await importedRows()).toBe(2);
    const events = await database.db.execute(sql`SELECT actor_person_id, subject_person_id, data FROM audit_events WHERE org_id = ${orgId} AND type = 'wellbeing.responses-imported'`);
    expect(events.rows).toEqual([
      { actor_person_id: null, subject_person_id: person.personId, data: { count: 2, skipped: 0, via: 'operator', consent: 'Agreed by email to Sam (wellbeing lead) on 2026-01-05' } },
    ]);
    const client = await signIn(buildTestApp(database).app, person.email);
    const log = (await (await client.request('GET', '/api/v1/me/access-log')).json()) as { accesses: Array<{ type: string; by: string; consent: string | null }> };
    expect(log.accesses).toContainEqual(expect.objectContaining({ type: 'wellbeing.responses-imported', by: 'The system operator', consent: 'Agreed by email to Sam (wellbeing lead) on 2026-01-05' }));
    const again = await run({ file });
    expect(again.out).toContainEqual(expect.stringMatching(/^ {2}responses\[0\] {2}2025-01-01 {2}total 5 \(Settled\) {2}skipped: already brought in on \d{4}-\d{2}-\d{2}$/));
    expect(await importedRows()).toBe(2);
  });
});
