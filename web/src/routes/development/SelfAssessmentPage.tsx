import { useTranslation } from 'react-i18next';
import { useHistory } from '../../api/development';
import { useSession } from '../../api/session';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { AnswersForm } from './AnswersForm';
import { ConfirmButton } from './ConfirmButton';
import { PlanStatusText } from './ReviewStatusText';
import { Confirmations, EarlierVersions, PlanView } from './VersionDetails';

/** The worker's self-assessment, the plan agreed from it, and every earlier version. */
export function SelfAssessmentPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const history = useHistory(me?.personId);
  if (!me) return null;
  const current = history.data?.versions[0];
  return (
    <Page title={t('development.self.title')} lead={<p>{t('development.self.lead')}</p>}>
      {history.isPending ? <Loading /> : null}
      {history.error ? <Notice tone="error">{errorTitle(t, history.error)}</Notice> : null}
      {history.data ? (
        <>
          <section className="panel" aria-labelledby="answers-heading">
            <h2 id="answers-heading">{t('development.self.answersHeading')}</h2>
            <Notice title={t('development.self.whoSeesTitle')}>
              <p>{t('development.self.whoSees')}</p>
            </Notice>
            <p>{t('development.self.skippable')}</p>
            {current ? (
              <p>
                {t('development.self.versionStatus', { version: current.version })} <PlanStatusText status={current.status} />
              </p>
            ) : null}
            <AnswersForm personId={me.personId} current={current} />
          </section>
          <section className="panel" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{t('development.self.planHeading')}</h2>
            {current ? (
              <>
                <PlanView version={current} />
                <h3>{t('development.confirm.heading')}</h3>
                <Confirmations version={current} workerName={me.name} />
                <ConfirmButton personId={me.personId} version={current} side="worker" />
              </>
            ) : (
              <p>{t('development.self.noPlanYet')}</p>
            )}
          </section>
          <EarlierVersions versions={history.data.versions.slice(1)} workerName={me.name} />
        </>
      ) : null}
    </Page>
  );
}
