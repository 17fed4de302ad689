import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { setCsrfToken, setSessionEndedHandler } from '../api/client';
import { forgetCachedData, type Me, SESSION_KEY, useSession } from '../api/session';
import { isLanguage } from '../i18n';

/**
 * Keeps the app in step with the session: the account's language once signed in, and back
 * to sign-in (with nothing of the last person left in memory) when the session ends.
 */
export function SessionSync() {
  const { me } = useSession();
  const { i18n } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();

  useEffect(() => {
    if (me && isLanguage(me.locale) && me.locale !== i18n.language) void i18n.changeLanguage(me.locale);
  }, [me, i18n]);

  useEffect(() => {
    setSessionEndedHandler(() => {
      if (!client.getQueryData<Me | null>(SESSION_KEY)) return;
      setCsrfToken(null);
      forgetCachedData(client);
      client.setQueryData(SESSION_KEY, null);
      const from = `${window.location.pathname}${window.location.search}`;
      navigate('/sign-in', { replace: true, state: { reason: 'sessionEnded', from } });
    });
  }, [client, navigate]);

  return null;
}
