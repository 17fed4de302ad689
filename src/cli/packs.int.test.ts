import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalFrameworkPack } from '../content/pack-fixtures.js';
import { SEED_IDS } from '../content/seed-ids.js';
import type { Database } from '../platform/db/client.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { minimalInstrumentPack } from '../content/pack-fixtures.js';
import { getPack } from '../content/pack-store.js';
import type { TInstrumentPack } from '../content/pack-schema.js';
import type { Questionnaire } from '../modules/instruments/fhir/fhir-types.js';
import { questionnaireToPack } from '../modules/instruments/fhir/import-questionnaire.js';
import { scoreResponse } from '../modules/instruments/score-instrument.js';
import { ZOrgSettings } from '../org-settings.js';
import { createOrganisation } from '../platform/tenancy/org-store.js';
import { listOrgInstruments } from '../modules/instruments/org-instrument-store.js';
import { orgBySlug } from './find-org.js';
import { exportPack, importFhirQuestionnaire, importPack, listInstalledPacks, packCoverage } from './packs.js';

let database: Database;
const folder = mkdtempSync(join(tmpdir(), 'tend-cli-packs-'));

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await database.close();
});

const lines = async <O>(command: (d: Database, o: O, out: (l: string) => void) => Promise<void>, options: O) => {
  const out: string[] = [];
  await command(database, options, (l) => out.push(l));
  return out;
};
const write = (name: string, content: unknown) => {
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify(content, null, 2));
  return path;
};

describe('tend packs import, list, export and coverage', () => {
  it('before any import: nothing installed, nothing carried', async () => {
    expect(await lines(listInstalledPacks, {})).toEqual(['No content packs are installed.']);
    const report = await lines(packCoverage, {});
    expect(report).toContain(`Carried: 0 of ${SEED_IDS.length} SEED-MAP IDs (0%); not carried: ${SEED_IDS.length}.`);
  });

  it('imports a valid pack once; the same file again changes nothing; changed content is refused', async () => {
    const file = write('one.json', minimalFrameworkPack());
    expect(await lines(importPack, { file })).toEqual([`Installed test.framework 1.0.0 (framework) from ${file}.`]);
    expect(await lines(importPack, { file })).toEqual(['test.framework 1.0.0 is already installed with the same content; nothing changed.']);
    const edited = minimalFrameworkPack();
    edited.summary.en = 'Changed without a new version';
    await expect(lines(importPack, { file: write('edited.json', edited) })).rejects.toThrow('test.framework 1.0.0 is already installed with different content');
    await lines(importPack, { file: write('two.json', { ...edited, version: '1.1.0' }) });
  });

  it('imports nothing from an invalid file and lists its problems', async () => {
    const file = write('bad.json', { ...minimalFrameworkPack({ id: 'test.bad' }), version: 'latest' });
    const out: string[] = [];
    await expect(importPack(database, { file }, (l) => out.push(l))).rejects.toThrow(`${file} has 1 problem; nothing was imported`);
    expect(out).toEqual([`${file}: $.version: a version is semver like 1.0.0 or 1.1.0-draft.1 (no +build part)`]);
    expect((await lines(listInstalledPacks, {})).join('\n')).not.toContain('test.bad');
  });

  it('lists every installed version, newest first', async () => {
    const out = await lines(listInstalledPacks, {});
    expect(out[0]).toMatch(/^id\s+version\s+kind\s+installed \(UTC\)\s+title$/);
    expect(out.slice(1).map((l) => l.split(/\s+/).slice(0, 3))).toEqual([
      ['test.framework', '1.1.0', 'framework'],
      ['test.framework', '1.0.0', 'framework'],
    ]);
    expect(out[1]).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}\s+Test framework$/);
  });

  it('exports the latest version, or the one asked for, as the pack that was imported', async () => {
    const latest = await lines(exportPack, { id: 'test.framework' });
    expect(JSON.parse(latest.join('\n'))).toMatchObject({ version: '1.1.0', summary: { en: 'Changed without a new version' } });
    const outFile = join(folder, 'exported.json');
    expect(await lines(exportPack, { id: 'test.framework', version: '1.0.0', outFile })).toEqual([`Exported test.framework 1.0.0 to ${outFile}.`]);
    expect(JSON.parse(readFileSync(outFile, 'utf8'))).toEqual(minimalFrameworkPack());
    await expect(lines(exportPack, { id: 'test.framework', version: '9.0.0' })).rejects.toThrow('test.framework 9.0.0 is not installed; installed versions: 1.1.0, 1.0.0');
    await expect(lines(exportPack, { id: 'test.none' })).rejects.toThrow('no pack "test.none" is installed');
  });

  it('shows every SEED-MAP ID as carried by a pack or not carried, then the counts', async () => {
    const out = await lines(packCoverage, {});
    const row = (id: string) => out.find((l) => l.startsWith(`${id} `));
    expect(out[0]).toMatch(/^SEED-MAP ID\s+carried by$/);
    expect(out.filter((l) => SEED_IDS.includes(l.split(' ')[0]!))).toHaveLength(SEED_IDS.length);
    expect(row('H.levels.informed')).toMatch(/^H\.levels\.informed\s+test\.framework@1\.1\.0$/);
    expect(row('H.audit.safety.1')).toMatch(/- not carried$/);
    expect(out).toContain('ext:local commissioning notes  test.framework@1.1.0');
    // the minimal pack cites 14: H.levels and its four levels, H.roles, H.placement with .1 and .2,
    // H.tna with .1, H.self with .3, H.training
    expect(out).toContain(`Carried: 14 of ${SEED_IDS.length} SEED-MAP IDs (${Math.round((14 / SEED_IDS.length) * 100)}%); not carried: ${SEED_IDS.length - 14}.`);
    expect(out.at(-1)).toBe('Packs counted (latest versions): test.framework@1.1.0.');
  });
});

describe('tend packs import-fhir and export --fhir', () => {
  const testData = (name: string) => fileURLToPath(new URL(`../modules/instruments/fhir/test-data/${name}`, import.meta.url));
  const apgar = testData('lforms-R4-apgar-with-itemWeight-variable.json');
  const phq9 = testData('lforms-R4-phq9.questionnaire.json');

  it('brings the Apgar score of LHNCBC/lforms into one organisation as a draft of its own, under the id given, never installing it for everyone', async () => {
    await createOrganisation(database.db, { name: 'Harbour Care', slug: 'harbour-care' }, ZOrgSettings);
    await createOrganisation(database.db, { name: 'Other Care', slug: 'other-care' }, ZOrgSettings);
    const out = await lines(importFhirQuestionnaire, { file: apgar, org: 'harbour-care', id: 'ext.apgar', version: '2.0.0' });
    expect(out.at(-1)).toBe(`Imported ext.apgar 2.0.0 (instrument: 5 items, 1 scale) from ${apgar} into Harbour Care as a draft: its admins look it over, mark its safety items and publish it at /admin/instruments.`);
    expect(out.slice(0, -1).every((l) => l.startsWith('note: '))).toBe(true);
    expect(await getPack(database.db, 'ext.apgar')).toBeUndefined();
    const harbour = (await orgBySlug(database.db, 'harbour-care'))!;
    const other = (await orgBySlug(database.db, 'other-care'))!;
    const [draft] = await listOrgInstruments(database.db, harbour.id);
    expect(draft).toMatchObject({ instrumentId: 'ext.apgar', version: '2.0.0', status: 'draft', importedByPersonId: null });
    expect(await listOrgInstruments(database.db, other.id)).toEqual([]);
    const [total] = scoreResponse(draft!.pack as TInstrumentPack, Object.fromEntries((draft!.pack as TInstrumentPack).body.items.map((item) => [item.id, 2])));
    expect(total!.score).toBe(10);
    await expect(lines(importFhirQuestionnaire, { file: apgar, org: 'harbour-care', id: 'ext.apgar', version: '2.0.0' })).rejects.toThrow('This version is already imported; nothing was stored. (1 problem)');
  });

  it("imports the PHQ-9 of LHNCBC/lforms, whose total counts an unanswered item as 0 once one is answered, printing what it left out", async () => {
    const out = await lines(importFhirQuestionnaire, { file: phq9, org: 'harbour-care' });
    expect(out).toContain('note: item[10] (linkId "/69722-7", type "choice"): not scored: its options carry no weights: left out');
    expect(out.at(-1)).toMatch(/^Imported [a-z0-9.-]+ [\d.]+ \(instrument: 9 items, 1 scale\)/);
  });

  it('exports an installed instrument as a Questionnaire that imports back as the same pack', async () => {
    await lines(importPack, { file: write('instrument.json', minimalInstrumentPack()) });
    const outFile = join(folder, 'instrument.questionnaire.json');
    const publicUrl = 'https://tend.example.org';
    expect(await lines(exportPack, { id: 'test.instrument', fhir: true, locale: 'es', outFile, publicUrl })).toEqual([`Exported test.instrument 1.0.0 as a FHIR Questionnaire to ${outFile}.`]);
    const questionnaire = JSON.parse(readFileSync(outFile, 'utf8')) as Questionnaire;
    expect(questionnaire).toMatchObject({ resourceType: 'Questionnaire', id: 'test.instrument', language: 'es', name: 'TestInstrument', url: 'https://tend.example.org/fhir/Questionnaire/test.instrument' });
    const back = questionnaireToPack(questionnaire);
    if (!back.ok) throw new Error(back.problems.join('\n'));
    expect({ ...back.pack, locales: [...back.pack.locales].sort() }).toEqual({ ...minimalInstrumentPack(), locales: [...minimalInstrumentPack().locales].sort() });
    // to stdout, in the pack's first locale
    expect(JSON.parse((await lines(exportPack, { id: 'test.instrument', fhir: true, publicUrl })).join('\n'))).toMatchObject({ resourceType: 'Questionnaire', language: 'en' });

    // and through import-fhir under another id
    expect((await lines(importFhirQuestionnaire, { file: outFile, org: 'harbour-care', id: 'test.instrument-copy' })).at(-1)).toMatch(/^Imported test\.instrument-copy 1\.0\.0 \(instrument: /);
  });

  it('refuses what cannot be a Questionnaire or an instrument pack, installing nothing', async () => {
    await expect(lines(exportPack, { id: 'test.framework', fhir: true, publicUrl: 'https://tend.example.org' })).rejects.toThrow('--fhir: test.framework is a framework pack; only instrument packs have a FHIR Questionnaire');
    await expect(lines(exportPack, { id: 'test.instrument', fhir: true, locale: 'fr', publicUrl: 'https://tend.example.org' })).rejects.toThrow('--locale: test.instrument has texts in en, es, not "fr"');
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, '{ "resourceType": ');
    await expect(lines(importFhirQuestionnaire, { file: broken, org: 'harbour-care', id: 'test.x' })).rejects.toThrow(`${broken}: not valid JSON (`);
    await expect(lines(importFhirQuestionnaire, { file: join(folder, 'absent.json'), org: 'harbour-care', id: 'test.x' })).rejects.toThrow('absent.json: no such file');
    await expect(lines(importFhirQuestionnaire, { file: apgar, org: 'nowhere', id: 'test.x' })).rejects.toThrow('--org: no organisation has the slug "nowhere"');
    const out: string[] = [];
    await expect(importFhirQuestionnaire(database, { file: write('not-q.json', { resourceType: 'Patient' }), org: 'harbour-care', id: 'test.x' }, (l) => out.push(l))).rejects.toThrow(
      'The questionnaire does not make an instrument; nothing was stored. (1 problem)',
    );
    expect(out).toEqual([`${join(folder, 'not-q.json')}: resourceType must be "Questionnaire" (a FHIR R4 Questionnaire)`]);
    const bad: string[] = [];
    await expect(importFhirQuestionnaire(database, { file: apgar, org: 'harbour-care', id: 'Not An Id' }, (l) => bad.push(l))).rejects.toThrow('The import has fields that need attention');
    expect(bad).toEqual([`${apgar}: --id: use lower-case letters, digits, dots and hyphens, starting with a letter`]);
    const taken: string[] = [];
    await expect(importFhirQuestionnaire(database, { file: apgar, org: 'harbour-care', id: 'test.instrument' }, (l) => taken.push(l))).rejects.toThrow('Choose another id');
    expect(taken.at(-1)).toBe(`${apgar}: --id: "test.instrument" is an instrument Tend provides; give yours another id`);
    const harbour = (await orgBySlug(database.db, 'harbour-care'))!;
    expect((await listOrgInstruments(database.db, harbour.id)).map((r) => r.instrumentId)).not.toContain('test.x');
    expect((await lines(listInstalledPacks, {})).join('\n')).not.toMatch(/test\.x|Not An Id/);
  });
});
