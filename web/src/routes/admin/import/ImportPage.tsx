import { useTranslation } from 'react-i18next';
import type { Analysis, DateFormat, Mapping, Preview } from '../../../api/imports';
import { Page } from '../../../components/Page';
import { useWizard, WizardFrame } from '../../../components/Wizard';
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
  const { step, draft, go, heading } = useWizard<Step, ImportDraft>(STEPS, EMPTY);

  return (
    <Page title={t('import.title')} lead={<p>{t('import.lead')}</p>}>
      <WizardFrame id="import-step" keys="import" steps={STEPS} step={step} heading={heading}>
        {step === 'file' ? <ChooseFileStep draft={draft} onAnalysed={(change) => go('mapping', change)} /> : null}
        {step === 'mapping' && draft.analysis ? (
          <MappingStep draft={draft} onBack={() => go('file')} onPreviewed={(change) => go('preview', change)} />
        ) : null}
        {step === 'preview' && draft.preview ? (
          <PreviewStep draft={draft} onBack={() => go('mapping')} onStarted={(jobId) => go('progress', { jobId })} />
        ) : null}
        {step === 'progress' && draft.jobId ? <ProgressStep jobId={draft.jobId} onAgain={() => go('file', EMPTY)} /> : null}
      </WizardFrame>
    </Page>
  );
}
