import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DateFormat } from '../../api/imports';
import { previewTrainingImport, TRAINING_IMPORT_FIELDS, type TrainingImportField, type TrainingMapping } from '../../api/training';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { errorTitle, problemText } from '../../components/problem-text';
import { ColumnMapping } from '../admin/import/ColumnMapping';
import { SampleOfFile } from '../admin/import/SampleOfFile';
import type { TrainingDraft } from './TrainingImportPage';

const REQUIRED: readonly TrainingImportField[] = ['email', 'completed_on'];
const emptyMapping = () => Object.fromEntries(TRAINING_IMPORT_FIELDS.map((f) => [f, null])) as TrainingMapping;

/** Step 2: which column holds what (pre-filled from the server's suggestion), and how the file writes dates. */
export function TrainingMappingStep({ draft, onBack, onPreviewed }: { draft: TrainingDraft; onBack: () => void; onPreviewed: (change: Partial<TrainingDraft>) => void }) {
  const { t } = useTranslation();
  const analysis = draft.analysis!;
  const errors = useFormErrors();
  const [busy, setBusy] = useState(false);
  const [mapping, setMapping] = useState<TrainingMapping>(() => ({ ...emptyMapping(), ...draft.mapping }));
  const [dateFormat, setDateFormat] = useState<DateFormat>(draft.dateFormat);
  const labels: Record<string, string> = Object.fromEntries(TRAINING_IMPORT_FIELDS.map((f) => [f, t(`training.import.fields.${f}`)]));
  labels.dateFormat = t('training.import.dateFormat');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    for (const f of REQUIRED) if (!mapping[f]) missing[f] = t('training.import.fieldRequired');
    if (!mapping.course && !mapping.title) missing.title = t('training.import.courseOrTitle');
    if (Object.keys(missing).length > 0) return errors.fail(t('form.fixFields', { count: Object.keys(missing).length }), missing);
    errors.clear();
    setBusy(true);
    try {
      const preview = await previewTrainingImport({ csv: draft.csv, mapping, dateFormat });
      onPreviewed({ mapping, dateFormat, preview });
    } catch (error) {
      const fields = fieldErrorsOf(error, (p) => problemText(t, p));
      // mapping.email → email, so the problem sits by the right select
      errors.fail(errorTitle(t, error), Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^mapping\./, ''), v])));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t('training.import.mappingIntro', { count: analysis.rowCount, file: draft.fileName ?? t('training.import.pastedText') })}</p>
      <SampleOfFile headers={analysis.headers} rows={analysis.sampleRows} />
      <ErrorSummary state={errors.state} idPrefix="training-mapping" labels={labels} />
      <ColumnMapping
        idPrefix="training-mapping"
        legend={t('training.import.columnsLegend')}
        hint={t('training.import.columnsHint')}
        fields={TRAINING_IMPORT_FIELDS}
        labels={labels as Record<TrainingImportField, string>}
        required={REQUIRED}
        headers={analysis.headers}
        mapping={mapping}
        onChange={(field, header) => setMapping((m) => ({ ...m, [field]: header }))}
        error={errors.field}
        notInFile={t('training.import.notInFileChoice')}
      />
      <ChoiceGroup
        id="training-mapping-dateFormat"
        type="radio"
        legend={labels.dateFormat}
        options={[
          { value: 'dmy', label: t('training.import.dmy') },
          { value: 'iso', label: t('training.import.iso') },
        ]}
        value={dateFormat}
        onChange={(v) => setDateFormat(v as DateFormat)}
        error={errors.field('dateFormat')}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={busy}>
          {busy ? t('training.import.checking') : t('training.import.check')}
        </Button>
        <Button className="button button-secondary" isDisabled={busy} onPress={onBack}>
          {t('training.import.back')}
        </Button>
      </div>
    </form>
  );
}
