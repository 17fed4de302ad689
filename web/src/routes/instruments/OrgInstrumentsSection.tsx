import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { useImportOrgInstrument, useOrgInstruments } from '../../api/org-instruments';
import { localText } from '../../api/wellbeing';
import { TextInput } from '../../components/fields';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';

/**
 * The organisation's own instruments: import a FHIR Questionnaire (it lands as a draft only admins
 * see), and the list of drafts, published and withdrawn instruments, each opening its own page.
 */
export function OrgInstrumentsSection() {
  const { t, i18n } = useTranslation();
  const list = useOrgInstruments();
  const instruments = list.data?.instruments ?? [];
  return (
    <section className="panel" aria-labelledby="own-instruments-heading">
      <h2 id="own-instruments-heading">{t('instruments.own.heading')}</h2>
      <p>{t('instruments.own.lead')}</p>
      {list.isPending ? <Loading /> : null}
      {list.error ? <Notice tone="error">{errorTitle(t, list.error)}</Notice> : null}
      {list.data && instruments.length === 0 ? <p>{t('instruments.own.none')}</p> : null}
      {instruments.length > 0 ? (
        <TableRegion captionId="own-instruments-caption">
          <table>
            <caption id="own-instruments-caption">{t('instruments.own.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('instruments.columns.instrument')}</th>
                <th scope="col">{t('instruments.columns.version')}</th>
                <th scope="col">{t('instruments.own.columns.status')}</th>
                <th scope="col">{t('instruments.own.columns.questions')}</th>
                <th scope="col">{t('instruments.own.columns.imported')}</th>
              </tr>
            </thead>
            <tbody>
              {instruments.map((instrument) => (
                <tr key={instrument.id}>
                  <th scope="row">
                    <Link to={`/admin/instruments/own/${instrument.id}`}>{localText(instrument.title, i18n.language)}</Link>
                    <div className="hint">{instrument.instrumentId}</div>
                  </th>
                  <td>{instrument.version}</td>
                  <td>{t(`instruments.own.status.${instrument.status}`)}</td>
                  <td>{t('instruments.own.questionCount', { count: instrument.itemCount, safety: instrument.safetyItemCount })}</td>
                  <td>{formatDateTime(instrument.importedAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      <ImportForm />
    </section>
  );
}

/** Choose a FHIR Questionnaire file; a refusal lists every problem and every note, and stores nothing. */
function ImportForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useImportOrgInstrument();
  const [file, setFile] = useState<File | null>(null);
  const [instrumentId, setInstrumentId] = useState('');
  const [failure, setFailure] = useState<{ title: string; problems: string[]; notes: string[]; attempt: number } | null>(null);
  const fail = (title: string, problems: string[], notes: string[] = []) => setFailure((f) => ({ title, problems, notes, attempt: (f?.attempt ?? 0) + 1 }));
  const fieldName = (field: string) => (field === 'instrumentId' ? t('instruments.own.import.id') : field === 'version' ? t('instruments.columns.version') : t('instruments.import.theFile'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return fail(t('instruments.own.import.failed'), [t('instruments.import.noFile')]);
    let questionnaire: unknown;
    try {
      questionnaire = JSON.parse(await file.text());
    } catch {
      return fail(t('instruments.own.import.failed'), [t('instruments.import.notJson', { name: file.name })]);
    }
    try {
      const draft = await save.mutateAsync({ questionnaire: questionnaire as never, ...(instrumentId.trim() ? { instrumentId: instrumentId.trim() } : {}) });
      setFailure(null);
      navigate(`/admin/instruments/own/${draft.id}`);
    } catch (error) {
      if (!(error instanceof ApiError)) return fail(errorTitle(t, error), []);
      const problems = error.problems.map((p) => t('instruments.import.problem', { field: fieldName(p.field), problem: problemText(t, p) }));
      fail(error.status === 400 || error.status === 409 ? t('instruments.own.import.failed') : errorTitle(t, error), problems, error.notes);
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="own-import-heading">
      <h3 id="own-import-heading">{t('instruments.own.import.heading')}</h3>
      <p>{t('instruments.own.import.lead')}</p>
      {failure ? (
        <Notice key={failure.attempt} tone="error" focusOnMount title={failure.title}>
          <ul>
            {failure.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          {failure.notes.length > 0 ? (
            <>
              <p>{t('instruments.own.notesHeading')}</p>
              <ul>
                {failure.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </>
          ) : null}
        </Notice>
      ) : null}
      <div className={failure ? 'field field-invalid' : 'field'}>
        <label htmlFor="own-file">{t('instruments.import.file')}</label>
        <div className="field-hint" id="own-file-hint">
          {t('instruments.import.fileHint')}
        </div>
        <input
          id="own-file"
          type="file"
          accept=".json,application/json,application/fhir+json"
          aria-describedby="own-file-hint"
          aria-invalid={failure ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <TextInput id="own-id" label={t('instruments.own.import.id')} hint={t('instruments.own.import.idHint')} value={instrumentId} onChange={setInstrumentId} autoComplete="off" />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
          {save.isPending ? t('instruments.import.importing') : t('instruments.own.import.submit')}
        </Button>
      </div>
    </form>
  );
}
