import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * The one-time token of a link page (/reset-password#token, /accept-invitation#token,
 * /confirm-email#token). It travels in the #fragment, which browsers never send to a server;
 * once read it is taken off the address bar, out of the history and of screenshots.
 */
export function useLinkToken(): string {
  const navigate = useNavigate();
  const location = useLocation();
  const [token] = useState(() => decodeURIComponent(window.location.hash.replace(/^#/, '')));
  useEffect(() => {
    if (location.hash) navigate(location.pathname, { replace: true });
  }, [location.hash, location.pathname, navigate]);
  return token;
}
