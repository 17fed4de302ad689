import { useTranslation } from 'react-i18next';
import type { FrameworkPack, Level, PackText, PlacementAnswers } from '../../api/framework';

/** Picks a pack text in the page's language; English when the pack has no such translation. */
export function usePackText() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (text: PackText | undefined) => (text ? (text[language] ?? text.en ?? '') : '');
}

/** The name of a level as the pack writes it ("Trauma-skilled"). */
export function levelName(pack: FrameworkPack | undefined, level: Level, text: (t: PackText) => string) {
  const found = pack?.body.levels.find((l) => l.id === level);
  return found ? text(found.name) : level;
}

/** Which answer each pack question sets. */
export const QUESTION_FIELD: Record<string, keyof PlacementAnswers> = {
  'placement.remit': 'serviceRemit',
  'placement.contact': 'workerContact',
  'placement.specialist': 'specialistInterventions',
};

/**
 * The level the answers suggest — the same rule the server applies (H.placement) — so the person
 * sees it before confirming; the server decides again and stores its own outcome.
 */
export function suggestedLevel(a: PlacementAnswers): { level: Level; reasons: string[] } | null {
  if (a.workerContact === false) return { level: 'informed', reasons: ['no-contact-with-affected-people'] };
  if (a.workerContact == null) return null;
  if (a.serviceRemit === false) return { level: 'skilled', reasons: ['contact-without-service-remit'] };
  if (a.serviceRemit == null || a.specialistInterventions == null) return null;
  return a.specialistInterventions
    ? { level: 'specialist', reasons: ['contact-within-trauma-remit', 'delivers-specialist-interventions'] }
    : { level: 'enhanced', reasons: ['contact-within-trauma-remit'] };
}

/** Questions still to ask: the specialist one only when both others are yes. */
export function questionsToAsk(pack: FrameworkPack, a: PlacementAnswers) {
  return pack.body.placement.questions.filter((q) => q.id !== 'placement.specialist' || (a.serviceRemit === true && a.workerContact === true));
}
