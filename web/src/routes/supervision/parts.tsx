import { type FormEvent, type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type PairView, useAgreeRhythm, useProposeRhythm } from '../../api/supervision';
import { announce } from '../../components/announcer';
import { TextInput } from '../../components/fields';
import { fieldErrorsOf } from '../../components/form-errors';
import { formatDate } from '../../components/format';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import './supervision.css';

/** Pieces shared by the worker's and the supervisor's pages. */

/** Who will read what is written here, said before anything is asked. */
export function WhoSees({ children }: { children: ReactNode }) {
  return (
    <div className="sv-who-sees">
      <p>{children}</p>
    </div>
  );
}

/** The pair's rhythm, with a proposal to change it and the other member's agreement. */
export function RhythmPanel({ pair }: { pair: PairView }) {
  const { t } = useTranslation();
  const propose = useProposeRhythm();
  const agree = useAgreeRhythm();
  const [weeks, setWeeks] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const rhythm = pair.rhythm;
  if (!rhythm) return null;
  const workerId = pair.worker.id;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setProblem(null);
    const n = Number(weeks);
    if (!Number.isInteger(n) || n < 1 || n > 26) {
      setError(t('supervision.rhythm.weeksHint'));
      return;
    }
    propose.mutate(
      { workerId, weeks: n },
      {
        onSuccess: () => {
          setWeeks('');
          announce(t('supervision.rhythm.proposed'));
        },
        onError: (e) => setError(fieldErrorsOf(e, (p) => problemText(t, p)).weeks ?? errorTitle(t, e)),
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="rhythm-heading">
      <h2 id="rhythm-heading">{t('supervision.rhythm.heading')}</h2>
      <p>
        <strong>{t('supervision.rhythm.every', { count: rhythm.weeks })}</strong>{' '}
        {rhythm.source === 'agreed' ? t('supervision.rhythm.agreed') : t('supervision.rhythm.fromOrganisation', { level: t(`supervision.levels.${rhythm.level}`) })}
      </p>
      {rhythm.proposal ? (
        rhythm.proposal.byYou ? (
          <p>{t('supervision.rhythm.proposalByYou', { count: rhythm.proposal.weeks })}</p>
        ) : (
          <>
            <p>{t('supervision.rhythm.proposalByOther', { count: rhythm.proposal.weeks })}</p>
            <Button
              className="button button-secondary"
              isDisabled={agree.isPending}
              onPress={() =>
                agree.mutate(workerId, {
                  onSuccess: () => announce(t('supervision.rhythm.agreedDone')),
                  onError: (e) => setProblem(errorTitle(t, e)),
                })
              }
            >
              {t('supervision.rhythm.agree', { count: rhythm.proposal.weeks })}
            </Button>
          </>
        )
      ) : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextInput
          id="rhythm-weeks"
          type="number"
          inputMode="numeric"
          min={1}
          max={26}
          label={t('supervision.rhythm.weeks')}
          hint={t('supervision.rhythm.weeksHint')}
          value={weeks}
          error={error}
          onChange={setWeeks}
        />
        <div className="button-row">
          <Button type="submit" className="button button-secondary" isDisabled={propose.isPending}>
            {t('supervision.rhythm.propose')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** Next, last and due dates; overdue said calmly, in words, to the pair only. */
export function DatesPanel({ pair }: { pair: PairView }) {
  const { t, i18n } = useTranslation();
  const dates = pair.dates;
  if (!dates) return null;
  const day = (d: string | null, none: string) => (d ? formatDate(d, i18n.language) : none);
  return (
    <section className="panel" aria-labelledby="dates-heading">
      <h2 id="dates-heading">{t('supervision.dates.heading')}</h2>
      <dl className="facts">
        <dt>{t('supervision.dates.next')}</dt>
        <dd>{day(dates.nextDate, t('supervision.dates.nextNone'))}</dd>
        <dt>{t('supervision.dates.lastHeld')}</dt>
        <dd>{day(dates.lastHeld, t('supervision.dates.lastNone'))}</dd>
        <dt>{t('supervision.dates.dueBy')}</dt>
        <dd>{formatDate(dates.dueBy, i18n.language)}</dd>
      </dl>
      {dates.overdue ? <p>{t('supervision.dates.overdue', { date: formatDate(dates.dueBy, i18n.language) })}</p> : null}
    </section>
  );
}

/** A pair's sessions, newest first, each opening its own page. */
export function SessionsTable({ pair }: { pair: PairView }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('supervision.sessions.heading')}</h2>
      {pair.sessions.length === 0 ? (
        <p>{t('supervision.sessions.none')}</p>
      ) : (
        <TableRegion captionId="sessions-caption">
          <table>
            <caption id="sessions-caption">{t('supervision.sessions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('supervision.sessions.date')}</th>
                <th scope="col">{t('supervision.sessions.held')}</th>
                <th scope="col">{t('supervision.sessions.state')}</th>
              </tr>
            </thead>
            <tbody>
              {pair.sessions.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/supervision/sessions/${s.id}`} aria-label={t('supervision.sessions.openNamed', { date: formatDate(s.plannedFor, i18n.language) })}>
                      {formatDate(s.plannedFor, i18n.language)}
                    </Link>
                  </th>
                  <td>{formatDate(s.heldOn, i18n.language)}</td>
                  <td>{t(`supervision.status.${s.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
