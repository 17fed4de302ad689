import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { confirmEmailChange } from '../../api/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useLinkToken } from './use-link-token';
import { errorTitle, problemText } from '../../components/problem-text';

/**
 * The page behind the link sent to a new address (/confirm-email#token): the person confirms the
 * change with their current password, so an address someone else owns can never finish it. The
 * token is taken off the address bar once read, as on the password pages.
 */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const token = useLinkToken();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [linkUnusable, setLinkUnusable] = useState(false);
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const labels = { password: t('identity.confirmEmail.password') };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!password) return errors.fail(t('form.fixFields', { count: 1 }), { password: t('identity.confirmEmail.passwordMissing') });
    errors.clear();
    setBusy(true);
    try {
      setConfirmed((await confirmEmailChange(token, password)).email);
    } catch (error) {
      const fields = fieldErrorsOf(error, (p) => problemText(t, p));
      if (fields.token) {
        errors.clear();
        setLinkUnusable(true);
      } else errors.fail(errorTitle(t, error), fields.password ? { password: fields.password } : {});
    } finally {
      setBusy(false);
    }
  };

  if (confirmed) {
    return (
      <Page title={t('identity.confirmEmail.title')}>
        <Notice tone="success" title={t('identity.confirmEmail.doneTitle')} focusOnMount>
          <p>{t('identity.confirmEmail.done', { email: confirmed })}</p>
        </Notice>
        <p>
          <Link to="/sign-in">{t('identity.confirmEmail.signIn')}</Link>
        </p>
      </Page>
    );
  }

  if (!token || linkUnusable) {
    return (
      <Page title={t('identity.confirmEmail.title')}>
        <Notice title={t(linkUnusable ? 'identity.confirmEmail.linkProblemTitle' : 'identity.confirmEmail.noTokenTitle')} focusOnMount={linkUnusable}>
          <p>{t(linkUnusable ? 'identity.confirmEmail.linkUnusable' : 'identity.confirmEmail.noToken')}</p>
        </Notice>
      </Page>
    );
  }

  return (
    <Page title={t('identity.confirmEmail.title')} lead={<p>{t('identity.confirmEmail.lead')}</p>}>
      <ErrorSummary state={errors.state} idPrefix="confirm-email" labels={labels} />
      <form className="form narrow" onSubmit={submit} noValidate>
        <TextInput
          id="confirm-email-password"
          label={labels.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.field('password')}
          required
        />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={busy}>
            {t('identity.confirmEmail.submit')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
