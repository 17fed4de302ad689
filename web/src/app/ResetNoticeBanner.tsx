import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dismissSignInNotice, pendingSignInNotice, useSession } from '../api/session';
import { formatDateTime } from '../components/format';
import { Notice } from '../components/Notice';

/**
 * After a password reset, the next sign-in answer carries a notice (once). It stays above every
 * page until the person closes it, so a reset they did not make does not go unseen.
 */
export function ResetNoticeBanner() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const [, setClosed] = useState(0);
  const notice = me ? pendingSignInNotice() : null;
  if (!notice) return null;
  return (
    <Notice title={t('identity.resetNotice.title')}>
      <p>
        {t('identity.resetNotice.body', { date: formatDateTime(notice.at, i18n.language) })} <Link to="/my-records">{t('nav.accessLog')}</Link>
      </p>
      <Button
        className="button"
        onPress={() => {
          dismissSignInNotice();
          setClosed((n) => n + 1);
        }}
      >
        {t('identity.resetNotice.dismiss')}
      </Button>
    </Notice>
  );
}
