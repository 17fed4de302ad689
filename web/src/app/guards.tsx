import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { type Role, sessionEndReason, useSession } from '../api/session';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { NotFoundPage } from '../routes/NotFoundPage';

/** Pages behind sign-in: without a session, go to sign-in and come back afterwards. */
export function RequireSignIn() {
  const { me, isLoading } = useSession();
  const location = useLocation();
  if (isLoading) return <Loading />;
  if (!me) {
    const reason = sessionEndReason();
    // after "Sign out", start afresh at home next time; after a timeout, come back to this page
    const from = reason === 'signedOut' ? undefined : `${location.pathname}${location.search}`;
    return <Navigate to="/sign-in" replace state={{ reason, from }} />;
  }
  return <Outlet />;
}

/**
 * Pages for some roles only. The API refuses anyway; this keeps the page from showing its
 * frame or fetching anything, and says plainly why.
 */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { me } = useSession();
  if (!me || !roles.some((r) => me.roles.includes(r))) return <NoAccess />;
  return <>{children}</>;
}

/**
 * Pages of one kind of tenant: an organisation's pages for its people, a hub's for the hub's.
 * The other kind gets the not-found page, as the API answers it 404: the wall between hubs and
 * organisations shows the same on both sides.
 */
export function TenantOnly({ kind }: { kind: 'organisation' | 'hub' }) {
  const { me } = useSession();
  if (!me || me.tenantKind !== kind) return <NotFoundPage />;
  return <Outlet />;
}

export function NoAccess() {
  const { t } = useTranslation();
  return (
    <Page title={t('noAccess.title')}>
      <p>{t('noAccess.body')}</p>
      <p>
        <Link to="/">{t('noAccess.home')}</Link>
      </p>
    </Page>
  );
}

/**
 * Sign-in and the forgotten-password page: someone signed in goes on to where they were
 * heading (the page that sent them to sign in), or home.
 */
export function PublicOnly({ children }: { children: ReactNode }) {
  const { me, isLoading } = useSession();
  const location = useLocation();
  if (isLoading) return <Loading />;
  if (me) {
    const from = (location.state as { from?: unknown } | null)?.from;
    return <Navigate to={typeof from === 'string' && from.startsWith('/') ? from : '/'} replace />;
  }
  return <>{children}</>;
}
