import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { analyseCsv } from '../../../api/imports';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextArea } from '../../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../../components/form-errors';
import { errorTitle, problemText } from '../../../components/problem-text';
import type { ImportDraft } from './ImportPage';

/** Spreadsheets often save CSV as Windows-1252 rather than UTF-8: accept both rather than garble names. */
export async function readText(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function ChooseFileStep({ draft, onAnalysed }: { draft: ImportDraft; onAnalysed: (change: Partial<ImportDraft>) => void }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState(draft.fileName ? '' : draft.csv);
  const [busy, setBusy] = useState(false);
  const labels = { file: t('import.file'), pasted: t('import.paste') };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const csv = file ? await readText(file) : pasted;
      if (!csv.trim()) {
        errors.fail(t('form.fixFields', { count: 1 }), { file: t('import.nothingChosen') });
        return;
      }
      errors.clear();
      const analysis = await analyseCsv(csv);
      onAnalysed({ csv, fileName: file?.name ?? null, analysis, mapping: null, preview: null });
    } catch (error) {
      const fields = fieldErrorsOf(error, (p) => problemText(t, p));
      // the server names the CSV text "csv"; here it came from the file or the pasted text
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
      <p>{t('import.fileIntro')}</p>
      <ul className="plain-list">
        <li>{t('import.fileTip1')}</li>
        <li>{t('import.fileTip2')}</li>
      </ul>
      <ErrorSummary state={errors.state} idPrefix="import" labels={labels} />
      <div className={fileError ? 'field field-invalid' : 'field'}>
        <label htmlFor="import-file">{labels.file}</label>
        <div className="field-hint" id="import-file-hint">
          {t('import.fileHint')}
        </div>
        {fileError ? (
          <p className="field-error" id="import-file-error">
            {fileError}
          </p>
        ) : null}
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={fileError ? 'import-file-hint import-file-error' : 'import-file-hint'}
          aria-invalid={fileError ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <TextArea
        id="import-pasted"
        className="code-input"
        label={labels.pasted}
        hint={t('import.pasteHint')}
        rows={6}
        value={pasted}
        onChange={setPasted}
        error={errors.field('pasted')}
        spellCheck={false}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={busy}>
          {busy ? t('import.reading') : t('import.readFile')}
        </Button>
      </div>
    </form>
  );
}
