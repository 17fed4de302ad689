import { useTranslation } from 'react-i18next';
import { TextInput } from './fields';

/** The server's rule (NIST 800-63B): at least this many characters; the server checks the rest. */
export const PASSWORD_MIN_LENGTH = 15;

/**
 * The field where a person chooses a new password, with the same hint wherever it is asked
 * (setting one from a link, or changing it while signed in), so the rule reads the same.
 */
export function NewPasswordField(props: { id: string; label: string; value: string; onChange: (value: string) => void; error?: string; show: boolean }) {
  const { t } = useTranslation();
  return (
    <TextInput
      id={props.id}
      label={props.label}
      type={props.show ? 'text' : 'password'}
      autoComplete="new-password"
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      hint={
        <>
          <p>{t('setPassword.hint', { count: PASSWORD_MIN_LENGTH })}</p>
          <p>{t('setPassword.hintWords')}</p>
        </>
      }
      required
    />
  );
}

/** "Show the password": a plain checkbox, since it changes the fields in place. */
export function ShowPasswordCheckbox(props: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="checkbox-field">
      <input id={props.id} type="checkbox" checked={props.checked} onChange={(event) => props.onChange(event.target.checked)} />
      <label htmlFor={props.id}>{props.label}</label>
    </div>
  );
}
