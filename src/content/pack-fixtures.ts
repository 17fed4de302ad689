import { LEVEL_IDS, type TFrameworkPack } from './pack-schema.js';

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
