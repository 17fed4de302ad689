import { describe, expect, it } from 'vitest';
import { minimalAssessmentPack } from './assessment-pack-fixtures.js';
import { type PackValidation, validatePack } from './validate-pack.js';

function problems(result: PackValidation): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.problem}`);
}

// biome-ignore lint/suspicious/noExplicitAny: tests break a valid pack in ways its type forbids
type Loose = any;

describe('validatePack, kind assessment', () => {
  it('accepts a minimal assessment pack', () => {
    const result = validatePack(minimalAssessmentPack(), 'packs/test.json');
    expect(result.ok && result.pack.kind).toBe('assessment');
  });

  it.each([
    ['a criterion id used twice', (p: Loose) => (p.body.sections[1].criteria[1].id = 'safety.2'), '$.body.sections[1].criteria[1].id: id "safety.2" is already used at $.body.sections[0].criteria[1].id'],
    ['a section with the id of a criterion', (p: Loose) => (p.body.sections[1].id = 'safety.1'), '$.body.sections[1].id: id "safety.1" is already used at $.body.sections[0].criteria[0].id'],
    ['a section id used twice', (p: Loose) => (p.body.sections[1].id = 'safety'), '$.body.sections[1].id: id "safety" is already used at $.body.sections[0].id'],
    ['ratings out of order', (p: Loose) => p.body.ratings.rag.reverse(), '$.body.ratings.rag: the ratings are exactly red, amber and green, in that order, each once'],
    ['a rating missing', (p: Loose) => p.body.ratings.rag.pop(), '$.body.ratings.rag: the ratings are exactly red, amber and green, in that order, each once'],
    ['a rating that is not red, amber or green', (p: Loose) => (p.body.ratings.rag[1].id = 'yellow'), '$.body.ratings.rag[1].id: must be one of "red", "amber", "green", not the text "yellow"'],
    ['a scale with min above max', (p: Loose) => (p.body.ratings.scale.min = 5), "$.body.ratings.scale.max: the scale's min (5) must be below its max (5)"],
    ['a label outside the scale', (p: Loose) => (p.body.ratings.scale.labels[1].value = 6), '$.body.ratings.scale.labels[1].value: label value 6 is outside the scale (1 to 5)'],
    ['an unknown domain', (p: Loose) => (p.body.sections[0].criteria[0].domains = ['finance']), '$.body.sections[0].criteria[0].domains[0]: must be one of "governance", "policy", "environment", "engagement", "collaboration", "screening", "workforce", "monitoring", "financing", "evaluation", not the text "finance"'],
    ['a domain twice', (p: Loose) => (p.body.sections[0].criteria[0].domains = ['policy', 'policy']), '$.body.sections[0].criteria[0].domains[1]: domain "policy" is listed twice'],
    ['a source not in the seed map', (p: Loose) => (p.body.sections[0].criteria[0].source = ['H.audit.safety.11']), '$.body.sections[0].criteria[0].source[0]: "H.audit.safety.11" is not in SEED-MAP.md: H.audit.safety has H.audit.safety.1 to H.audit.safety.10'],
    ['a section without criteria', (p: Loose) => (p.body.sections[1].criteria = []), '$.body.sections[1].criteria: needs at least one criterion'],
    ['a criterion missing its Spanish text', (p: Loose) => delete p.body.sections[0].criteria[2].text.es, '$.body.sections[0].criteria[2].text.es: missing Spanish text'],
  ])('refuses %s', (_, breakIt, expected) => {
    const pack: Loose = minimalAssessmentPack();
    breakIt(pack);
    expect(problems(validatePack(pack, 'p.json'))).toEqual([expected]);
  });
});
