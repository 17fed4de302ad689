import type { TAssessmentPack } from './pack-schema.js';

/**
 * For tests: a small assessment pack in English and Spanish (two sections, five criteria). Each
 * call returns a fresh object, so a test may break one part without touching another test's.
 */
export function minimalAssessmentPack(overrides: { id?: string; version?: string } = {}): TAssessmentPack {
  const text = (en: string) => ({ en, es: `${en} (es)` });
  const criterion = (id: string, source: string) => ({ id, text: text(`Criterion ${id}`), source: [source] });
  return {
    id: overrides.id ?? 'test.assessment',
    version: overrides.version ?? '1.0.0',
    kind: 'assessment',
    locales: ['en', 'es'],
    title: text('Test assessment'),
    summary: text('An assessment for tests'),
    source: ['H.audit'],
    body: {
      intro: text('Rate each criterion together'),
      ratings: {
        rag: [
          { id: 'red', text: text('Not in place yet') },
          { id: 'amber', text: text('Partly in place') },
          { id: 'green', text: text('In place') },
        ],
        scale: { min: 1, max: 5, labels: [{ value: 1, text: text('Not true') }, { value: 5, text: text('Very true') }] },
      },
      sections: [
        {
          id: 'safety',
          title: text('Safety'),
          summary: text('Feeling safe'),
          journeyPrompt: text('Where are you on safety?'),
          source: ['H.audit.safety'],
          criteria: [
            { ...criterion('safety.1', 'H.audit.safety.1'), evidenceHint: text('A policy'), domains: ['governance' as const] },
            criterion('safety.2', 'H.audit.safety.2'),
            criterion('safety.3', 'H.audit.safety.3'),
          ],
        },
        {
          id: 'trust',
          title: text('Trust'),
          summary: text('Being trusted'),
          journeyPrompt: text('Where are you on trust?'),
          source: ['H.audit.trust'],
          criteria: [criterion('trust.1', 'H.audit.trust.1'), criterion('trust.2', 'H.audit.trust.2')],
        },
      ],
    },
  };
}
