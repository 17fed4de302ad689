import { useTranslation } from 'react-i18next';
import { useTeamCoverage } from '../../api/training';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { TeamCoverageView } from './TeamCoverageView';

/** A manager's view of their people: who has completed the level they need, and training to renew. */
export function TeamCoveragePage() {
  const { t } = useTranslation();
  const coverage = useTeamCoverage(null);
  const d = coverage.data;

  return (
    <Page title={t('training.team.title')} lead={<p>{t('training.team.lead')}</p>}>
      {coverage.isPending ? <Loading /> : null}
      {coverage.error ? <Notice tone="error">{errorTitle(t, coverage.error)}</Notice> : null}
      {d && d.people.length === 0 ? <p>{t('training.team.nobody')}</p> : null}
      {d && d.people.length > 0 ? <TeamCoverageView data={d} id="team" headingLevel={2} /> : null}
    </Page>
  );
}
