import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/session';
import { AREA_HOME, areasFor, canOpen, WELLBEING_ROLES } from '../../app/nav';
import { Page } from '../../components/Page';

const KEYS = ['tab', 'enter', 'arrows', 'escape'] as const;

/**
 * Help, open to everyone signed in: how Tend is laid out (the areas this person has), who sees
 * what in plain words, where support is, keyboard use, languages, and the API documentation.
 */
export function HelpPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me) return null;
  const hasSpace = canOpen({ roles: WELLBEING_ROLES }, me.roles);
  return (
    <Page title={t('nav.areas.help')} lead={<p>{t('areas.help.lead')}</p>}>
      <section aria-labelledby="help-organised">
        <h2 id="help-organised">{t('areas.help.organised.title')}</h2>
        <p>{t('areas.help.organised.body')}</p>
        <ul>
          {areasFor(me.roles).map((area) => (
            <li key={area}>
              {area === 'help' ? <strong>{t('nav.areas.help')}</strong> : <Link to={AREA_HOME[area]}>{t(`nav.areas.${area}`)}</Link>}
              {': '}
              {t(`areas.help.organised.areas.${area}`)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="help-privacy">
        <h2 id="help-privacy">{t('areas.help.privacy.title')}</h2>
        {hasSpace ? <p>{t('areas.help.privacy.wellbeing')}</p> : null}
        <p>{t('areas.help.privacy.professional')}</p>
        <p>{t('areas.help.privacy.figures')}</p>
        <p>{t('areas.help.privacy.region')}</p>
        <p>
          {t('areas.help.privacy.log')} <Link to="/my-records">{t('areas.help.privacy.logLink')}</Link>
        </p>
      </section>

      <section aria-labelledby="help-support">
        <h2 id="help-support">{t('areas.help.support.title')}</h2>
        {hasSpace ? (
          <p>
            {t('areas.help.support.body')} <Link to="/me/wellbeing">{t('areas.help.support.link')}</Link>
          </p>
        ) : (
          <p>{t('areas.help.support.noSpace')}</p>
        )}
        <p>{t('areas.help.support.urgent')}</p>
      </section>

      <section aria-labelledby="help-keyboard">
        <h2 id="help-keyboard">{t('areas.help.keyboard.title')}</h2>
        <p>
          {t('areas.help.keyboard.intro')} {t('areas.help.keyboard.skip')}
        </p>
        <dl className="help-keys">
          {KEYS.map((key) => (
            <div key={key}>
              <dt>
                <kbd>{t(`areas.help.keyboard.keys.${key}`)}</kbd>
              </dt>
              <dd>{t(`areas.help.keyboard.${key}`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="help-languages">
        <h2 id="help-languages">{t('areas.help.languages.title')}</h2>
        <p>
          {t('areas.help.languages.body')} <Link to="/settings">{t('areas.help.languages.settingsLink')}</Link>
        </p>
      </section>

      <section aria-labelledby="help-api">
        <h2 id="help-api">{t('areas.help.api.title')}</h2>
        <p>
          {t('areas.help.api.body')} <a href="/api/docs">{t('areas.help.api.link')}</a>
        </p>
      </section>
    </Page>
  );
}
