import { LEVEL_IDS, type TFrameworkPack, type TInstrumentPack } from './pack-schema.js';

/**
 * For tests: the smallest framework pack the format accepts, in English and Spanish. Each call
 * returns a fresh object, so a test may break one part of it without touching another test's.
 */
export function minimalFrameworkPack(overrides: { id?: string; version?: string } = {}): TFrameworkPack {
  const text = (en: string) => ({ en, es: `${en} (es)` });
  const question = (id: string, source: string) => ({ id, text: text(`Question ${id}`), source: [source], answer: { type: 'yes-no' as const } });
  return {
    id: overrides.id ?? 'test.framework',
    version: overrides.version ?? '1.0.0',
    kind: 'framework',
    locales: ['en', 'es'],
    title: text('Test framework'),
    summary: text('A framework for tests'),
    source: ['H.levels'],
    body: {
      startsWith: 'informed',
      levels: LEVEL_IDS.map((level, i) => ({
        id: level,
        order: i + 1,
        name: text(`Level ${level}`),
        forWhom: text(`People at ${level}`),
        source: [`H.levels.${level}`],
        knowledge: [{ id: `${level}.k1`, audience: 'all' as const, text: text(`Knows ${level}`), source: [`H.levels.${level}`] }],
        skills: [{ id: `${level}.s1`, audience: 'all' as const, text: text(`Can ${level}`), source: [`H.levels.${level}`] }],
        exampleRoles: [{ id: `${level}.r1`, name: text(`Role ${level}`), source: ['H.roles'] }],
      })),
      placement: {
        source: ['H.placement'],
        questions: [
          question('placement.remit', 'H.placement.1'),
          {
            id: 'placement.contact',
            text: text('Do you meet people affected?'),
            help: text('Think of your week'),
            source: ['H.placement.2'],
            answer: { type: 'choice', multiple: false, options: [{ id: 'yes', text: text('Yes') }, { id: 'no', text: text('No') }] },
          },
        ],
        guidance: text('The level descriptions decide enhanced or specialist'),
      },
      needsAssessment: { source: ['H.tna'], questions: [question('tna.remit', 'H.tna.1')] },
      selfAssessment: { source: ['H.self'], questions: [question('self.role', 'H.self.3')] },
      trainingQuality: { source: ['H.training'], questions: [question('training.where', 'ext:local commissioning notes')] },
    },
  };
}

/**
 * For tests: a small instrument, in English and Spanish. Four items answered 0–3 (item q3
 * reversed), a sum over all four (range 0–12, prorated from 3 answers) with three bands, and a
 * mean over two in a second model (0–3, touching bands).
 */
export function minimalInstrumentPack(overrides: { id?: string; version?: string } = {}): TInstrumentPack {
  const text = (en: string) => ({ en, es: `${en} (es)` });
  const item = (n: number, reverse = false) => ({ id: `q${n}`, text: text(`Item ${n}`), answerSet: 'often4', reverse, source: ['S.ind.6'] });
  const band = (id: string, min: number, max: number, suggestSupport = false) => ({ id, min, max, label: text(`Band ${id}`), guidance: text(`Guidance ${id}`), suggestSupport });
  return {
    id: overrides.id ?? 'test.instrument',
    version: overrides.version ?? '1.0.0',
    kind: 'instrument',
    locales: ['en', 'es'],
    title: text('Test instrument'),
    summary: text('An instrument for tests'),
    source: ['S.ind.6'],
    body: {
      purpose: 'reflection',
      licence: null,
      intro: text('What it is for'),
      contentNote: null,
      answerSets: [{ id: 'often4', options: [0, 1, 2, 3].map((value) => ({ value, text: text(`Option ${value}`) })) }],
      items: [item(1), item(2), item(3, true), item(4)],
      scales: [
        {
          id: 'total',
          name: text('Total'),
          items: ['q1', 'q2', 'q3', 'q4'],
          method: 'sum',
          minAnswered: 3,
          missing: 'prorate',
          missingRuleSource: 'ext:The test manual, on scoring with a skipped item',
          bands: [band('low', 0, 4), band('middle', 5, 8), band('high', 9, 12, true)],
          source: ['S.ind.6'],
        },
        {
          id: 'pair',
          name: text('Pair'),
          model: 'alt',
          items: ['q1', 'q3'],
          method: 'mean',
          minAnswered: 2,
          missing: 'none',
          bands: [band('calm', 0, 1.5), band('busy', 1.5, 3)],
          source: ['ext:test reference'],
        },
      ],
    },
  };
}
