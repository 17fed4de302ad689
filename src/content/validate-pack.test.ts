import { describe, expect, it } from 'vitest';
import { minimalFrameworkPack } from './pack-fixtures.js';
import { formatProblem, type PackValidation, validatePack, validatePackText } from './validate-pack.js';

/** The problems as `path: problem` lines (the file is the same for all in these tests). */
function problems(result: PackValidation): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.problem}`);
}

// biome-ignore lint/suspicious/noExplicitAny: tests break a valid pack in ways its type forbids
type Loose = any;

describe('validatePack', () => {
  it('accepts a minimal framework pack, in English and Spanish', () => {
    const result = validatePack(minimalFrameworkPack(), 'packs/test.json');
    expect(result.ok).toBe(true);
    expect(result.ok && result.pack.kind).toBe('framework');
  });

  it('accepts a pack in one locale, and a "$schema" line for editors', () => {
    const pack: Loose = { $schema: '../pack.schema.json', ...minimalFrameworkPack() };
    const englishOnly = JSON.parse(JSON.stringify(pack), (key, value) => (key === 'es' ? undefined : value));
    englishOnly.locales = ['en'];
    const withSchema = validatePack(pack, 'a.json');
    expect(withSchema.ok && withSchema.pack).not.toHaveProperty('$schema');
    expect(withSchema.ok && withSchema.pack.id).toBe('test.framework');
    expect(validatePack(englishOnly, 'b.json').ok).toBe(true);
  });

  it('lists every problem of a malformed pack, each at its JSON path', () => {
    const pack: Loose = minimalFrameworkPack();
    pack.version = '1.0';
    pack.title = { en: 'Title', fr: 'Titre' };
    pack.body.levels[2].knowledge[0].text = { en: 'Knows' };
    pack.body.levels[1].skills[0].id = 'informed.k1';
    pack.body.levels[3].source = ['H.audit.safety.11', 'H.nothing'];
    pack.body.levels[0].sorce = ['H.levels'];
    pack.body.levels.splice(2, 1);
    expect(problems(validatePack(pack, 'bad.json'))).toEqual([
      '$.version: a version is semver like 1.0.0 or 1.1.0-draft.1 (no +build part)',
      '$.title.es: missing Spanish text',
      "$.title.fr: not one of the pack's locales (en, es)",
      '$.body.levels[0].sorce: unknown field: the pack format has no such field here',
      '$.body.levels[2].source[0]: "H.audit.safety.11" is not in SEED-MAP.md: H.audit.safety has H.audit.safety.1 to H.audit.safety.10',
      '$.body.levels[2].source[1]: "H.nothing" is not an ID in SEED-MAP.md; cite one of its IDs (such as H.levels.informed) or an outside reference as "ext:…"',
      '$.body.levels: missing level "enhanced"',
      '$.body.levels[1].skills[0].id: id "informed.k1" is already used at $.body.levels[0].knowledge[0].id',
    ]);
  });

  it('names a missing Spanish text deep in the body', () => {
    const pack: Loose = minimalFrameworkPack();
    delete pack.body.levels[2].knowledge[0].text.es;
    const result = validatePack(pack, 'packs/framework.json');
    expect(result.ok ? [] : result.problems).toEqual([{ file: 'packs/framework.json', path: '$.body.levels[2].knowledge[0].text.es', problem: 'missing Spanish text' }]);
  });

  it.each([
    ['a level in the wrong order', (p: Loose) => (p.body.levels[1].order = 3), '$.body.levels[1].order: the order of level "skilled" is 2, not 3'],
    ['an unknown level', (p: Loose) => (p.body.levels[3].id = 'expert'), '$.body.levels[3].id: must be one of "informed", "skilled", "enhanced", "specialist", not the text "expert"'],
    ['a startsWith that is not a level', (p: Loose) => (p.body.startsWith = 'basic'), '$.body.startsWith: must be one of'],
    ['a level listed twice', (p: Loose) => (p.body.levels[3] = { ...p.body.levels[0] }), '$.body.levels: missing level "specialist"'],
    ['an empty text', (p: Loose) => (p.summary.en = '  '), '$.summary.en: English text is empty'],
    ['a missing section', (p: Loose) => delete p.body.selfAssessment, '$.body.selfAssessment: missing selfAssessment'],
    ['an item without a source', (p: Loose) => (p.body.levels[0].skills[0].source = []), '$.body.levels[0].skills[0].source: needs at least one source'],
    ['an empty outside reference', (p: Loose) => (p.source = ['ext: ']), '$.source[0]: an outside reference needs text after "ext:"'],
    ['an unknown answer type', (p: Loose) => (p.body.placement.questions[0].answer = { type: 'scale' }), '$.body.placement.questions[0].answer.type: answer type must be one of'],
    ['an id in capitals', (p: Loose) => (p.id = 'Tend.Framework'), '$.id: an id is lowercase letters and digits'],
    ['a locale Tend lacks', (p: Loose) => (p.locales = ['en', 'fr']), '$.locales[1]: must be one of "en", "es", not the text "fr"'],
    ['an order that is not a number', (p: Loose) => (p.body.levels[0].order = '1'), '$.body.levels[0].order: expected a number, found the text "1"'],
  ])('reports %s', (_, breakIt, expected) => {
    const pack: Loose = minimalFrameworkPack();
    breakIt(pack);
    expect(problems(validatePack(pack, 'p.json')).some((line) => line.startsWith(expected))).toBe(true);
  });

  it('keeps option ids within their question: "yes" may recur in another question, not in the same one', () => {
    const pack: Loose = minimalFrameworkPack();
    const choice = pack.body.placement.questions[1].answer;
    pack.body.needsAssessment.questions[0].answer = structuredClone(choice);
    expect(validatePack(pack, 'p.json').ok).toBe(true);
    choice.options.push({ id: 'yes', text: { en: 'Yes again', es: 'Sí otra vez' } });
    expect(problems(validatePack(pack, 'p.json'))).toEqual([
      '$.body.placement.questions[1].answer.options[2].id: id "yes" is already used at $.body.placement.questions[1].answer.options[0].id',
    ]);
  });

  it.each([
    ['poem', 'kind must be "framework" or "assessment" or "instrument" or "coping", not "poem"'],
    [undefined, 'missing kind (framework, assessment, instrument, coping)'],
  ])('says plainly that kind %s is not accepted', (kind, message) => {
    expect(problems(validatePack({ ...minimalFrameworkPack(), kind }, 'p.json'))).toEqual([`$.kind: ${message}`]);
  });

  it('refuses something that is not an object', () => {
    expect(problems(validatePack([], 'p.json'))).toEqual(['$: expected an object, found a list']);
  });
});

describe('validatePackText', () => {
  it.each([
    ['{\n  "id": "x",\n  "version" "1.0.0"\n}', 3, 13, "expected ':' after the field name"],
    ['{\n  "locales": ["en",]\n}', 2, 20, "a comma before ']' (JSON allows no trailing comma)"],
    ['{"id": tru}', 1, 8, 'expected a value, found "t"'],
    ['{"id": "x"', 1, 11, "the file ends early: expected ',' or '}'"],
    ['{"id": "two\nlines"}', 1, 12, 'a line break or control character inside a string'],
  ])('reports a JSON syntax error with line and column: %j', (text, line, column, problem) => {
    const result = validatePackText(text, 'packs/broken.json');
    expect(result.ok).toBe(false);
    const [first] = result.ok ? [] : result.problems;
    expect(first).toMatchObject({ file: 'packs/broken.json', line, column });
    expect(first!.problem).toContain(problem);
    expect(formatProblem(first!)).toMatch(new RegExp(`^packs/broken\\.json:${line}:${column}: not valid JSON`));
  });

  it('reads a file with a byte-order mark', () => {
    expect(validatePackText(`\uFEFF${JSON.stringify(minimalFrameworkPack())}`, 'bom.json').ok).toBe(true);
  });

  it('prints other problems as `file: $.path: problem`', () => {
    expect(formatProblem({ file: 'a.json', path: '$.body.levels[0].id', problem: 'missing id' })).toBe('a.json: $.body.levels[0].id: missing id');
  });
});
