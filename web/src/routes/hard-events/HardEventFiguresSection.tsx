import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useHardEventFigures } from '../../api/hard-events';
import { TextInput } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * For org admins: people offered check-ins after hard events, per unit, for a period, exactly as
 * the privacy gate released them; a hidden cell says why and shows no number.
 */
export function HardEventFiguresSection() {
  const { t } = useTranslation();
  const today = new Date();
  const [from, setFrom] = useState(isoDay(new Date(today.getTime() - 90 * 86_400_000)));
  const [to, setTo] = useState(isoDay(today));
  const [period, setPeriod] = useState<{ from: string; to: string } | null>(null);
  const figures = useHardEventFigures(period);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setPeriod({ from, to });
  };
  return (
    <section className="panel" aria-labelledby="he-figures-heading">
      <h2 id="he-figures-heading">{t('hardEvents.figures.heading')}</h2>
      <p>{t('hardEvents.figures.lead')}</p>
      <form className="form form-inline" onSubmit={onSubmit} noValidate>
        <TextInput id="he-figures-from" type="date" label={t('hardEvents.figures.from')} value={from} onChange={setFrom} />
        <TextInput id="he-figures-to" type="date" label={t('hardEvents.figures.to')} value={to} onChange={setTo} />
        <div className="button-row">
          <Button type="submit" className="button button-secondary">
            {t('hardEvents.figures.show')}
          </Button>
        </div>
      </form>
      {figures.isFetching ? <Loading /> : null}
      {figures.error ? <Notice tone="error">{errorTitle(t, figures.error)}</Notice> : null}
      {figures.data ? (
        <TableRegion captionId="he-figures-caption">
          <table>
            <caption id="he-figures-caption">{t('hardEvents.figures.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hardEvents.figures.unit')}</th>
                <th scope="col">{t('hardEvents.figures.people')}</th>
                <th scope="col">{t('hardEvents.figures.offers')}</th>
                <th scope="col">{t('hardEvents.figures.events')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.data.cells.map((c) => (
                <tr key={c.unitId ?? 'all'}>
                  <th scope="row" style={{ paddingInlineStart: `${c.depth}em` }}>
                    {c.unitName ?? t('hardEvents.figures.whole')}
                  </th>
                  {c.status === 'released' ? (
                    <>
                      <td>{c.people}</td>
                      <td>{c.offers}</td>
                      <td>{c.events}</td>
                    </>
                  ) : (
                    <td colSpan={3}>{c.reason === 'small-group' ? t('hardEvents.figures.smallGroup', { min: figures.data.minGroupSize }) : t('hardEvents.figures.protects')}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
    </section>
  );
}
