import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { saveLanguage } from '../api/me';
import { type Me, SESSION_KEY, useSession } from '../api/session';
import { announce } from '../components/announcer';
import { type Language, rememberLanguageLocally } from '../i18n';

// A language chosen while the session was still being read: when the session arrives it is kept
// (and saved to the account) instead of the account's older choice switching the page back.
let chosenWhileLoading: Language | null = null;

/** The language chosen before the session was known, once (SessionSync asks when it arrives). */
export function takeLanguageChosenWhileLoading(): Language | null {
  const chosen = chosenWhileLoading;
  chosenWhileLoading = null;
  return chosen;
}

/** Keeps `lng` as the account's language: in the cached session at once, then on the server. */
export async function keepLanguageOnAccount(client: ReturnType<typeof useQueryClient>, me: Me, lng: Language, notSaved: () => void) {
  client.setQueryData(SESSION_KEY, { ...me, locale: lng });
  try {
    await saveLanguage(lng);
  } catch {
    notSaved();
  }
}

/**
 * Switches the whole page's language at once; signed in, the account remembers it (so it
 * follows the person to another computer), otherwise this browser does.
 */
export function useChangeLanguage() {
  const { i18n, t } = useTranslation();
  const { me, isLoading } = useSession();
  const client = useQueryClient();
  return async (lng: Language) => {
    // the choice is kept first (this browser, or the account, in parallel with loading the
    // language's texts): a page opened next, before the texts arrive, already opens in it
    if (!me) {
      rememberLanguageLocally(lng);
      if (isLoading) chosenWhileLoading = lng;
      await i18n.changeLanguage(lng);
      announce(t('language.changed', { lng }));
      return;
    }
    const kept = keepLanguageOnAccount(client, me, lng, () => announce(t('language.notSaved', { lng })));
    await i18n.changeLanguage(lng);
    announce(t('language.changed', { lng }));
    await kept;
  };
}
