import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page';

/**
 * For the hub's analysts: where the released figures are (each collaborative's page), what the
 * hub never sees, and why a figure may be hidden. The figures themselves live with their
 * collaborative, where they are released through the cross-organisation gate.
 */
export function RegionalOverviewPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('regional.title')} lead={<p>{t('regional.lead')}</p>}>
      <section className="panel" aria-labelledby="regional-what">
        <h2 id="regional-what">{t('regional.whatTitle')}</h2>
        <p>{t('regional.what')}</p>
        <p>
          <Link to="/region/collaboratives">{t('regional.open')}</Link>
        </p>
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
