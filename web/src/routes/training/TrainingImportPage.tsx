import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DateFormat } from '../../api/imports';
import { previewTrainingImport, TRAINING_IMPORTS_PATH, type TrainingPreview } from '../../api/training';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { Page } from '../../components/Page';
import { errorTitle, problemText } from '../../components/problem-text';
import { readText } from '../admin/import/ChooseFileStep';
import { ProgressStep } from '../admin/import/ProgressStep';
import { TrainingPreviewStep } from './TrainingPreviewStep';

type Step = 'file' | 'preview' | 'progress';
const STEPS: Step[] = ['file', 'preview', 'progress'];

export interface TrainingDraft {
  csv: string;
  dateFormat: DateFormat;
  preview: TrainingPreview | null;
}

/** Import training records from a learning system's CSV export: choose, check, import. */
export function TrainingImportPage() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('file');
  const [draft, setDraft] = useState<TrainingDraft>({ csv: '', dateFormat: 'dmy', preview: null });
  const [jobId, setJobId] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes, which is the point
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);
  const go = (next: Step) => {
    moved.current = true;
    setStep(next);
  };
  const index = STEPS.indexOf(step);

  return (
    <Page title={t('training.import.title')} lead={<p>{t('training.import.lead')}</p>}>
      <ol className="steps" aria-label={t('training.import.progressLabel')}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={i < index ? 'step-done' : undefined}>
            {t(`training.import.steps.${s}`)}
          </li>
        ))}
      </ol>
      <section className="panel" aria-labelledby="training-import-step">
        <h2 id="training-import-step" ref={heading} tabIndex={-1} className="step-heading">
          {t('training.import.stepOf', { n: index + 1, total: STEPS.length, name: t(`training.import.steps.${step}`) })}
        </h2>
        {step === 'file' ? (
          <FileStep
            draft={draft}
            onPreviewed={(d) => {
              setDraft(d);
              go('preview');
            }}
          />
        ) : null}
        {step === 'preview' && draft.preview ? (
          <TrainingPreviewStep
            draft={draft}
            onBack={() => go('file')}
            onStarted={(id) => {
              setJobId(id);
              go('progress');
            }}
          />
        ) : null}
        {step === 'progress' && jobId ? (
          <ProgressStep
            jobId={jobId}
            jobsPath={TRAINING_IMPORTS_PATH}
            done={{ to: '/team/coverage', label: 'training.import.seeCoverage' }}
            summary={(job) => <p>{t('training.import.doneCreated', { count: job.created })}</p>}
            onAgain={() => {
              setDraft({ csv: '', dateFormat: draft.dateFormat, preview: null });
              go('file');
            }}
          />
        ) : null}
      </section>
    </Page>
  );
}

function FileStep({ draft, onPreviewed }: { draft: TrainingDraft; onPreviewed: (draft: TrainingDraft) => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState(draft.csv);
  const [dateFormat, setDateFormat] = useState<DateFormat>(draft.dateFormat);
  const [busy, setBusy] = useState(false);
  const labels = { file: t('training.import.file'), pasted: t('training.import.paste'), dateFormat: t('training.import.dateFormat') };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const csv = file ? await readText(file) : pasted;
      if (!csv.trim()) return errors.fail(t('form.fixFields', { count: 1 }), { file: t('training.import.nothingChosen') });
      errors.clear();
      onPreviewed({ csv, dateFormat, preview: await previewTrainingImport({ csv, dateFormat }) });
    } catch (error) {
      const fields = fieldErrorsOf(error, (p) => problemText(t, p));
      if (fields.csv) fields[file ? 'file' : 'pasted'] = fields.csv;
      errors.fail(errorTitle(t, error), fields);
    } finally {
      setBusy(false);
    }
  };

  const fileError = errors.field('file');
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t('training.import.fileIntro')}</p>
      <ErrorSummary state={errors.state} idPrefix="training-import" labels={labels} />
      <div className={fileError ? 'field field-invalid' : 'field'}>
        <label htmlFor="training-import-file">{labels.file}</label>
        {fileError ? (
          <p className="field-error" id="training-import-file-error">
            {fileError}
          </p>
        ) : null}
        <input
          id="training-import-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={fileError ? 'training-import-file-error' : undefined}
          aria-invalid={fileError ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <TextArea id="training-import-pasted" label={labels.pasted} rows={6} value={pasted} onChange={setPasted} error={errors.field('pasted')} spellCheck={false} />
      <ChoiceGroup
        id="training-import-dateFormat"
        type="radio"
        legend={labels.dateFormat}
        options={[
          { value: 'dmy', label: t('training.import.dmy') },
          { value: 'iso', label: t('training.import.iso') },
        ]}
        value={dateFormat}
        onChange={(v) => setDateFormat(v as DateFormat)}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={busy}>
          {t('training.import.check')}
        </Button>
      </div>
    </form>
  );
}
