import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { setCsrfToken, setSessionEndedHandler } from '../api/client';
import { forgetCachedData, type Me, SESSION_KEY, setSessionEndReason, useSession } from '../api/session';
import { isLanguage } from '../i18n';

/**
 * Keeps the app in step with the session: the account's language once signed in, and back
 * to sign-in (with nothing of the last person left in memory) when the session ends.
 */
export function SessionSync() {
  const { me } = useSession();
  const { i18n } = useTranslation();
  const client = useQueryClient();

  useEffect(() => {
    if (me && isLanguage(me.locale) && me.locale !== i18n.language) void i18n.changeLanguage(me.locale);
  }, [me, i18n]);

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
