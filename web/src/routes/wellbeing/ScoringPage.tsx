import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type Instrument, localText, useInstruments } from '../../api/wellbeing';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import { WellbeingPage } from './WellbeingPage';

type ScaleRules = Instrument['scales'][number];

/**
 * How a check-in is scored, said plainly: what each score adds up, what happens to a question the
 * person leaves (and whether that rule is the measure's authors' or Tend's own), the bands and
 * where they come from. Transparency about one's own result is part of the person's choice to answer.
 */
export function ScoringPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const instruments = useInstruments();
  const instrument = instruments.data?.instruments.find((i) => i.id === id);
  const title = instrument ? t('wellbeing.scoring.title', { title: localText(instrument.title, i18n.language) }) : t('wellbeing.scoring.titleUnknown');
  return (
    <WellbeingPage title={title} lead={<p>{t('wellbeing.scoring.lead')}</p>}>
      {instruments.isPending ? <Loading /> : null}
      {instruments.error ? <Notice tone="error">{errorTitle(t, instruments.error)}</Notice> : null}
      {instruments.data && !instrument ? <p>{t('wellbeing.scoring.notOffered')}</p> : null}
      {instrument && instrument.scales.length === 0 ? <p>{t('wellbeing.scoring.noScales')}</p> : null}
      {instrument?.scales.map((scale) => (
        <ScaleSection key={scale.id} scale={scale} instrument={instrument} />
      ))}
      <p>
        <Link to="/me/wellbeing/check-in">{t('wellbeing.scoring.back')}</Link>
      </p>
    </WellbeingPage>
  );
}

function ScaleSection({ scale, instrument }: { scale: ScaleRules; instrument: Instrument }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const headingId = `scale-${scale.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const numbers = scale.items.map((itemId) => instrument.items.findIndex((i) => i.id === itemId) + 1).filter((n) => n > 0);
  const reversed = scale.reversedItems.map((itemId) => instrument.items.findIndex((i) => i.id === itemId) + 1).filter((n) => n > 0);
  const count = scale.items.length;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{localText(scale.name, lng)}</h2>
      <p>{t(`wellbeing.scoring.method.${scale.method}`, { count, questions: numbers.join(', ') })}</p>
      {reversed.length > 0 ? <p>{t('wellbeing.scoring.reversed', { count: reversed.length, questions: reversed.join(', ') })}</p> : null}
      <h3>{t('wellbeing.scoring.skippedHeading')}</h3>
      <p>{t(`wellbeing.scoring.missing.${scale.missing}`, { min: scale.minAnswered, count })}</p>
      <p>{scale.missingRuleFrom ? t('wellbeing.scoring.ruleFrom', { source: scale.missingRuleFrom }) : t('wellbeing.scoring.ruleTends')}</p>
      {scale.bands.length > 0 ? (
        <TableRegion captionId={`${headingId}-bands`}>
          <table className="table">
            <caption id={`${headingId}-bands`}>{t('wellbeing.scoring.bandsCaption', { scale: localText(scale.name, lng) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('wellbeing.scoring.range')}</th>
                <th scope="col">{t('wellbeing.scoring.inWords')}</th>
              </tr>
            </thead>
            <tbody>
              {scale.bands.map((band) => (
                <tr key={band.id}>
                  <td>{t('wellbeing.scoring.between', { min: band.min, max: band.max })}</td>
                  <td>{localText(band.label, lng)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : (
        <p>{t('wellbeing.scoring.noBands')}</p>
      )}
      {scale.references.length > 0 ? (
        <>
          <h3>{t('wellbeing.scoring.referencesHeading')}</h3>
          <ul>
            {scale.references.map((reference) => (
              <li key={reference}>{reference}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
