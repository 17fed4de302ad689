import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import { useTranslation } from 'react-i18next';
import { type DateFormat, IMPORT_FIELDS, type ImportField, type Mapping, previewImport, REQUIRED_IMPORT_FIELDS } from '../../../api/imports';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { fieldErrorsOf, useFormErrors } from '../../../components/form-errors';
import { errorTitle, problemText } from '../../../components/problem-text';
import { ColumnMapping } from './ColumnMapping';
import type { ImportDraft } from './ImportPage';
import { SampleOfFile } from './SampleOfFile';

/** Step 2: which column holds what (pre-filled from the server's guess), and how dates are written. */
export function MappingStep({ draft, onBack, onPreviewed }: { draft: ImportDraft; onBack: () => void; onPreviewed: (change: Partial<ImportDraft>) => void }) {
  const { t } = useTranslation();
  const analysis = draft.analysis!;
  const errors = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [mapping, setMapping] = useState<Mapping>(
    () => draft.mapping ?? (Object.fromEntries(IMPORT_FIELDS.map((f) => [f, analysis.suggestedMapping[f] ?? null])) as Mapping),
  );
  // no default on purpose: 03/04/2025 is March in one country and April in another, so the admin must say
  const [dateFormat, setDateFormat] = useState<DateFormat | null>(draft.dateFormat);

  const labels: Record<string, string> = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, t(`import.fields.${f}`)]));
  labels.dateFormat = t('import.dateFormat');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    for (const f of REQUIRED_IMPORT_FIELDS) if (!mapping[f]) missing[f] = t('import.fieldRequired');
    if (!dateFormat) missing.dateFormat = t('import.dateFormatMissing');
    if (Object.keys(missing).length > 0 || !dateFormat) return errors.fail(t('form.fixFields', { count: Object.keys(missing).length }), missing);
    errors.clear();
    setBusy(true);
    try {
      const preview = await previewImport({ csv: draft.csv, mapping, dateFormat });
      onPreviewed({ mapping, dateFormat, preview });
    } catch (error) {
      const fields = fieldErrorsOf(error, (p) => problemText(t, p));
      // mapping.email → email, so the problem sits by the right select
      const byField = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^mapping\./, ''), v]));
      errors.fail(errorTitle(t, error), byField);
    } finally {
      setBusy(false);
    }
  };

  const dateError = errors.field('dateFormat');
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t('import.mappingIntro', { count: analysis.rowCount, file: draft.fileName ?? t('import.pastedText') })}</p>
      <SampleOfFile headers={analysis.headers} rows={analysis.sampleRows} />
      <ErrorSummary state={errors.state} idPrefix="mapping" labels={labels} />
      <ColumnMapping
        idPrefix="mapping"
        legend={t('import.columnsLegend')}
        fields={IMPORT_FIELDS}
        labels={labels as Record<ImportField, string>}
        required={REQUIRED_IMPORT_FIELDS}
        headers={analysis.headers}
        mapping={mapping}
        onChange={(field, header) => setMapping((m) => ({ ...m, [field]: header }))}
        error={errors.field}
        notInFile={t('import.notInFile')}
      />
      <ChoiceGroup
        type="radio"
        id="mapping-dateFormat"
        legend={labels.dateFormat}
        hint={t('import.dateFormatHint')}
        error={dateError}
        value={dateFormat}
        onChange={(value) => setDateFormat(value as DateFormat)}
        options={[
          { value: 'iso', label: t('import.dateIso') },
          { value: 'dmy', label: t('import.dateDmy') },
        ]}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={busy}>
          {busy ? t('import.checking') : t('import.check')}
        </Button>
        <Button className="button button-secondary" onPress={onBack}>
          {t('import.back')}
        </Button>
      </div>
    </form>
  );
}
