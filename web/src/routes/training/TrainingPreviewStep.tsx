import { startTrainingImport } from '../../api/training';
import { RowsPreview } from '../admin/import/RowsPreview';
import type { TrainingDraft } from './TrainingImportPage';

/** What the file holds, every bad row by line, and the choice to import all or the good rows only. */
export function TrainingPreviewStep({ draft, onBack, onStarted }: { draft: TrainingDraft; onBack: () => void; onStarted: (jobId: string) => void }) {
  const preview = draft.preview!;
  return (
    <RowsPreview
      keys="training.import"
      id="training"
      preview={preview}
      start={(mode) => startTrainingImport({ csv: draft.csv, dateFormat: draft.dateFormat, mapping: preview.mapping, mode })}
      onBack={onBack}
      onStarted={onStarted}
    />
  );
}
