import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type Analysis, analyseCsv, type DateFormat } from '../../api/imports';
import { previewTrainingImport, TRAINING_IMPORTS_PATH, type TrainingMapping, type TrainingPreview } from '../../api/training';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { Page } from '../../components/Page';
import { useWizard, WizardFrame } from '../../components/Wizard';
import { errorTitle, problemText } from '../../components/problem-text';
import { readText } from '../admin/import/ChooseFileStep';
import { ProgressStep } from '../admin/import/ProgressStep';
import { TrainingMappingStep } from './TrainingMappingStep';
import { TrainingPreviewStep } from './TrainingPreviewStep';

type Step = 'file' | 'mapping' | 'preview' | 'progress';
const STEPS: Step[] = ['file', 'mapping', 'preview', 'progress'];

/** The wizard's memory between steps; nothing is written until the admin starts the import. */
export interface TrainingDraft {
  csv: string;
  fileName: string | null;
  /** Headers, row count and the first rows, as the server read the file. */
  analysis: Analysis | null;
  /** The columns chosen; the server's suggestion until the admin changes it. */
  mapping: TrainingMapping | null;
  dateFormat: DateFormat;
  preview: TrainingPreview | null;
}

const EMPTY: TrainingDraft = { csv: '', fileName: null, analysis: null, mapping: null, dateFormat: 'dmy', preview: null };

/** Import training records from a learning system's CSV export: choose, match columns, check, import. */
export function TrainingImportPage() {
  const { t } = useTranslation();
  const { step, draft, go, heading } = useWizard<Step, TrainingDraft>(STEPS, EMPTY);
  const [jobId, setJobId] = useState<string | null>(null);

  return (
    <Page title={t('training.import.title')} lead={<p>{t('training.import.lead')}</p>}>
      <WizardFrame id="training-import-step" keys="training.import" steps={STEPS} step={step} heading={heading}>
        {step === 'file' ? <FileStep draft={draft} onRead={(change) => go('mapping', change)} /> : null}
        {step === 'mapping' && draft.analysis ? (
          <TrainingMappingStep draft={draft} onBack={() => go('file')} onPreviewed={(change) => go('preview', change)} />
        ) : null}
        {step === 'preview' && draft.preview ? (
          <TrainingPreviewStep
            draft={draft}
            onBack={() => go('mapping')}
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
            done={{ to: '/admin/coverage', label: 'training.import.seeCoverage' }}
            summary={(job) => <p>{t('training.import.doneCreated', { count: job.created })}</p>}
            onAgain={() => go('file', { ...EMPTY, dateFormat: draft.dateFormat })}
          />
        ) : null}
      </WizardFrame>
    </Page>
  );
}

/**
 * The column mapping the server would suggest for these headers, or an empty one when its
 * suggestion misses a required column (the server then answers 400 and the admin chooses).
 */
async function suggestedMapping(csv: string): Promise<TrainingMapping | null> {
  try {
    return (await previewTrainingImport({ csv, dateFormat: 'iso' })).mapping;
  } catch {
    return null;
  }
}

function FileStep({ draft, onRead }: { draft: TrainingDraft; onRead: (change: Partial<TrainingDraft>) => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState(draft.fileName ? '' : draft.csv);
  const [busy, setBusy] = useState(false);
  const labels = { file: t('training.import.file'), pasted: t('training.import.paste') };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const csv = file ? await readText(file) : pasted;
      if (!csv.trim()) return errors.fail(t('form.fixFields', { count: 1 }), { file: t('training.import.nothingChosen') });
      errors.clear();
      // reading a CSV file (separator, headers, first rows) is the people import's, and the same for any file
      const analysis = await analyseCsv(csv);
      onRead({ csv, fileName: file?.name ?? null, analysis, mapping: await suggestedMapping(csv), preview: null });
    } catch (error) {
      const fields = fieldErrorsOf(error, (p) => problemText(t, p));
      if (fields.csv) fields[file ? 'file' : 'pasted'] = fields.csv;
      delete fields.csv;
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
      <TextArea id="training-import-pasted" className="code-input" label={labels.pasted} rows={6} value={pasted} onChange={setPasted} error={errors.field('pasted')} spellCheck={false} />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={busy}>
          {busy ? t('training.import.reading') : t('training.import.readFile')}
        </Button>
      </div>
    </form>
  );
}
