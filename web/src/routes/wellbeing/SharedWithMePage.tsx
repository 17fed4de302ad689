import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { localText, type SharedPart, useSharedPart, useSharedWithMe, useStrategies } from '../../api/wellbeing';
import { formatDate, formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';
import { CopingPlanView } from './CopingPlanPage';
import { ResultInWords } from './ResultInWords';
import { TrendChart } from './TrendChart';
import { WellbeingPage } from './WellbeingPage';

/** What colleagues are sharing with me now: whose, which part, until when. */
export function SharedWithMePage() {
  const { t, i18n } = useTranslation();
  const shared = useSharedWithMe();
  const list = shared.data?.grants ?? [];
  return (
    <WellbeingPage title={t('wellbeing.shared.title')} lead={<p>{t('wellbeing.shared.lead')}</p>}>
      {shared.isPending ? <Loading /> : null}
      {shared.error ? <Notice tone="error">{errorTitle(t, shared.error)}</Notice> : null}
      {shared.data && list.length === 0 ? <p>{t('wellbeing.shared.none')}</p> : null}
      {list.length > 0 ? (
        <ul className="plain-list">
          {list.map((g) => (
            <li key={g.id}>
              <Link to={`/shared-with-me/${g.id}`}>{t('wellbeing.shared.linkName', { name: g.owner.name, part: t(`wellbeing.scopes.${g.scope}`) })}</Link>{' '}
              <span className="hint">{t('wellbeing.shared.until', { date: formatDateTime(g.expiresAt, i18n.language) })}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </WellbeingPage>
  );
}

/** Exactly the part a colleague shared with me, while the grant is in force; each visit shows in their access log. */
export function SharedPartPage() {
  const { t } = useTranslation();
  const { grantId } = useParams();
  const part = useSharedPart(grantId ?? null);
  const gone = part.error instanceof ApiError && (part.error.status === 404 || part.error.status === 403);
  const p = part.data;
  return (
    <WellbeingPage title={p ? t(`wellbeing.shared.partTitle.${p.scope}`, { name: p.owner.name }) : t('wellbeing.shared.partTitleLoading')}>
      {part.isPending ? <Loading /> : null}
      {gone ? (
        <Notice title={t('wellbeing.shared.goneTitle')}>
          <p>{t('wellbeing.shared.goneBody')}</p>
        </Notice>
      ) : part.error ? (
        <Notice tone="error">{errorTitle(t, part.error)}</Notice>
      ) : null}
      {p ? <SharedPartView part={p} /> : null}
      <p>
        <Link to="/shared-with-me">{t('wellbeing.shared.back')}</Link>
      </p>
    </WellbeingPage>
  );
}

function SharedPartView({ part }: { part: SharedPart }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const strategies = useStrategies();
  return (
    <>
      <div className="wb-who-sees">
        <p>{t('wellbeing.shared.about', { name: part.owner.name, date: formatDateTime(part.expiresAt, lng) })}</p>
      </div>
      <section className="panel" aria-labelledby="shared-part-heading">
        <h2 id="shared-part-heading">{t(`wellbeing.scopes.${part.scope}`)}</h2>
        {part.scope === 'coping-plan' ? <CopingPlanView plan={part.copingPlan} strategies={strategies.data?.strategies ?? []} /> : null}
        {part.scope === 'check-in-trend'
          ? part.trends.length === 0
            ? <p>{t('wellbeing.shared.noTrend')}</p>
            : part.trends.map((tr, n) => <TrendChart key={`${tr.instrumentId}-${tr.scaleId}`} trend={tr} id={`shared-trend-${n}`} title={localText(tr.scaleName, lng)} />)
          : null}
        {part.scope === 'check-in' ? (
          <>
            <p>{t('wellbeing.shared.checkInOn', { date: formatDate(part.checkIn.submittedOn, lng) })}</p>
            <ResultInWords checkIn={part.checkIn} showSupportNote={false} />
          </>
        ) : null}
      </section>
    </>
  );
}
