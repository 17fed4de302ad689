import type { FieldProblem } from '../../platform/http/errors.js';
import type { InstrumentPack } from './instrument-types.js';

/**
 * A licensed instrument with the item texts of an organisation's FHIR Questionnaire filled in
 * (matched by linkId = item id). Stand-in for modules/instruments' mergeLicensedTexts.
 */
export function mergeTexts(pack: InstrumentPack, questionnaire: unknown): InstrumentPack {
  const texts = questionnaireTexts(questionnaire);
  const language = questionnaireLanguage(questionnaire);
  return {
    ...pack,
    body: {
      ...pack.body,
      items: pack.body.items.map((item) => {
        const text = texts.get(item.id);
        return text ? { ...item, text: { [language]: text } } : item;
      }),
    },
  };
}

/** What keeps a questionnaire from giving this instrument its texts (each problem named), or none. */
export function questionnaireProblems(pack: InstrumentPack, questionnaire: unknown): FieldProblem[] {
  const record = questionnaire as { resourceType?: unknown; item?: unknown };
  if (record?.resourceType !== 'Questionnaire') return [{ field: 'resourceType', problem: 'must be "Questionnaire" (a FHIR R4 Questionnaire)' }];
  if (!Array.isArray(record.item)) return [{ field: 'item', problem: 'must list the questionnaire items' }];
  const texts = questionnaireTexts(questionnaire);
  return pack.body.items.filter((i) => !texts.has(i.id)).map((i) => ({ field: 'item', problem: `no item with linkId "${i.id}" and a text` }));
}

function questionnaireTexts(questionnaire: unknown): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (items: unknown) => {
    if (!Array.isArray(items)) return;
    for (const item of items as Array<{ linkId?: unknown; text?: unknown; item?: unknown }>) {
      if (typeof item?.linkId === 'string' && typeof item.text === 'string' && item.text.trim() !== '') texts.set(item.linkId, item.text);
      walk(item?.item);
    }
  };
  walk((questionnaire as { item?: unknown })?.item);
  return texts;
}

const questionnaireLanguage = (questionnaire: unknown) => {
  const language = (questionnaire as { language?: unknown })?.language;
  return typeof language === 'string' && language.length >= 2 ? language.slice(0, 2) : 'en';
};
