import { useState } from 'react';
import { Button, Label, ProgressBar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type Cycle, ratingsCsvUrl, startPdfReport, useReportJob } from '../../api/assessments';
import { announce } from '../../components/announcer';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';

/** A team review's ratings as CSV, and a PDF report made in the background with its progress shown. */
export function ReportsPanel({ cycle }: { cycle: Pick<Cycle, 'id' | 'title'> }) {
  const { t, i18n } = useTranslation();
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<unknown>(null);
  const job = useReportJob(jobId);
  const data = job.data;

  const start = async () => {
    setStarting(true);
    setStartError(null);
    try {
      const { jobId: id } = await startPdfReport(cycle.id, i18n.language);
      setJobId(id);
      announce(t('assessments.reports.creating'));
    } catch (error) {
      setStartError(error);
    } finally {
      setStarting(false);
    }
  };

  const running = jobId !== null && (!data || data.status === 'running');
  return (
    <section className="panel" aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('assessments.reports.heading')}</h2>
      <p>{t('assessments.reports.lead')}</p>
      <p>
        <a href={ratingsCsvUrl(cycle.id, i18n.language)} download>
          {t('assessments.reports.csv')}
        </a>
      </p>
      <div className="button-row">
        <Button className="button button-secondary" isDisabled={starting || running} onPress={start}>
          {t('assessments.reports.createPdf')}
        </Button>
      </div>
      {startError ? <Notice tone="error">{errorTitle(t, startError)}</Notice> : null}
      {job.error ? <Notice tone="error">{errorTitle(t, job.error)}</Notice> : null}
      {running ? (
        <ProgressBar className="progress" value={data?.progress ?? 0} maxValue={100} valueLabel={t('assessments.reports.percent', { percent: data?.progress ?? 0 })}>
          {({ percentage, valueText }) => (
            <>
              <div className="progress-labels">
                <Label>{t('assessments.reports.creating')}</Label>
                <span>{valueText}</span>
              </div>
              <div className="progress-track">
                <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
              </div>
            </>
          )}
        </ProgressBar>
      ) : null}
      {data?.status === 'done' && data.downloadUrl ? (
        <Notice tone="success" title={t('assessments.reports.ready')}>
          <p>
            <a href={data.downloadUrl} download>
              {t('assessments.reports.downloadPdf')}
            </a>
          </p>
        </Notice>
      ) : null}
      {data?.status === 'failed' ? <Notice tone="error">{t('assessments.reports.failed')}</Notice> : null}
    </section>
  );
}
