import { Suspense } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useSession, useSignOut } from '../api/session';
import { Announcer } from '../components/Announcer';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { Loading } from '../components/Loading';
import { PlaceVisitCounter } from '../routes/home/PlaceVisitCounter';
import { NotificationsCount } from '../routes/reminders/NotificationsCount';
import { ResetNoticeBanner } from './ResetNoticeBanner';
import { AreaTabs } from './AreaTabs';
import { MainNav } from './MainNav';

/** The frame of every page: skip link, header with language and sign-out, main navigation (areas), the area's tabs, main. */
export function Shell() {
  const { t } = useTranslation();
  const { me } = useSession();
  const signOut = useSignOut();

  return (
    <div className="app">
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link to #main; the handler only keeps the address unchanged */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // focus main without changing the address: reset and invitation links keep their token in the #fragment
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToMain')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('app.name')}
        </Link>
        <div className="header-tools">
          <LanguageSwitcher />
          {me ? (
            <div className="account-tools">
              {me.tenantKind === 'organisation' ? <NotificationsCount /> : null}
              <span className="signed-in-as">{t('app.signedInAs', { name: me.name })}</span>
              <Button
                className="button button-quiet"
                isDisabled={signOut.isPending}
                onPress={() => signOut.mutate()}
              >
                {t('app.signOut')}
              </Button>
            </div>
          ) : null}
        </div>
      </header>
      <div className={me ? 'layout layout-with-nav' : 'layout'}>
        {me ? <MainNav roles={me.roles} /> : null}
        <div className="content">
          {me ? <AreaTabs roles={me.roles} /> : null}
          <main id="main" tabIndex={-1}>
            {/* a page still loading keeps the header and navigation in place */}
            <ResetNoticeBanner />
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </main>
        </div>
      </div>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <a href="/api/docs">{t('app.apiDocs')}</a>
        </p>
      </footer>
      <Announcer />
      {me ? <PlaceVisitCounter personId={me.personId} roles={me.roles} /> : null}
    </div>
  );
}
