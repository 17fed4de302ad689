import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { questionnaireResponsePath } from '../../api/instruments';
import { EXPORT_JSON_PATH, EXPORT_PDF_PATH, localText, useCheckIns, useEraseSpace, useInstruments } from '../../api/wellbeing';
import { announce } from '../../components/announcer';
import { TextInput } from '../../components/fields';
import { formatDateLong, formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { ModalDialog } from '../../components/ModalDialog';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';
import { ShowMore } from '../../components/ShowMore';
import { WellbeingPage } from './WellbeingPage';

/** Take everything away (JSON for another tool, PDF to read), or erase the whole space for good. */
export function MyDataPage() {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [erased, setErased] = useState(false);
  return (
    <WellbeingPage title={t('wellbeing.data.title')} lead={<p>{t('wellbeing.data.lead')}</p>}>
      <section className="panel" aria-labelledby="download-heading">
        <h2 id="download-heading">{t('wellbeing.data.downloadHeading')}</h2>
        <p>{t('wellbeing.data.downloadLead')}</p>
        <ul className="plain-list">
          <li>
            <a href={EXPORT_JSON_PATH} download="my-wellbeing.json">
              {t('wellbeing.data.downloadJson')}
            </a>
          </li>
          <li>
            <a href={EXPORT_PDF_PATH} download="my-wellbeing.pdf">
              {t('wellbeing.data.downloadPdf')}
            </a>
          </li>
        </ul>
        <p className="hint">{t('wellbeing.data.downloadCare')}</p>
      </section>
      <ResponseDownloads />
      <section className="panel" aria-labelledby="bring-in-heading">
        <h2 id="bring-in-heading">{t('wellbeing.bringIn.title')}</h2>
        <p>{t('wellbeing.bringIn.linkLead')}</p>
        <p>
          <Link to="/me/wellbeing/bring-in">{t('wellbeing.bringIn.link')}</Link>
        </p>
      </section>
      <section className="panel" aria-labelledby="erase-heading">
        <h2 id="erase-heading" tabIndex={-1}>
          {t('wellbeing.data.eraseHeading')}
        </h2>
        {erased ? (
          <Notice tone="success" focusOnMount title={t('wellbeing.data.erasedTitle')}>
            <p>{t('wellbeing.data.erasedBody')}</p>
          </Notice>
        ) : null}
        <p>{t('wellbeing.data.eraseLead')}</p>
        <ul>
          {(t('wellbeing.data.eraseWhat', { returnObjects: true }) as string[]).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>{t('wellbeing.data.eraseKeeps')}</p>
        <Button className="button button-secondary" onPress={() => setAsking(true)}>
          {t('wellbeing.data.eraseOpen')}
        </Button>
      </section>
      <EraseDialog
        isOpen={asking}
        onClose={() => setAsking(false)}
        onErased={() => {
          setAsking(false);
          setErased(true);
        }}
      />
    </WellbeingPage>
  );
}

/** Erasing cannot be undone: the person types the word before anything happens. */
function EraseDialog({ isOpen, onClose, onErased }: { isOpen: boolean; onClose: () => void; onErased: () => void }) {
  const { t } = useTranslation();
  const erase = useEraseSpace();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const word = t('wellbeing.data.eraseWord');

  const close = () => {
    setTyped('');
    setProblem(null);
    onClose();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (typed.trim().toLocaleLowerCase() !== word.toLocaleLowerCase()) {
      setProblem(t('wellbeing.data.eraseMismatch', { word }));
      return;
    }
    erase.mutate(undefined, {
      onSuccess: () => {
        setTyped('');
        announce(t('wellbeing.data.erasedTitle'));
        onErased();
      },
      onError: (error) => setProblem(errorTitle(t, error)),
    });
  };

  return (
    <ModalDialog isOpen={isOpen} onClose={close} title={t('wellbeing.data.eraseDialogTitle')} role="alertdialog">
      <form className="form" onSubmit={onSubmit} noValidate>
        <p>{t('wellbeing.data.eraseDialogBody')}</p>
        <TextInput
          id="erase-confirm"
          label={t('wellbeing.data.eraseTypeLabel', { word })}
          autoComplete="off"
          value={typed}
          error={problem ?? undefined}
          onChange={setTyped}
        />
        <div className="button-row">
          <Button type="submit" className="button button-danger" isDisabled={erase.isPending}>
            {t('wellbeing.data.eraseConfirm')}
          </Button>
          <Button className="button button-secondary" onPress={close}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}

/**
 * Each check-in as a FHIR QuestionnaireResponse, for health and research tools: technical
 * downloads live here, with the rest of the person's data, not among their results.
 */
function ResponseDownloads() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const checkIns = useCheckIns();
  const instruments = useInstruments();
  const list = checkIns.data?.pages.flatMap((page) => page.checkIns) ?? [];
  const titleOf = (id: string) => localText(instruments.data?.instruments.find((i) => i.id === id)?.title, lng) || id;
  return (
    <section className="panel" aria-labelledby="responses-heading">
      <h2 id="responses-heading">{t('wellbeing.data.responsesHeading')}</h2>
      <p>{t('wellbeing.data.responsesLead')}</p>
      {checkIns.isPending ? <Loading /> : null}
      {checkIns.error ? <Notice tone="error">{errorTitle(t, checkIns.error)}</Notice> : null}
      {checkIns.data && list.length === 0 ? <p>{t('wellbeing.data.responsesNone')}</p> : null}
      <ul className="plain-list">
        {list.map((c) => {
          const line = t('wellbeing.data.responseLine', { title: titleOf(c.instrumentId), date: formatDateLong(c.submittedOn, lng) });
          return (
            <li key={c.id}>
              {line}
              {c.origin === 'imported' ? <span className="wb-brought-in"> ({t('wellbeing.bringIn.broughtIn')})</span> : null}:{' '}
              <a href={questionnaireResponsePath(c.id)} download={`check-in-${c.submittedOn}.questionnaire-response.json`}>
                {t('wellbeing.data.downloadResponse')}
                <span className="visually-hidden">{t('wellbeing.data.downloadResponseNamed', { date: formatDateTime(c.submittedAt, lng) })}</span>
              </a>
            </li>
          );
        })}
      </ul>
      {list.length > 0 ? (
        <ShowMore hasMore={checkIns.hasNextPage} loading={checkIns.isFetchingNextPage} onMore={() => void checkIns.fetchNextPage()} shown={list.length} />
      ) : null}
    </section>
  );
}
