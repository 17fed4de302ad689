import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { saveLanguage } from '../api/me';
import { SESSION_KEY, useSession } from '../api/session';
import { announce } from '../components/announcer';
import { type Language, rememberLanguageLocally } from '../i18n';

/**
 * Switches the whole page's language at once; signed in, the account remembers it (so it
 * follows the person to another computer), otherwise this browser does.
 */
export function useChangeLanguage() {
  const { i18n, t } = useTranslation();
  const { me } = useSession();
  const client = useQueryClient();
  return async (lng: Language) => {
    await i18n.changeLanguage(lng);
    announce(t('language.changed', { lng }));
    if (!me) {
      rememberLanguageLocally(lng);
      return;
    }
    client.setQueryData(SESSION_KEY, { ...me, locale: lng });
    try {
      await saveLanguage(lng);
    } catch {
      announce(t('language.notSaved', { lng }));
    }
  };
}
