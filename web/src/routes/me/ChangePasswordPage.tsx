import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { changeMyPassword } from '../../api/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { NewPasswordField, PASSWORD_MIN_LENGTH, ShowPasswordCheckbox } from '../../components/NewPasswordField';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle, problemText } from '../../components/problem-text';


/**
 * Change one's own password while signed in: the current one is asked, the new one is checked
 * by the server (length, common passwords, strength), and every other session ends.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [show, setShow] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const labels = { currentPassword: t('changePassword.current'), newPassword: t('changePassword.new') };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!currentPassword) missing.currentPassword = t('changePassword.currentMissing');
    const length = [...newPassword].length;
    if (length < PASSWORD_MIN_LENGTH) missing.newPassword = t('setPassword.tooShort', { count: PASSWORD_MIN_LENGTH - length });
    if (Object.keys(missing).length > 0) return errors.fail(t('form.fixFields', { count: Object.keys(missing).length }), missing);
    errors.clear();
    setBusy(true);
    try {
      await changeMyPassword(currentPassword, newPassword);
      setCurrentPassword('');
      setNewPassword('');
      setDone(true);
    } catch (error) {
      setDone(false);
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('changePassword.title')} lead={<p>{t('changePassword.lead')}</p>}>
      {done ? (
        <Notice tone="success" title={t('changePassword.doneTitle')} focusOnMount>
          <p>{t('changePassword.done')}</p>
        </Notice>
      ) : null}
      <ErrorSummary state={errors.state} idPrefix="change-password" labels={labels} />
      <form className="form narrow" onSubmit={submit} noValidate>
        <TextInput
          id="change-password-currentPassword"
          label={labels.currentPassword}
          type={show ? 'text' : 'password'}
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={errors.field('currentPassword')}
          required
        />
        <NewPasswordField id="change-password-newPassword" label={labels.newPassword} value={newPassword} onChange={setNewPassword} error={errors.field('newPassword')} show={show} />
        <ShowPasswordCheckbox id="change-password-show" label={t('changePassword.show')} checked={show} onChange={setShow} />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={busy}>
            {t('changePassword.submit')}
          </Button>
          <Link to="/settings">{t('changePassword.back')}</Link>
        </div>
      </form>
    </Page>
  );
}
