import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { type ImportInput, type ImportReport, localText, useBringInResponses, useInstruments, usePreviewImport } from '../../api/wellbeing';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/fields';
import { useFormErrors } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';
import { ImportPreview } from './ImportPreview';
import { WellbeingPage, WhoSees } from './WellbeingPage';

const ID = 'bring-in';
type Responses = ImportInput['responses'];

/**
 * What the file holds, as the API takes it: a list or a Bundle as they are, one response alone
 * as a list of one. Undefined when the text is not JSON of that shape (said at the file field).
 */
function responsesIn(text: string): Responses | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  if (Array.isArray(parsed)) return parsed as Responses;
  const kind = typeof parsed === 'object' && parsed !== null ? (parsed as { resourceType?: unknown }).resourceType : undefined;
  if (kind === 'Bundle') return parsed as Responses;
  if (kind === 'QuestionnaireResponse') return [parsed] as Responses;
  return undefined;
}

/**
 * Bring in past results: a file of FHIR QuestionnaireResponses from another app, for one of the
 * instruments on offer. Who sees them is said first; the file is read and shown (a dry run,
 * nothing stored) before the person confirms; anything that needs attention is named per result.
 */
export function BringInPage() {
  const { t, i18n } = useTranslation();
  const instruments = useInstruments();
  const preview = usePreviewImport();
  const bringIn = useBringInResponses();
  const errors = useFormErrors();
  const [instrumentId, setInstrumentId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  // the preview belongs to the instrument and file it read: changing either clears it
  const [checked, setChecked] = useState<{ input: { instrumentId: string; responses: Responses }; report: ImportReport } | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const list = instruments.data?.instruments ?? [];
  const labels = { instrumentId: t('wellbeing.bringIn.instrument'), file: t('wellbeing.bringIn.file') };

  const serverFailure = (error: unknown) => {
    if (!(error instanceof ApiError) || error.status !== 400) return errors.fail(errorTitle(t, error));
    const instrument = error.problems.find((p) => p.field === 'instrumentId');
    const other = error.problems.filter((p) => p.field !== 'instrumentId').map((p) => problemText(t, p));
    errors.fail(t('wellbeing.bringIn.failed'), {
      ...(instrument ? { instrumentId: t('wellbeing.bringIn.instrumentNotOffered') } : {}),
      ...(other.length > 0 ? { file: other.join(' ') } : {}),
    });
  };

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(null);
    setDone(null);
    const fields: Record<string, string> = {};
    if (!instrumentId) fields.instrumentId = t('wellbeing.bringIn.chooseInstrument');
    const responses = file ? responsesIn(await file.text()) : undefined;
    if (!file) fields.file = t('wellbeing.bringIn.chooseFile');
    else if (!responses) fields.file = t('wellbeing.bringIn.notResponses', { name: file.name });
    if (Object.keys(fields).length > 0 || !responses) return errors.fail(t('wellbeing.bringIn.failed'), fields);
    try {
      const report = await preview.mutateAsync({ instrumentId, responses });
      errors.clear();
      setChecked({ input: { instrumentId, responses }, report });
    } catch (error) {
      serverFailure(error);
    }
  };

  const confirm = async () => {
    if (!checked) return;
    try {
      const report = await bringIn.mutateAsync(checked.input);
      setChecked(null);
      setDone(report);
      announce(t('wellbeing.bringIn.doneTitle', { count: report.stored }));
    } catch (error) {
      serverFailure(error);
    }
  };

  return (
    <WellbeingPage title={t('wellbeing.bringIn.title')} lead={<p>{t('wellbeing.bringIn.lead')}</p>}>
      <WhoSees>{t('wellbeing.bringIn.whoSees')}</WhoSees>
      {instruments.isPending ? <Loading /> : null}
      {instruments.error ? <Notice tone="error">{errorTitle(t, instruments.error)}</Notice> : null}
      {done ? (
        <Notice tone="success" focusOnMount title={t('wellbeing.bringIn.doneTitle', { count: done.stored })} titleAs="h2">
          <p>{t('wellbeing.bringIn.doneBody', { skipped: done.responses.length - done.stored })}</p>
          <p>
            <Link to="/me/wellbeing/results">{t('wellbeing.bringIn.seeResults')}</Link>
          </p>
        </Notice>
      ) : null}
      <form className="form" onSubmit={check} noValidate aria-labelledby={`${ID}-form-heading`}>
        <h2 id={`${ID}-form-heading`}>{t('wellbeing.bringIn.formHeading')}</h2>
        <ErrorSummary state={errors.state} idPrefix={ID} labels={labels} />
        <SelectField
          id={`${ID}-instrumentId`}
          label={labels.instrumentId}
          hint={t('wellbeing.bringIn.instrumentHint')}
          error={errors.field('instrumentId')}
          value={instrumentId}
          onChange={(value) => {
            setInstrumentId(value);
            setChecked(null);
          }}
        >
          <option value="">{t('wellbeing.bringIn.choose')}</option>
          {list.map((i) => (
            <option key={i.id} value={i.id}>
              {localText(i.title, i18n.language)}
            </option>
          ))}
        </SelectField>
        <div className={errors.field('file') ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${ID}-file`}>{labels.file}</label>
          <div className="field-hint" id={`${ID}-file-hint`}>
            {t('wellbeing.bringIn.fileHint')}
          </div>
          {errors.field('file') ? (
            <p className="field-error" id={`${ID}-file-error`}>
              {errors.field('file')}
            </p>
          ) : null}
          <input
            id={`${ID}-file`}
            type="file"
            accept=".json,application/json,application/fhir+json"
            aria-describedby={`${ID}-file-hint${errors.field('file') ? ` ${ID}-file-error` : ''}`}
            aria-invalid={errors.field('file') ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setChecked(null);
            }}
          />
        </div>
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={preview.isPending}>
            {preview.isPending ? t('wellbeing.bringIn.checking') : t('wellbeing.bringIn.check')}
          </Button>
        </div>
      </form>
      {checked ? <ImportPreview report={checked.report} busy={bringIn.isPending} onConfirm={() => void confirm()} /> : null}
    </WellbeingPage>
  );
}
