import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localText, type ScaleKey, scalesOf, useCheckIns, useInstruments, useTrend } from '../../api/wellbeing';
import { formatDateLong } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { ShowMore } from '../../components/ShowMore';
import { errorTitle } from '../../components/problem-text';
import { ResultInWords } from './ResultInWords';
import { TrendChart, type TrendBand } from './TrendChart';
import { WellbeingPage, WhoSees } from './WellbeingPage';

/** My results over time: each scale as a chart with a table alternative, and the latest result in words. */
export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const checkIns = useCheckIns();
  const instruments = useInstruments();
  // the charts read each scale's whole trend; the list below grows a page at a time
  const list = checkIns.data?.pages.flatMap((page) => page.checkIns) ?? [];
  const scales = scalesOf(list);
  const instrumentIds = [...new Set(scales.map((sc) => sc.instrumentId))];
  const titleOf = (id: string) => localText(instruments.data?.instruments.find((i) => i.id === id)?.title, lng) || id;

  return (
    <WellbeingPage title={t('wellbeing.results.title')} lead={<p>{t('wellbeing.results.lead')}</p>}>
      <WhoSees />
      {checkIns.isPending ? <Loading /> : null}
      {checkIns.error ? <Notice tone="error">{errorTitle(t, checkIns.error)}</Notice> : null}
      {checkIns.data && list.length === 0 ? (
        <p>
          {t('wellbeing.results.none')} <Link to="/me/wellbeing/check-in">{t('wellbeing.overview.firstCheckIn')}</Link>
        </p>
      ) : null}
      <p>
        <Link to="/me/wellbeing/bring-in">{t('wellbeing.bringIn.link')}</Link>
      </p>
      {instrumentIds.map((instrumentId, n) => {
        const latest = list.find((c) => c.instrumentId === instrumentId);
        return (
          <section key={instrumentId} className="panel" aria-labelledby={`results-${n}-heading`}>
            <h2 id={`results-${n}-heading`}>{titleOf(instrumentId)}</h2>
            {scales
              .filter((sc) => sc.instrumentId === instrumentId)
              .map((sc, m) => (
                <ScaleTrend
                  key={sc.scaleId}
                  scale={sc}
                  id={`trend-${n}-${m}`}
                  title={localText(sc.scaleName, lng)}
                  bands={instruments.data?.instruments.find((i) => i.id === sc.instrumentId)?.scales.find((x) => x.id === sc.scaleId)?.bands}
                />
              ))}
            {latest ? (
              <>
                <h3>{t('wellbeing.results.latestInWords')}</h3>
                <ResultInWords checkIn={latest} headingLevel="h4" />
              </>
            ) : null}
            <h3>{t('wellbeing.results.eachCheckIn')}</h3>
            <ul className="plain-list">
              {list
                .filter((c) => c.instrumentId === instrumentId)
                .map((c) => (
                  <li key={c.id}>
                    {formatDateLong(c.submittedOn, lng)}
                    {c.origin === 'imported' ? <span className="wb-brought-in"> ({t('wellbeing.bringIn.broughtIn')})</span> : null}
                  </li>
                ))}
            </ul>
            <p className="hint">
              {t('wellbeing.results.downloadsMoved')} <Link to="/me/wellbeing/data">{t('nav.wellbeingData')}</Link>
            </p>
          </section>
        );
      })}
      {list.length > 0 ? (
        <ShowMore hasMore={checkIns.hasNextPage} loading={checkIns.isFetchingNextPage} onMore={() => void checkIns.fetchNextPage()} shown={list.length} />
      ) : null}
    </WellbeingPage>
  );
}

/** One scale's trend as the API gives it (the points with the scale's possible range for the axis), drawn over the scale's bands. */
function ScaleTrend({ scale, id, title, bands }: { scale: ScaleKey; id: string; title: string; bands: readonly TrendBand[] | undefined }) {
  const { t } = useTranslation();
  const trend = useTrend(scale.instrumentId, scale.scaleId);
  if (trend.error) return <Notice tone="error">{errorTitle(t, trend.error)}</Notice>;
  return trend.data ? <TrendChart trend={trend.data} id={id} title={title} bands={bands} /> : <Loading />;
}
