import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestPasswordReset } from '../../api/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle, problemText } from '../../components/problem-text';

/** Ask for a reset link. The answer is the same whether or not the account exists. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const labels = { email: t('signIn.email') };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) return errors.fail(t('form.fixFields', { count: 1 }), { email: t('signIn.emailMissing') });
    errors.clear();
    setBusy(true);
    try {
      await requestPasswordReset(email.trim());
      setSentTo(email.trim());
    } catch (error) {
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('forgot.title')} lead={<p>{t('forgot.lead')}</p>}>
      {sentTo ? (
        <Notice tone="success" title={t('forgot.sentTitle')} focusOnMount>
          <p>{t('forgot.sent', { email: sentTo })}</p>
        </Notice>
      ) : (
        <>
          <ErrorSummary state={errors.state} idPrefix="forgot" labels={labels} />
          <form className="form narrow" onSubmit={submit} noValidate>
            <TextInput
              id="forgot-email"
              label={labels.email}
              type="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              error={errors.field('email')}
              required
            />
            <div className="button-row">
              <Button type="submit" className="button button-primary" isDisabled={busy}>
                {t('forgot.submit')}
              </Button>
            </div>
          </form>
        </>
      )}
      <p>
        <Link to="/sign-in">{t('forgot.back')}</Link>
      </p>
    </Page>
  );
}
