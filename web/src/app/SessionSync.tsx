import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { setCsrfToken, setSessionEndedHandler } from '../api/client';
import { forgetCachedData, type Me, SESSION_KEY, setSessionEndReason, useSession } from '../api/session';
import { announce } from '../components/announcer';
import { isLanguage } from '../i18n';
import { keepLanguageOnAccount, takeLanguageChosenWhileLoading } from './use-change-language';

/**
 * Keeps the app in step with the session: the account's language once signed in, and back
 * to sign-in (with nothing of the last person left in memory) when the session ends.
 */
export function SessionSync() {
  const { me } = useSession();
  const { i18n, t } = useTranslation();
  const client = useQueryClient();

  useEffect(() => {
    if (!me) return;
    const chosen = takeLanguageChosenWhileLoading();
    if (chosen && chosen !== me.locale) {
      // picked while the page was still finding out who is signed in: that choice wins
      void keepLanguageOnAccount(client, me, chosen, () => announce(t('language.notSaved', { lng: chosen })));
      return;
    }
    if (isLanguage(me.locale) && me.locale !== i18n.language) void i18n.changeLanguage(me.locale);
  }, [me, i18n, client, t]);

  useEffect(() => {
    setSessionEndedHandler(() => {
      if (!client.getQueryData<Me | null>(SESSION_KEY)) return;
      // RequireSignIn then sends the person to sign-in, saying why, and back here afterwards
      setSessionEndReason('sessionEnded');
      setCsrfToken(null);
      forgetCachedData(client);
      client.setQueryData(SESSION_KEY, null);
    });
  }, [client]);

  return null;
}
