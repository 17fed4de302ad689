import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCycles, useOpenSurveys } from '../../api/assessments';
import { useSession } from '../../api/session';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { ShowMore } from '../../components/ShowMore';
import { errorTitle } from '../../components/problem-text';
import { useCycleDates, useScopeName } from './common';

/** Everyone: the team reviews I lead or contribute to, and the staff surveys I can see. */
export function MyAssessmentsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const cycles = useCycles();
  const scope = useScopeName();
  const dates = useCycleDates();
  const mine = (cycles.data?.pages.flatMap((p) => p.cycles) ?? []).filter((c) => c.leadPersonId === me?.personId || c.contributorIds.includes(me?.personId ?? ''));
  const reviews = mine.filter((c) => c.mode === 'team-review');
  const open = useOpenSurveys();
  const surveys = open.data?.surveys ?? [];

  return (
    <Page title={t('assessments.mine.title')} lead={<p>{t('assessments.mine.lead')}</p>}>
      {cycles.isPending ? <Loading /> : null}
      {cycles.error ? <Notice tone="error">{errorTitle(t, cycles.error)}</Notice> : null}
      <section className="panel" aria-labelledby="my-reviews-heading">
        <h2 id="my-reviews-heading">{t('assessments.mine.reviewsHeading')}</h2>
        {cycles.data && reviews.length === 0 ? <p>{t('assessments.mine.noReviews')}</p> : null}
        <ul className="plain-list">
          {reviews.map((c) => (
            <li key={c.id}>
              <Link to={`/assessments/${c.id}`}>{c.title}</Link>
              <p className="meta">
                {[c.leadPersonId === me?.personId ? t('assessments.mine.roleLead') : t('assessments.mine.roleContributor'), scope(c), dates(c), t(`assessments.status.${c.status}`)].join(' · ')}
              </p>
            </li>
          ))}
        </ul>
        {cycles.hasNextPage || reviews.length > 0 ? (
          <ShowMore hasMore={cycles.hasNextPage} loading={cycles.isFetchingNextPage} onMore={() => void cycles.fetchNextPage()} shown={reviews.length} />
        ) : null}
      </section>
      <section className="panel" aria-labelledby="my-surveys-heading">
        <h2 id="my-surveys-heading">{t('assessments.mine.surveysHeading')}</h2>
        {open.isPending ? <Loading /> : null}
        {open.error ? <Notice tone="error">{errorTitle(t, open.error)}</Notice> : null}
        {open.data && surveys.length === 0 ? <p>{t('assessments.mine.noSurveys')}</p> : null}
        <ul className="plain-list">
          {surveys.map((c) => (
            <li key={c.id}>
              <Link to={`/assessments/${c.id}/survey`}>{c.answered ? c.title : t('assessments.mine.answer', { title: c.title })}</Link>
              <p className="meta">{[scope(c), dates(c), ...(c.answered ? [t('assessments.mine.answered')] : [])].join(' · ')}</p>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
