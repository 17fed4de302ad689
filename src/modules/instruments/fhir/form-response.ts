import type { QuestionnaireResponse, Questionnaire, QuestionnaireItem, ResponseItem } from './fhir-types.js';
import type { QuestionnaireMapping } from './import-questionnaire.js';

/**
 * Answers (by item id) as a QuestionnaireResponse to the imported form itself: the form's own
 * linkIds, its own codings, and its groups, so that the form's calculated expressions (which
 * navigate its structure and look its options up by code) read it as they would a response
 * written by the form's own tooling. Skipped items and items Tend does not score are left out.
 */
export function formResponseFromAnswers(questionnaire: Questionnaire, mapping: QuestionnaireMapping, answers: Readonly<Record<string, number | null | undefined>>): QuestionnaireResponse {
  const build = (items: readonly QuestionnaireItem[] | undefined): ResponseItem[] =>
    (items ?? []).flatMap((item): ResponseItem[] => {
      const children = build(item.item);
      const itemId = mapping.itemOf.get(item.linkId);
      const value = itemId === undefined ? undefined : answers[itemId];
      const coding = typeof value === 'number' ? mapping.codings.get(itemId!)?.find((c) => c.value === value) : undefined;
      const answer = coding ? [{ valueCoding: { ...(coding.system ? { system: coding.system } : {}), code: coding.code } }] : [];
      if (answer.length === 0 && children.length === 0) return [];
      return [{ linkId: item.linkId, ...(answer.length > 0 ? { answer } : {}), ...(children.length > 0 ? { item: children } : {}) }];
    });
  return {
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    ...(questionnaire.url ? { questionnaire: questionnaire.url } : {}),
    item: build(questionnaire.item),
  };
}
