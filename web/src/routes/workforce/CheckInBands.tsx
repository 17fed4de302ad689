import { useTranslation } from 'react-i18next';
import { localText } from '../../api/wellbeing';
import type { WorkforceFigures } from '../../api/workforce-figures';
import { TableRegion } from '../../components/TableRegion';

/**
 * How the people who chose to contribute their check-in results are spread across each scale's
 * bands, by unit, for the quarter: counts of people only where the privacy gate lets a group
 * show, a hidden group saying why. Never anyone who did not choose to, and nothing per person.
 */
export function CheckInBands({ data }: { data: WorkforceFigures }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <section className="panel" aria-labelledby="bands-heading">
      <h2 id="bands-heading">{t('figures.bands.title')}</h2>
      <p>{t('figures.bands.lead')}</p>
      {data.checkInBands.length === 0 ? <p>{t('figures.bands.none')}</p> : null}
      {data.checkInBands.flatMap((instrument) =>
        instrument.scales.map((scale) => {
          const captionId = `bands-${instrument.instrumentId}-${scale.scaleId}`.replace(/[^A-Za-z0-9_-]/g, '-');
          return (
            <TableRegion key={captionId} captionId={captionId}>
              <table className="table">
                <caption id={captionId}>{t('figures.bands.caption', { instrument: localText(instrument.title, lng), scale: localText(scale.name, lng), quarter: data.quarter })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('figures.unit')}</th>
                    <th scope="col">{t('figures.bands.people')}</th>
                    {scale.bands.map((band) => (
                      <th key={band.id} scope="col">
                        {localText(band.label, lng)}
                      </th>
                    ))}
                    <th scope="col">{t('figures.bands.noBand')}</th>
                  </tr>
                </thead>
                <tbody>
                  {scale.units.map((unit) => (
                    <tr key={unit.unitId ?? 'organisation'}>
                      <th scope="row" style={{ paddingInlineStart: `${unit.depth * 1.25 + 0.5}rem` }}>
                        {unit.name}
                      </th>
                      {unit.shown && unit.counts ? (
                        <>
                          <td>{unit.people}</td>
                          {scale.bands.map((band) => (
                            <td key={band.id}>{unit.counts?.[band.id] ?? 0}</td>
                          ))}
                          <td>{unit.counts.none ?? 0}</td>
                        </>
                      ) : (
                        <td colSpan={scale.bands.length + 2}>{t(`figures.hidden.${unit.reason ?? 'protects-another'}`, { count: data.minGroupSize })}</td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          );
        }),
      )}
    </section>
  );
}
