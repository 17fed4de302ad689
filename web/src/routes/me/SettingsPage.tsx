import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/session';
import { useChangeLanguage } from '../../app/use-change-language';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Page } from '../../components/Page';
import { LANGUAGES, isLanguage } from '../../i18n';
import { ReminderSettings } from '../reminders/ReminderSettings';

/** The person's own settings: their language (remembered by their account) and who they are signed in as. */
export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const changeLanguage = useChangeLanguage();
  if (!me) return null;
  return (
    <Page title={t('settings.title')}>
      <section className="panel" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.languageTitle')}</h2>
        <ChoiceGroup
          type="radio"
          id="settings-language-choice"
          legend={t('settings.languageLabel')}
          hint={t('settings.languageHint')}
          value={i18n.language}
          onChange={(value) => {
            if (isLanguage(value)) void changeLanguage(value);
          }}
          options={LANGUAGES.map((lng) => ({ value: lng, label: t(`language.names.${lng}`), lang: lng }))}
        />
      </section>
      <ReminderSettings />
      <section className="panel" aria-labelledby="settings-account">
        <h2 id="settings-account">{t('settings.accountTitle')}</h2>
        <dl className="facts">
          <dt>{t('settings.name')}</dt>
          <dd>{me.name}</dd>
          <dt>{t('settings.email')}</dt>
          <dd>{me.email}</dd>
          <dt>{t('settings.roles')}</dt>
          <dd>{me.roles.map((r) => t(`roles.${r}`)).join(', ')}</dd>
        </dl>
        <p>
          <Link to="/settings/password">{t('settings.changePassword')}</Link>
        </p>
      </section>
    </Page>
  );
}
