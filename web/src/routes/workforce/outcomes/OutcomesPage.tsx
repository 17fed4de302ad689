import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasRole, useSession } from '../../../api/session';
import { figuresQueryOptions, type WorkforceIndicators } from '../../../api/workforce-figures';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { errorTitle } from '../../../components/problem-text';
import { recentQuarters } from '../WorkforceFiguresPage';
import { AuditByDomain } from './AuditByDomain';
import { IndicatorTrend, type QuarterValue } from './IndicatorTrend';

type Indicator = keyof WorkforceIndicators;

/**
 * The outcomes model (H.outcomes) as a dashboard: three columns — short-term outcomes, practice,
 * long-term outcomes — each with the figures Tend keeps placed in the box they serve, showing the
 * organisation's latest quarter and how it moved over four. Every figure comes from the workforce
 * figures endpoint, so it passed the same privacy gate; the audit's box is rolled up by domain.
 */
const BOXES: Array<{ column: 'short' | 'practice' | 'long'; box: string; indicators: Indicator[] }> = [
  { column: 'short', box: 'knowledge', indicators: ['trainingCoverage'] },
  { column: 'short', box: 'wellbeing', indicators: ['turnover', 'stability', 'absenceRate', 'stressShare'] },
  { column: 'practice', box: 'readiness', indicators: ['planCoverage', 'reviewsOnTime'] },
  { column: 'practice', box: 'audit', indicators: [] },
  { column: 'long', box: 'serviceUsers', indicators: [] },
];
const COLUMNS = ['short', 'practice', 'long'] as const;

export function OutcomesPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  // the last four complete quarters, oldest first: the current one is still filling up
  const quarters = recentQuarters(new Date(), 5).slice(1).reverse();
  const results = useQueries({
    queries: quarters.map((quarter) => figuresQueryOptions(quarter)),
  });
  const failed = results.find((r) => r.error)?.error;
  const ready = results.every((r) => r.data);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const seriesOf = (indicator: Indicator): QuarterValue[] =>
    quarters.map((quarter, i) => {
      const org = results[i]?.data?.units.find((u) => u.unitId === null);
      return { quarter, value: org?.quarter.shown ? (org.quarter.indicators[indicator] as number | null) : null };
    });
  return (
    <Page title={t('outcomes.title')} lead={<p>{t('outcomes.lead')}</p>}>
      {failed ? <Notice tone="error">{errorTitle(t, failed)}</Notice> : null}
      {!ready && !failed ? <Loading /> : null}
      {ready ? (
        <>
          <p>{t('outcomes.asOf', { quarter: quarters.at(-1) })}</p>
          <div className="outcome-columns">
            {COLUMNS.map((column) => (
              <section key={column} className="outcome-column" aria-labelledby={`column-${column}`}>
                <h2 id={`column-${column}`}>{t(`outcomes.columns.${column}.title`)}</h2>
                <p className="hint">{t(`outcomes.columns.${column}.lead`)}</p>
                {BOXES.filter((b) => b.column === column).map(({ box, indicators }) => (
                  <section key={box} className="panel outcome-box" aria-labelledby={`box-${box}`}>
                    <h3 id={`box-${box}`}>{t(`outcomes.boxes.${box}`)}</h3>
                    {indicators.map((indicator) => (
                      <IndicatorTrend key={indicator} id={indicator} name={t(`figures.names.${indicator}`)} series={seriesOf(indicator)} format={(v) => percent.format(v)} />
                    ))}
                    {box === 'wellbeing' ? (
                      <p>
                        <Link to="/workforce/figures">{t('outcomes.bandsLink')}</Link>
                      </p>
                    ) : null}
                    {box === 'audit' ? <AuditByDomain isAdmin={hasRole(me, 'org_admin')} /> : null}
                    {box === 'serviceUsers' ? <p>{t('outcomes.serviceUsersNote')}</p> : null}
                  </section>
                ))}
              </section>
            ))}
          </div>
        </>
      ) : null}
    </Page>
  );
}
