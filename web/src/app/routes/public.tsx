import { Route } from 'react-router';
import { ConfirmEmailPage } from '../../routes/auth/ConfirmEmailPage';
import { ForgotPasswordPage } from '../../routes/auth/ForgotPasswordPage';
import { SetPasswordPage } from '../../routes/auth/SetPasswordPage';
import { SignInPage } from '../../routes/auth/SignInPage';
import { PublicOnly } from '../guards';
import { lazyPage } from '../lazy-page';

// Signing in is in the first load (the sign-in page is most people's first page); open data is not.
const OpenDataListPage = lazyPage(() => import('../../routes/open-data/pages'), 'OpenDataListPage', ['open-data']);
const OpenDataPublicationPage = lazyPage(() => import('../../routes/open-data/pages'), 'OpenDataPublicationPage', ['open-data']);

/** Pages for anyone, signed in or not: signing in, setting a password, and the hubs' open data. */
export function publicRoutes() {
  return (
    <>
      <Route path="/sign-in" element={<PublicOnly><SignInPage /></PublicOnly>} />
      <Route path="/forgot-password" element={<PublicOnly><ForgotPasswordPage /></PublicOnly>} />
      <Route path="/reset-password" element={<SetPasswordPage purpose="reset" />} />
      <Route path="/accept-invitation" element={<SetPasswordPage purpose="invite" />} />
      <Route path="/confirm-email" element={<ConfirmEmailPage />} />
      <Route path="/open-data" element={<OpenDataListPage />} />
      <Route path="/open-data/:id" element={<OpenDataPublicationPage />} />
    </>
  );
}
