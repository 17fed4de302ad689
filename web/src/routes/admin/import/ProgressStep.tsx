import { Button, Label, ProgressBar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReactNode } from 'react';
import { type ImportJob, useImportJob } from '../../../api/imports';
import { Notice } from '../../../components/Notice';
import { errorTitle, problemText } from '../../../components/problem-text';

/**
 * Step 4: a real progress bar while the server works, then what was done. Other imports (the
 * training import) pass their own job address, where to look afterwards and what that link says.
 */
export function ProgressStep({
  jobId,
  onAgain,
  jobsPath,
  done = { to: '/admin/people', label: 'import.seePeople' },
  summary,
}: {
  jobId: string;
  onAgain: () => void;
  jobsPath?: string;
  done?: { to: string; label: string };
  /** What the finished job did, in that import's words; people added and updated by default. */
  summary?: (job: ImportJob) => ReactNode;
}) {
  const { t } = useTranslation();
  const job = useImportJob(jobId, jobsPath);
  const data = job.data;

  if (job.error) return <Notice tone="error">{errorTitle(t, job.error)}</Notice>;
  return (
    <div className="progress-step">
      {!data || data.status === 'running' ? (
        <ProgressBar className="progress" value={data?.processed ?? 0} maxValue={Math.max(data?.total ?? 1, 1)} valueLabel={t('import.progressValue', { done: data?.processed ?? 0, count: data?.total ?? 0 })}>
          {({ percentage, valueText }) => (
            <>
              <div className="progress-labels">
                <Label>{t('import.importing')}</Label>
                <span>{valueText}</span>
              </div>
              <div className="progress-track">
                <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
              </div>
            </>
          )}
        </ProgressBar>
      ) : null}
      {data?.status === 'done' ? (
        <Notice tone="success" title={t('import.doneTitle')} titleAs="h3" focusOnMount>
          {summary ? (
            summary(data)
          ) : (
            <>
              <p>{t('import.doneCreated', { count: data.created })}</p>
              <p>{t('import.doneUpdated', { count: data.updated })}</p>
            </>
          )}
        </Notice>
      ) : null}
      {data?.status === 'failed' ? (
        <Notice tone="error" title={t('import.failedTitle')} titleAs="h3">
          <p>{data.message ? problemText(t, data.message) : t('import.failedBody')}</p>
          <p>{t('import.failedNothing')}</p>
        </Notice>
      ) : null}
      {data && data.status !== 'running' ? (
        <div className="button-row">
          <Link className="button button-primary" to={done.to}>
            {t(done.label)}
          </Link>
          <Button className="button button-secondary" onPress={onAgain}>
            {t('import.again')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
