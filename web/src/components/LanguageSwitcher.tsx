import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage } from '../i18n';
import { useChangeLanguage } from '../app/use-change-language';

/** English / Español, on every page, before and after sign-in. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const changeLanguage = useChangeLanguage();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={i18n.language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void changeLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((lng) => (
          // each language named in itself, so people can find their own whatever the page's language
          <option key={lng} value={lng} lang={lng}>
            {t(`language.names.${lng}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
