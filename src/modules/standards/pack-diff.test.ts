import { describe, expect, it } from 'vitest';
import { minimalAssessmentPack } from '../../content/assessment-pack-fixtures.js';
import { minimalFrameworkPack, minimalInstrumentPack } from '../../content/pack-fixtures.js';
import { diffPacks, packItems } from './pack-diff.js';

describe('diffPacks', () => {
  it('finds nothing between a pack and itself', () => {
    expect(diffPacks(minimalAssessmentPack(), minimalAssessmentPack({ version: '1.1.0' }))).toEqual({ added: [], removed: [], reworded: [] });
  });

  it('names criteria and sections added, removed and reworded, matched by kind and id', () => {
    const from = minimalAssessmentPack();
    const to = minimalAssessmentPack({ version: '1.1.0' });
    const safety = to.body.sections[0]!;
    safety.criteria = safety.criteria.filter((c) => c.id !== 'safety.3');
    safety.criteria[1]!.text = { en: 'Staff can pause a hard conversation', es: 'El personal puede pausar una conversación difícil' };
    to.body.sections[1]!.criteria.push({ id: 'trust.3', text: { en: 'Leaders ask before they decide', es: 'Quien dirige pregunta antes de decidir' }, source: ['H.audit.trust.1'] });
    to.body.sections.push({ ...to.body.sections[1]!, id: 'voice', title: { en: 'Voice', es: 'Voz' }, criteria: [] });
    const diff = diffPacks(from, to);
    expect(diff.added.map((i) => `${i.kind}:${i.id}`)).toEqual(['criterion:trust.3', 'section:voice']);
    expect(diff.removed.map((i) => `${i.kind}:${i.id}`)).toEqual(['criterion:safety.3']);
    expect(diff.reworded).toEqual([{ id: 'safety.2', kind: 'criterion', before: { en: 'Criterion safety.2', es: 'Criterion safety.2 (es)' }, after: safety.criteria[1]!.text }]);
  });

  it('a change in one language only is a rewording', () => {
    const to = minimalAssessmentPack({ version: '1.0.1' });
    to.body.sections[1]!.title = { en: 'Trust', es: 'Confianza' };
    expect(diffPacks(minimalAssessmentPack(), to).reworded.map((r) => r.id)).toEqual(['trust']);
  });

  it('reads a framework by its levels, statements and questions', () => {
    const from = minimalFrameworkPack();
    const to = minimalFrameworkPack({ version: '2.0.0' });
    to.body.levels[0]!.skills.push({ id: 'informed.s2', audience: 'all', text: { en: 'Can notice stress', es: 'Sabe notar el estrés' }, source: ['H.levels.informed'] });
    to.body.levels[1]!.knowledge[0]!.text = { en: 'Knows more', es: 'Sabe más' };
    to.body.needsAssessment.questions = [];
    const diff = diffPacks(from, to);
    expect(diff.added.map((i) => `${i.kind}:${i.id}`)).toEqual(['skill:informed.s2']);
    expect(diff.reworded.map((i) => `${i.kind}:${i.id}`)).toEqual(['knowledge:skilled.k1']);
    expect(diff.removed.map((i) => `${i.kind}:${i.id}`)).toEqual(['question:tna.remit']);
  });

  it('an item of the same id but another kind is not the same item', () => {
    expect(packItems(minimalFrameworkPack()).filter((i) => i.id === 'informed').map((i) => i.kind)).toEqual(['level']);
  });

  it('an instrument has no items a standard speaks of', () => {
    expect(packItems(minimalInstrumentPack())).toEqual([]);
  });
});
