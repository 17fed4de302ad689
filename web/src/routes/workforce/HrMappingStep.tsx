import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DateFormat } from '../../api/imports';
import { HR_IMPORT_FIELDS, HR_REQUIRED_FIELDS, type HrMapping, previewHrImport } from '../../api/workforce';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { errorTitle, problemText } from '../../components/problem-text';
import { ColumnMapping } from '../admin/import/ColumnMapping';
import { SampleOfFile } from '../admin/import/SampleOfFile';
import type { HrDraft } from './HrImportPage';

/** Step 2: which column holds what (pre-filled from the server's suggestion), and how the file writes dates. */
export function HrMappingStep({ draft, onBack, onPreviewed }: { draft: HrDraft; onBack: () => void; onPreviewed: (change: Partial<HrDraft>) => void }) {
  const { t } = useTranslation();
  const analysis = draft.analysis!;
  const fields: readonly string[] = HR_IMPORT_FIELDS[draft.fileKind];
  const required = HR_REQUIRED_FIELDS[draft.fileKind];
  const errors = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [mapping, setMapping] = useState<HrMapping>(() => ({ ...Object.fromEntries(fields.map((f) => [f, null])), ...draft.mapping }));
  const [dateFormat, setDateFormat] = useState<DateFormat>(draft.dateFormat);
  const labels: Record<string, string> = Object.fromEntries(fields.map((f) => [f, t(`workforce.import.fields.${f}`)]));
  labels.dateFormat = t('workforce.import.dateFormat');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    for (const f of required) if (!mapping[f]) missing[f] = t('workforce.import.fieldRequired');
    if (Object.keys(missing).length > 0) return errors.fail(t('form.fixFields', { count: Object.keys(missing).length }), missing);
    errors.clear();
    setBusy(true);
    try {
      const preview = await previewHrImport({ fileKind: draft.fileKind, csv: draft.csv, mapping, dateFormat });
      onPreviewed({ mapping, dateFormat, preview });
    } catch (error) {
      const problems = fieldErrorsOf(error, (p) => problemText(t, p));
      // mapping.email → email, so the problem sits by the right select
      errors.fail(errorTitle(t, error), Object.fromEntries(Object.entries(problems).map(([k, v]) => [k.replace(/^mapping\./, ''), v])));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t('workforce.import.mappingIntro', { count: analysis.rowCount, file: draft.fileName ?? t('workforce.import.pastedText'), kind: t(`workforce.import.kinds.${draft.fileKind}`) })}</p>
      <SampleOfFile headers={analysis.headers} rows={analysis.sampleRows} />
      <ErrorSummary state={errors.state} idPrefix="hr-mapping" labels={labels} />
      <ColumnMapping
        idPrefix="hr-mapping"
        legend={t('workforce.import.columnsLegend')}
        hint={t(`workforce.import.columnsHint.${draft.fileKind}`)}
        fields={fields}
        labels={labels}
        required={required}
        headers={analysis.headers}
        mapping={mapping}
        onChange={(field, header) => setMapping((m) => ({ ...m, [field]: header }))}
        error={errors.field}
        notInFile={t('workforce.import.notInFileChoice')}
      />
      <ChoiceGroup
        id="hr-mapping-dateFormat"
        type="radio"
        legend={labels.dateFormat}
        options={[
          { value: 'dmy', label: t('workforce.import.dmy') },
          { value: 'iso', label: t('workforce.import.iso') },
        ]}
        value={dateFormat}
        onChange={(v) => setDateFormat(v as DateFormat)}
        error={errors.field('dateFormat')}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={busy}>
          {busy ? t('workforce.import.checking') : t('workforce.import.check')}
        </Button>
        <Button className="button button-secondary" isDisabled={busy} onPress={onBack}>
          {t('workforce.import.back')}
        </Button>
      </div>
    </form>
  );
}
