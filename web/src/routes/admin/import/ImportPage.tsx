import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis, DateFormat, Mapping, Preview } from '../../../api/imports';
import { Page } from '../../../components/Page';
import { ChooseFileStep } from './ChooseFileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ProgressStep } from './ProgressStep';

type Step = 'file' | 'mapping' | 'preview' | 'progress';
const STEPS: Step[] = ['file', 'mapping', 'preview', 'progress'];

/** The wizard's memory between steps; nothing is written until the admin starts the import. */
export interface ImportDraft {
  csv: string;
  fileName: string | null;
  analysis: Analysis | null;
  mapping: Mapping | null;
  dateFormat: DateFormat | null;
  preview: Preview | null;
  jobId: string | null;
}

const EMPTY: ImportDraft = { csv: '', fileName: null, analysis: null, mapping: null, dateFormat: null, preview: null, jobId: null };

/** Import people from a CSV file: choose, match columns, check, import. */
export function ImportPage() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('file');
  const [draft, setDraft] = useState<ImportDraft>(EMPTY);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // each step replaces the last: move focus to its heading so keyboard and screen-reader users start at the top of it
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes, which is the point
  useEffect(() => {
    if (moved.current) stepHeading.current?.focus();
  }, [step]);

  const go = (next: Step, change: Partial<ImportDraft> = {}) => {
    moved.current = true;
    setDraft((d) => ({ ...d, ...change }));
    setStep(next);
  };
  const index = STEPS.indexOf(step);
  const heading = (
    <h2 ref={stepHeading} tabIndex={-1} className="step-heading">
      {t('import.stepOf', { n: index + 1, total: STEPS.length, name: t(`import.steps.${step}`) })}
    </h2>
  );

  return (
    <Page title={t('import.title')} lead={<p>{t('import.lead')}</p>}>
      <ol className="steps" aria-label={t('import.progressLabel')}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={i < index ? 'step-done' : undefined}>
            {t(`import.steps.${s}`)}
          </li>
        ))}
      </ol>
      <section className="panel" aria-labelledby="import-step">
        <div id="import-step">{heading}</div>
        {step === 'file' ? <ChooseFileStep draft={draft} onAnalysed={(change) => go('mapping', change)} /> : null}
        {step === 'mapping' && draft.analysis ? (
          <MappingStep draft={draft} onBack={() => go('file')} onPreviewed={(change) => go('preview', change)} />
        ) : null}
        {step === 'preview' && draft.preview ? (
          <PreviewStep draft={draft} onBack={() => go('mapping')} onStarted={(jobId) => go('progress', { jobId })} />
        ) : null}
        {step === 'progress' && draft.jobId ? <ProgressStep jobId={draft.jobId} onAgain={() => go('file', EMPTY)} /> : null}
      </section>
    </Page>
  );
}
