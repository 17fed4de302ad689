import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useHistory } from '../../api/development';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { ConfirmButton } from './ConfirmButton';
import { PlanForm } from './PlanForm';
import { PlanStatusText } from './ReviewStatusText';
import { AnswersView, Confirmations, EarlierVersions } from './VersionDetails';

/** The manager's review of one person: their answers, the plan to write together, and confirming it. */
export function PersonPlanPage() {
  const { t } = useTranslation();
  const { personId = '' } = useParams();
  const history = useHistory(personId);
  const current = history.data?.versions[0];
  const name = history.data?.person.name ?? '';
  return (
    <Page title={history.data ? t('development.person.title', { name }) : t('development.person.titlePlain')} lead={<p>{t('development.person.lead')}</p>}>
      <p>
        <Link to="/team/plans">{t('development.person.back')}</Link>
      </p>
      {history.isPending ? <Loading /> : null}
      {history.error ? <Notice tone="error">{errorTitle(t, history.error)}</Notice> : null}
      {history.data ? (
        <>
          <section className="panel" aria-labelledby="their-answers-heading">
            <h2 id="their-answers-heading">{t('development.person.answersHeading', { name })}</h2>
            {current ? (
              <>
                <p>
                  {t('development.self.versionStatus', { version: current.version })} <PlanStatusText status={current.status} />
                </p>
                <AnswersView answers={current.answers} />
              </>
            ) : (
              <p>{t('development.person.nothingYet', { name })}</p>
            )}
          </section>
          <section className="panel" aria-labelledby="plan-form-heading">
            <h2 id="plan-form-heading">{t('development.person.planHeading')}</h2>
            <PlanForm personId={personId} current={current} />
          </section>
          {current ? (
            <section className="panel" aria-labelledby="confirm-heading">
              <h2 id="confirm-heading">{t('development.confirm.heading')}</h2>
              <Confirmations version={current} workerName={name} />
              <ConfirmButton personId={personId} version={current} side="manager" />
            </section>
          ) : null}
          <EarlierVersions versions={history.data.versions.slice(1)} workerName={name} />
        </>
      ) : null}
    </Page>
  );
}
