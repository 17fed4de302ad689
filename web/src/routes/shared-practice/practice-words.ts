import type { TFunction } from 'i18next';
import type { PracticeSource } from '../../api/shared-practice';

/**
 * Who a piece of shared practice is shown as coming from, in words. The server decides what may
 * be said (a story kept unnamed carries no name at all); this only puts it in the page's language.
 */
export function sourceText(t: TFunction, from: PracticeSource): string {
  if (from.kind === 'unnamed-member') return t('sharedPractice.from.unnamed');
  if (from.kind === 'former-member') return t('sharedPractice.from.former');
  return from.person ? t('sharedPractice.from.personAt', { person: from.person, organisation: from.organisation }) : from.organisation;
}
