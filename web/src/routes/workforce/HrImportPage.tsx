import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type Analysis, analyseCsv, type DateFormat } from '../../api/imports';
import { HR_IMPORTS_PATH, type HrFileKind, type HrImportPreview, type HrMapping, previewHrImport } from '../../api/workforce';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { Page } from '../../components/Page';
import { useWizard, WizardFrame } from '../../components/Wizard';
import { errorTitle, problemText } from '../../components/problem-text';
import { readText } from '../admin/import/ChooseFileStep';
import { ProgressStep } from '../admin/import/ProgressStep';
import { HrMappingStep } from './HrMappingStep';
import { HrPreviewStep } from './HrPreviewStep';

type Step = 'file' | 'mapping' | 'preview' | 'progress';
const STEPS: Step[] = ['file', 'mapping', 'preview', 'progress'];

/** The wizard's memory between steps; nothing is written until the admin starts the import. */
export interface HrDraft {
  fileKind: HrFileKind;
  csv: string;
  fileName: string | null;
  /** Headers, row count and the first rows, as the server read the file. */
  analysis: Analysis | null;
  /** The columns chosen; the server's suggestion until the admin changes it. */
  mapping: HrMapping | null;
  dateFormat: DateFormat;
  preview: HrImportPreview | null;
}

const EMPTY: HrDraft = { fileKind: 'moves', csv: '', fileName: null, analysis: null, mapping: null, dateFormat: 'dmy', preview: null };

/** Import HR events from an HR or payroll report saved as CSV: choose the kind and the file, match columns, check, import. */
export function HrImportPage() {
  const { t } = useTranslation();
  const { step, draft, go, heading } = useWizard<Step, HrDraft>(STEPS, EMPTY);
  const [jobId, setJobId] = useState<string | null>(null);

  return (
    <Page title={t('workforce.import.title')} lead={<p>{t('workforce.import.lead')}</p>}>
      <WizardFrame id="hr-import-step" keys="workforce.import" steps={STEPS} step={step} heading={heading}>
        {step === 'file' ? <FileStep draft={draft} onRead={(change) => go('mapping', change)} /> : null}
        {step === 'mapping' && draft.analysis ? <HrMappingStep draft={draft} onBack={() => go('file')} onPreviewed={(change) => go('preview', change)} /> : null}
        {step === 'preview' && draft.preview ? (
          <HrPreviewStep
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
            jobsPath={HR_IMPORTS_PATH}
            done={{ to: '/admin/workforce', label: 'workforce.import.seeEvents' }}
            summary={(job) => (
              <>
                <p>{t('workforce.import.doneCreated', { count: job.created })}</p>
                {draft.fileKind === 'moves' ? <p>{t('workforce.import.donePeople', { count: job.updated })}</p> : null}
              </>
            )}
            onAgain={() => go('file', { ...EMPTY, fileKind: draft.fileKind, dateFormat: draft.dateFormat })}
          />
        ) : null}
      </WizardFrame>
    </Page>
  );
}

/**
 * The column mapping the server would suggest for these headers, or null when its suggestion
 * misses a required column (the server then answers 400 and the admin chooses).
 */
async function suggestedMapping(fileKind: HrFileKind, csv: string): Promise<HrMapping | null> {
  try {
    return (await previewHrImport({ fileKind, csv, dateFormat: 'iso' })).mapping;
  } catch {
    return null;
  }
}

function FileStep({ draft, onRead }: { draft: HrDraft; onRead: (change: Partial<HrDraft>) => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [fileKind, setFileKind] = useState<HrFileKind>(draft.fileKind);
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState(draft.fileName ? '' : draft.csv);
  const [busy, setBusy] = useState(false);
  const labels = { fileKind: t('workforce.import.fileKind'), file: t('workforce.import.file'), pasted: t('workforce.import.paste') };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const csv = file ? await readText(file) : pasted;
      if (!csv.trim()) return errors.fail(t('form.fixFields', { count: 1 }), { file: t('workforce.import.nothingChosen') });
      errors.clear();
      // reading a CSV file (separator, headers, first rows) is the people import's, and the same for any file
      const analysis = await analyseCsv(csv);
      onRead({ fileKind, csv, fileName: file?.name ?? null, analysis, mapping: await suggestedMapping(fileKind, csv), preview: null });
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
      <ErrorSummary state={errors.state} idPrefix="hr-import" labels={labels} />
      <ChoiceGroup
        id="hr-import-fileKind"
        type="radio"
        legend={labels.fileKind}
        value={fileKind}
        onChange={(k) => setFileKind(k as HrFileKind)}
        options={[
          { value: 'moves', label: t('workforce.import.kinds.moves'), description: t('workforce.import.kinds.movesHint') },
          { value: 'absences', label: t('workforce.import.kinds.absences'), description: t('workforce.import.kinds.absencesHint') },
        ]}
      />
      <p>{t('workforce.import.fileIntro')}</p>
      <div className={fileError ? 'field field-invalid' : 'field'}>
        <label htmlFor="hr-import-file">{labels.file}</label>
        {fileError ? (
          <p className="field-error" id="hr-import-file-error">
            {fileError}
          </p>
        ) : null}
        <input
          id="hr-import-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={fileError ? 'hr-import-file-error' : undefined}
          aria-invalid={fileError ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <TextArea id="hr-import-pasted" label={labels.pasted} rows={6} value={pasted} onChange={setPasted} error={errors.field('pasted')} spellCheck={false} />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={busy}>
          {busy ? t('workforce.import.reading') : t('workforce.import.readFile')}
        </Button>
      </div>
    </form>
  );
}
