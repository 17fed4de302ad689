import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type InstalledInstrument, questionnairePath, useImportLicensedTexts, useInstalledInstruments } from '../../api/instruments';
import { localText } from '../../api/wellbeing';
import { announce } from '../../components/announcer';
import { focusIfLost } from '../../components/focus-if-lost';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { ModalDialog } from '../../components/ModalDialog';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle, problemText } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import { OrgInstrumentsSection } from './OrgInstrumentsSection';

/**
 * The instruments installed in Tend, for org admins: each as a FHIR Questionnaire to download,
 * and, for a licensed measure whose questions Tend does not ship, the organisation's own FHIR
 * Questionnaire to import its texts from (then its workers can check in with it).
 */
export function InstrumentsPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const instruments = useInstalledInstruments();
  const [importing, setImporting] = useState<InstalledInstrument | null>(null);
  const [imported, setImported] = useState<string | null>(null);
  const list = instruments.data?.instruments ?? [];
  const close = () => {
    if (importing) focusIfLost(`instrument-import-${importing.id}`);
    setImporting(null);
  };

  return (
    <Page title={t('instruments.title')} lead={<p>{t('instruments.lead')}</p>}>
      {imported ? (
        <Notice tone="success" focusOnMount>
          <p>{imported}</p>
        </Notice>
      ) : null}
      <section className="panel" aria-labelledby="instruments-heading">
        <h2 id="instruments-heading">{t('instruments.listHeading')}</h2>
        {instruments.isPending ? <Loading /> : null}
        {instruments.error ? <Notice tone="error">{errorTitle(t, instruments.error)}</Notice> : null}
        {instruments.data && list.length === 0 ? <p>{t('instruments.none')}</p> : null}
        {list.length > 0 ? (
          <TableRegion captionId="instruments-caption">
            <table>
              <caption id="instruments-caption">{t('instruments.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('instruments.columns.instrument')}</th>
                  <th scope="col">{t('instruments.columns.version')}</th>
                  <th scope="col">{t('instruments.columns.kind')}</th>
                  <th scope="col">{t('instruments.columns.texts')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((instrument) => {
                  const title = localText(instrument.title, lng);
                  const available = instrument.textsIncluded || instrument.textsImported;
                  const locale = instrument.locales.includes(lng) ? lng : (instrument.locales[0] ?? 'en');
                  return (
                    <tr key={instrument.id}>
                      <th scope="row">
                        {title}
                        <div className="hint">{instrument.id}</div>
                      </th>
                      <td>{instrument.version}</td>
                      <td>{t(`instruments.purpose.${instrument.purpose}`)}</td>
                      <td>
                        {instrument.textsIncluded
                          ? t('instruments.texts.included')
                          : instrument.textsImported && instrument.importedAt
                            ? t('instruments.texts.imported', { holder: instrument.licenceHolder, when: formatDateTime(instrument.importedAt, lng) })
                            : t('instruments.texts.missing', { holder: instrument.licenceHolder })}
                      </td>
                      <td>
                        <div className="button-row">
                          {available ? (
                            <a href={questionnairePath(instrument.id, locale)} download={`${instrument.id}.questionnaire.json`}>
                              {t('instruments.download')}
                              <span className="visually-hidden">{t('instruments.namedSuffix', { title })}</span>
                            </a>
                          ) : null}
                          {!instrument.textsIncluded ? (
                            <Button
                              id={`instrument-import-${instrument.id}`}
                              className="button button-secondary"
                              onPress={() => {
                                setImported(null);
                                setImporting(instrument);
                              }}
                            >
                              {instrument.textsImported ? t('instruments.importAgain') : t('instruments.import.open')}
                              <span className="visually-hidden">{t('instruments.namedSuffix', { title })}</span>
                            </Button>
                          ) : null}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableRegion>
        ) : null}
        <p className="hint">{t('instruments.downloadHint')}</p>
      </section>
      <OrgInstrumentsSection />
      <ModalDialog isOpen={importing !== null} onClose={close} title={importing ? t('instruments.import.title', { title: localText(importing.title, lng) }) : ''}>
        {importing ? (
          <ImportTextsForm
            instrument={importing}
            onCancel={close}
            onImported={() => {
              const message = t('instruments.import.done', { title: localText(importing.title, lng) });
              announce(message);
              setImported(message);
              close();
            }}
          />
        ) : null}
      </ModalDialog>
    </Page>
  );
}

/** Choose the organisation's FHIR Questionnaire file; every problem with it is listed, nothing stored unless it all fits. */
function ImportTextsForm({ instrument, onCancel, onImported }: { instrument: InstalledInstrument; onCancel: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const save = useImportLicensedTexts();
  const [file, setFile] = useState<File | null>(null);
  const [failure, setFailure] = useState<{ title: string; problems: string[]; attempt: number } | null>(null);
  const fail = (title: string, problems: string[]) => setFailure((f) => ({ title, problems, attempt: (f?.attempt ?? 0) + 1 }));
  const fieldName = (field: string) => (field === 'body' || field === '' ? t('instruments.import.theFile') : field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return fail(t('instruments.import.failed'), [t('instruments.import.noFile')]);
    let questionnaire: unknown;
    try {
      questionnaire = JSON.parse(await file.text());
    } catch {
      return fail(t('instruments.import.failed'), [t('instruments.import.notJson', { name: file.name })]);
    }
    try {
      await save.mutateAsync({ id: instrument.id, questionnaire });
      setFailure(null);
      onImported();
    } catch (error) {
      const problems = error instanceof ApiError ? error.problems.map((p) => t('instruments.import.problem', { field: fieldName(p.field), problem: problemText(t, p) })) : [];
      fail(error instanceof ApiError && error.status === 400 ? t('instruments.import.failed') : errorTitle(t, error), problems);
    }
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t('instruments.import.lead', { count: instrument.itemCount, holder: instrument.licenceHolder })}</p>
      {failure ? (
        <Notice key={failure.attempt} tone="error" focusOnMount title={failure.title}>
          {failure.problems.length > 0 ? (
            <ul>
              {failure.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
      <div className={failure ? 'field field-invalid' : 'field'}>
        <label htmlFor="texts-file">{t('instruments.import.file')}</label>
        <div className="field-hint" id="texts-file-hint">
          {t('instruments.import.fileHint')}
        </div>
        <input
          id="texts-file"
          type="file"
          accept=".json,application/json,application/fhir+json"
          aria-describedby="texts-file-hint"
          aria-invalid={failure ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
          {save.isPending ? t('instruments.import.importing') : t('instruments.import.submit')}
        </Button>
        <Button className="button button-secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
