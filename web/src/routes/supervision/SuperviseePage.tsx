import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { usePlanSession, useSupervisee } from '../../api/supervision';
import { announce } from '../../components/announcer';
import { TextInput } from '../../components/fields';
import { fieldErrorsOf } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle, problemText } from '../../components/problem-text';
import { DatesPanel, RhythmPanel, SessionsTable, WhoSees } from './parts';

/** One supervisee, for their supervisor: dates, rhythm, sessions, and planning the next one. */
export function SuperviseePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const pair = useSupervisee(id);
  const plan = usePlanSession();
  const navigate = useNavigate();
  const [plannedFor, setPlannedFor] = useState('');
  const [error, setError] = useState<string | undefined>();
  const name = pair.data?.worker.name ?? '';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    if (!plannedFor) {
      setError(t('supervision.supervisee.plannedFor'));
      return;
    }
    plan.mutate(
      { workerId: id, plannedFor },
      {
        onSuccess: (session) => {
          announce(t('supervision.supervisee.planned'));
          navigate(`/supervision/sessions/${session.id}`);
        },
        onError: (e) => setError(fieldErrorsOf(e, (p) => problemText(t, p)).plannedFor ?? errorTitle(t, e)),
      },
    );
  };

  return (
    <Page title={pair.data ? name : t('supervision.session.title')}>
      <p>
        <Link to="/supervision/supervisees">{t('supervision.supervisee.back')}</Link>
      </p>
      {pair.isPending ? <Loading /> : null}
      {pair.error ? <Notice tone="error">{errorTitle(t, pair.error)}</Notice> : null}
      {pair.data ? (
        <>
          <WhoSees>{t('supervision.session.whoSees')}</WhoSees>
          <DatesPanel pair={pair.data} />
          <section className="panel" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{t('supervision.supervisee.plan')}</h2>
            <form className="form" onSubmit={onSubmit} noValidate>
              <TextInput id="plan-plannedFor" type="date" label={t('supervision.supervisee.plannedFor')} value={plannedFor} error={error} onChange={setPlannedFor} />
              <div className="button-row">
                <Button type="submit" className="button button-primary" isDisabled={plan.isPending}>
                  {t('supervision.supervisee.planSave')}
                </Button>
              </div>
            </form>
          </section>
          <RhythmPanel pair={pair.data} />
          <SessionsTable pair={pair.data} />
        </>
      ) : null}
    </Page>
  );
}
