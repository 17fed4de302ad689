import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { SupportPanel } from './SupportPanel';
import './wellbeing.css';

/**
 * Every page of the well-being space: its title, then a link straight to support, the page's
 * content, and the organisation's support contacts beside it (below it on a narrow screen), so
 * help is always one step away wherever the person is in the space.
 */
export function WellbeingPage({ title, lead, children }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Page title={title} lead={lead}>
      {/* biome-ignore lint/a11y/useValidAnchor: an in-page link to the support panel; the handler moves focus there without changing the address */}
      <a
        className="wb-support-link"
        href="#wb-support"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('wb-support')?.focus();
        }}
      >
        {t('wellbeing.support.jump')}
      </a>
      <div className="wb-layout">
        <div className="wb-content">{children}</div>
        <SupportPanel />
      </div>
    </Page>
  );
}

/** Said before any question or shared part: who will see what is written here. */
export function WhoSees({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="wb-who-sees">
      <p>
        <strong>{t('wellbeing.whoSees.title')}</strong> {children ?? t('wellbeing.whoSees.body')}
      </p>
    </div>
  );
}
