import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { setPasswordWithToken } from '../../api/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { NewPasswordField, PASSWORD_MIN_LENGTH, ShowPasswordCheckbox } from '../../components/NewPasswordField';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useLinkToken } from './use-link-token';
import { errorTitle, problemText } from '../../components/problem-text';


/**
 * Choose a password from a one-time link: a reset (/reset-password#token) or an invitation
 * (/accept-invitation#token). The token travels in the #fragment, which browsers never send
 * to a server, and is taken off the address bar once read.
 */
export function SetPasswordPage({ purpose }: { purpose: 'reset' | 'invite' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errors = useFormErrors();
  const token = useLinkToken();
  const [password, setPassword] = useState('');
  const [show, setShow] = useState(false);
  const [busy, setBusy] = useState(false);
  const [linkUnusable, setLinkUnusable] = useState(false);
  const ns = purpose === 'reset' ? 'resetPassword' : 'acceptInvitation';
  const labels = { password: t('setPassword.password') };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const length = [...password].length;
    if (length < PASSWORD_MIN_LENGTH) {
      return errors.fail(t('form.fixFields', { count: 1 }), { password: t('setPassword.tooShort', { count: PASSWORD_MIN_LENGTH - length }) });
    }
    errors.clear();
    setBusy(true);
    try {
      await setPasswordWithToken(purpose, token, password);
      navigate('/sign-in', { state: { reason: 'passwordSet' } });
    } catch (error) {
      const fields = fieldErrorsOf(error, (p) => problemText(t, p));
      // a used or expired link cannot be mended on this page: say so, and offer a new one
      if (fields.token || (error instanceof ApiError && error.code === 'not-found')) {
        errors.clear();
        setLinkUnusable(true);
      } else errors.fail(errorTitle(t, error), fields.password ? { password: fields.password } : {});
    } finally {
      setBusy(false);
    }
  };

  if (!token || linkUnusable) {
    return (
      <Page title={t(`${ns}.title`)}>
        <Notice tone="info" title={t(linkUnusable ? 'setPassword.linkProblemTitle' : 'setPassword.noTokenTitle')} focusOnMount={linkUnusable}>
          <p>{t(linkUnusable ? 'setPassword.linkUnusable' : 'setPassword.noToken')}</p>
        </Notice>
        <p>
          <Link to="/forgot-password">{t('setPassword.askAgain')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t(`${ns}.title`)} lead={<p>{t(`${ns}.lead`)}</p>}>
      <ErrorSummary state={errors.state} idPrefix="set-password" labels={labels} />
      <form className="form narrow" onSubmit={submit} noValidate>
        <NewPasswordField id="set-password-password" label={labels.password} value={password} onChange={setPassword} error={errors.field('password')} show={show} />
        <ShowPasswordCheckbox id="set-password-show" label={t('setPassword.show')} checked={show} onChange={setShow} />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={busy}>
            {t(`${ns}.submit`)}
          </Button>
        </div>
      </form>
    </Page>
  );
}
