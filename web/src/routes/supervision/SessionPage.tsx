import { type FormEvent, Fragment, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { type RecordInput, type Session, useAskChange, useCancelSession, useConfirmSession, useRecordSession, useSession } from '../../api/supervision';
import { announce } from '../../components/announcer';
import { TextArea, TextInput } from '../../components/fields';
import { fieldErrorsOf } from '../../components/form-errors';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle, problemText } from '../../components/problem-text';
import { PrivateNotes } from './PrivateNotes';
import { WhoSees } from './parts';

const TEXT_FIELDS = ['howWorkerIs', 'whatWasHard', 'whatHelped', 'supportAgreed'] as const;

/**
 * One session, for the two people in it: the shared notes (recorded by the supervisor, confirmed
 * by the worker) and each person's own private notes. Anyone else is answered "not found".
 */
export function SessionPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession(id);
  const s = session.data;
  const other = s ? (s.yourPart === 'worker' ? t('supervision.session.withSupervisor', { name: s.supervisor.name }) : t('supervision.session.withWorker', { name: s.worker.name })) : '';
  return (
    <Page title={s ? `${t('supervision.session.title')}: ${formatDate(s.plannedFor, i18n.language)}` : t('supervision.session.title')}>
      {session.isPending ? <Loading /> : null}
      {session.error ? <Notice tone="error">{errorTitle(t, session.error)}</Notice> : null}
      {s ? (
        <>
          <p>
            {s.yourPart === 'worker' ? (
              <Link to="/me/supervision">{t('supervision.session.back')}</Link>
            ) : (
              <Link to={`/supervision/supervisees/${s.worker.id}`}>{t('supervision.session.backSupervisee', { name: s.worker.name })}</Link>
            )}
          </p>
          <p>
            {other}. {t(`supervision.status.${s.status}`)}.
          </p>
          <WhoSees>{t('supervision.session.whoSees')}</WhoSees>
          <SharedNotes session={s} />
          {s.yourPart === 'supervisor' && s.status !== 'confirmed' ? <RecordForm session={s} /> : null}
          {s.yourPart === 'worker' && s.status === 'recorded' ? <ConfirmPanel session={s} /> : null}
          <PrivateNotes sessionId={s.id} />
        </>
      ) : null}
    </Page>
  );
}

function SharedNotes({ session: s }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const text = (value: string) => value || t('supervision.session.empty');
  return (
    <section className="panel" aria-labelledby="shared-heading">
      <h2 id="shared-heading">{t('supervision.session.shared')}</h2>
      {s.status === 'planned' ? (
        <p>{t('supervision.session.notYetRecorded')}</p>
      ) : (
        <dl className="facts sv-shared">
          <dt>{t('supervision.sessions.held')}</dt>
          <dd>{formatDate(s.heldOn, i18n.language)}</dd>
          {TEXT_FIELDS.map((field) => (
            <Fragment key={field}>
              <dt>{t(`supervision.session.${field}`)}</dt>
              <dd>{text(s[field])}</dd>
            </Fragment>
          ))}
          <dt>{t('supervision.session.referralLabel')}</dt>
          <dd>{s.referralAgreed ? t('supervision.session.referralAgreed') : t('supervision.session.noReferral')}</dd>
          <dt>{t('supervision.session.nextDate')}</dt>
          <dd>{s.nextDate ? formatDate(s.nextDate, i18n.language) : t('supervision.dates.nextNone')}</dd>
        </dl>
      )}
      {s.changeRequest ? (
        <Notice title={t('supervision.session.changeRequest')}>
          <p className="sv-note-body">{s.changeRequest}</p>
        </Notice>
      ) : null}
    </section>
  );
}

/** The supervisor writes the shared record; every part may stay empty, and each free-text field carries the reminder. */
function RecordForm({ session: s }: { session: Session }) {
  const { t } = useTranslation();
  const record = useRecordSession();
  const cancel = useCancelSession();
  const navigate = useNavigate();
  const [input, setInput] = useState<RecordInput>({
    heldOn: s.heldOn ?? s.plannedFor,
    howWorkerIs: s.howWorkerIs,
    whatWasHard: s.whatWasHard,
    whatHelped: s.whatHelped,
    supportAgreed: s.supportAgreed,
    referralAgreed: s.referralAgreed,
    nextDate: s.nextDate,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const set = <K extends keyof RecordInput>(key: K, value: RecordInput[K]) => setInput((old) => ({ ...old, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setProblem(null);
    record.mutate(
      { id: s.id, input },
      {
        onSuccess: () => announce(t('supervision.session.saved')),
        onError: (e) => {
          const fields = fieldErrorsOf(e, (p) => problemText(t, p));
          setErrors(fields);
          if (Object.keys(fields).length === 0) setProblem(errorTitle(t, e));
        },
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="record-heading">
      <h2 id="record-heading">{t('supervision.session.recordHeading')}</h2>
      <p>{t('supervision.session.recordLead')}</p>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {record.isSuccess ? <Notice tone="success">{t('supervision.session.saved')}</Notice> : null}
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextInput id="record-heldOn" type="date" label={t('supervision.session.heldOn')} value={input.heldOn} error={errors.heldOn} onChange={(v) => set('heldOn', v)} />
        {TEXT_FIELDS.map((field) => (
          <TextArea
            key={field}
            id={`record-${field}`}
            label={t(`supervision.session.${field}`)}
            hint={t('supervision.effectsReminder')}
            rows={3}
            value={input[field] ?? ''}
            error={errors[field]}
            onChange={(v) => set(field, v)}
          />
        ))}
        <div className="checkbox-field">
          <input id="record-referralAgreed" type="checkbox" checked={input.referralAgreed ?? false} onChange={(e) => set('referralAgreed', e.target.checked)} />
          <label htmlFor="record-referralAgreed">{t('supervision.session.referralLabel')}</label>
        </div>
        <TextInput id="record-nextDate" type="date" label={t('supervision.session.nextDateLabel')} value={input.nextDate ?? ''} error={errors.nextDate} onChange={(v) => set('nextDate', v || null)} />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={record.isPending}>
            {t('supervision.session.save')}
          </Button>
          {s.status === 'planned' ? (
            <Button
              className="button button-secondary"
              isDisabled={cancel.isPending}
              onPress={() =>
                cancel.mutate(s.id, {
                  onSuccess: () => {
                    announce(t('supervision.session.cancelled'));
                    navigate(`/supervision/supervisees/${s.worker.id}`);
                  },
                  onError: (e) => setProblem(errorTitle(t, e)),
                })
              }
            >
              {t('supervision.session.cancel')}
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}

/** The worker confirms the notes, or says what should change. */
function ConfirmPanel({ session: s }: { session: Session }) {
  const { t } = useTranslation();
  const confirm = useConfirmSession();
  const ask = useAskChange();
  const [request, setRequest] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);

  const onAsk = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    if (!request.trim()) {
      setError(t('supervision.session.askLabel'));
      return;
    }
    ask.mutate(
      { id: s.id, request },
      {
        onSuccess: () => announce(t('supervision.session.asked')),
        onError: (e) => setError(fieldErrorsOf(e, (p) => problemText(t, p)).request ?? errorTitle(t, e)),
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="confirm-heading">
      <h2 id="confirm-heading">{t('supervision.session.confirmHeading')}</h2>
      <p>{t('supervision.session.confirmLead')}</p>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <div className="button-row">
        <Button
          className="button button-primary"
          isDisabled={confirm.isPending}
          onPress={() => confirm.mutate(s.id, { onSuccess: () => announce(t('supervision.session.confirmed')), onError: (e) => setProblem(errorTitle(t, e)) })}
        >
          {t('supervision.session.confirm')}
        </Button>
      </div>
      <form className="form" onSubmit={onAsk} noValidate>
        <TextArea id="change-request" label={t('supervision.session.askLabel')} hint={t('supervision.effectsReminder')} rows={3} value={request} error={error} onChange={setRequest} />
        <div className="button-row">
          <Button type="submit" className="button button-secondary" isDisabled={ask.isPending}>
            {t('supervision.session.ask')}
          </Button>
        </div>
      </form>
    </section>
  );
}
