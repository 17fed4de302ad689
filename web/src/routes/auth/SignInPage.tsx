import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { setSessionEndReason, useSignIn } from '../../api/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle, problemText } from '../../components/problem-text';

const REASONS = ['sessionEnded', 'signedOut', 'passwordSet'] as const;

export function SignInPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const signIn = useSignIn();
  const errors = useFormErrors();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const reason = (location.state as { reason?: string } | null)?.reason;
  // the reason is in this page's history state now; a later visit should not repeat it
  useEffect(() => setSessionEndReason(null), []);
  const labels = { email: t('signIn.email'), password: t('signIn.password') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = t('signIn.emailMissing');
    if (!password) missing.password = t('signIn.passwordMissing');
    if (Object.keys(missing).length > 0) return errors.fail(t('form.fixFields', { count: Object.keys(missing).length }), missing);
    errors.clear();
    // on success the session changes and PublicOnly takes the person on to where they were heading
    signIn.mutate(
      { email: email.trim(), password },
      { onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))) },
    );
  };

  return (
    <Page title={t('signIn.title')} lead={<p>{t('signIn.lead')}</p>}>
      {reason && (REASONS as readonly string[]).includes(reason) && !errors.state.title ? <Notice>{t(`signIn.reasons.${reason}`)}</Notice> : null}
      <ErrorSummary state={errors.state} idPrefix="sign-in" labels={labels} />
      <form className="form narrow" onSubmit={submit} noValidate>
        <TextInput
          id="sign-in-email"
          label={labels.email}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={errors.field('email')}
          required
        />
        <TextInput
          id="sign-in-password"
          label={labels.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.field('password')}
          required
        />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={signIn.isPending}>
            {signIn.isPending ? t('signIn.signingIn') : t('signIn.submit')}
          </Button>
        </div>
      </form>
      <p>
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
      <p>
        <Link to="/open-data">{t('signIn.openData')}</Link>
      </p>
    </Page>
  );
}
