import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';

/** The regional hub's place: no data yet, and a calm account of what it will and will not show. */
export function RegionalOverviewPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('regional.title')} lead={<p>{t('regional.lead')}</p>}>
      <section className="panel" aria-labelledby="regional-what">
        <h2 id="regional-what">{t('regional.whatTitle')}</h2>
        <p>{t('regional.what')}</p>
      </section>
      <section className="panel" aria-labelledby="regional-privacy">
        <h2 id="regional-privacy">{t('regional.privacyTitle')}</h2>
        <p>{t('regional.privacy')}</p>
      </section>
      <section className="panel" aria-labelledby="regional-when">
        <h2 id="regional-when">{t('regional.whenTitle')}</h2>
        <p>{t('regional.when')}</p>
      </section>
    </Page>
  );
}
