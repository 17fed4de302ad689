import { useTranslation } from 'react-i18next';
import { useOrgCoverage } from '../../api/training';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { CoverageChart, ServiceCoverageChart } from './CoverageChart';
import { CoverageTableView } from './CoverageTableView';
import { UnitCoverage } from './UnitCoverage';

/** Coverage of the practice levels across the organisation: by service, month by month, and one unit's people by name. */
export function OrgCoveragePage() {
  const { t } = useTranslation();
  const coverage = useOrgCoverage();
  const d = coverage.data;
  return (
    <Page title={t('training.org.title')} lead={<p>{t('training.org.lead')}</p>}>
      {coverage.isPending ? <Loading /> : null}
      {coverage.error ? <Notice tone="error">{errorTitle(t, coverage.error)}</Notice> : null}
      {d ? (
        <>
          <section className="panel" aria-labelledby="org-time-heading">
            <h2 id="org-time-heading">{t('training.org.timeTitle')}</h2>
            <CoverageChart coverage={d} />
          </section>
          <section className="panel" aria-labelledby="org-services-heading">
            <h2 id="org-services-heading">{t('training.org.servicesTitle')}</h2>
            {d.services.length === 0 ? <p>{t('training.org.nobody')}</p> : <ServiceCoverageChart services={d.services} />}
            {d.services.length > 0 ? (
              <details className="chart-table">
                <summary>{t('training.words.levelDetails')}</summary>
                {d.services.map((s) => {
                  const name = s.name ?? t('training.org.noService');
                  return (
                    <div key={s.serviceId ?? 'none'}>
                      <h3>{name}</h3>
                      <CoverageTableView id={`service-${s.serviceId ?? 'none'}`} table={s} caption={t('training.org.serviceCaption', { name })} />
                    </div>
                  );
                })}
              </details>
            ) : null}
          </section>
          <section className="panel" aria-labelledby="org-unit-heading">
            <h2 id="org-unit-heading">{t('training.unit.title')}</h2>
            <p>{t('training.unit.intro')}</p>
            <UnitCoverage />
          </section>
        </>
      ) : null}
    </Page>
  );
}
