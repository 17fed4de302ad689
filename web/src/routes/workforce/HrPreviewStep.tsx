import { startHrImport } from '../../api/workforce';
import { RowsPreview } from '../admin/import/RowsPreview';
import type { HrDraft } from './HrImportPage';

/** What the file holds, every bad row by line, and the choice to import all or the good rows only. Nothing is written before a button here is pressed. */
export function HrPreviewStep({ draft, onBack, onStarted }: { draft: HrDraft; onBack: () => void; onStarted: (jobId: string) => void }) {
  const preview = draft.preview!;
  return (
    <RowsPreview
      keys="workforce.import"
      id="hr"
      preview={preview}
      start={(mode) => startHrImport({ fileKind: draft.fileKind, csv: draft.csv, dateFormat: draft.dateFormat, mapping: preview.mapping, mode })}
      onBack={onBack}
      onStarted={onStarted}
    />
  );
}
