import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useSessionsHeld } from '../../api/supervision';
import { SelectField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';

/** The last `count` quarters that have started by `today`, newest first. */
export function startedQuarters(today: Date, count: number): string[] {
  const index = today.getFullYear() * 4 + Math.floor(today.getMonth() / 3);
  return Array.from({ length: count }, (_, i) => `${Math.floor((index - i) / 4)}-Q${((index - i) % 4) + 1}`);
}

/** Sessions held per unit in a quarter, only as the privacy gate released them; a hidden group says why. */
export function HeldCounts() {
  const { t } = useTranslation();
  const quarters = startedQuarters(new Date(), 6);
  const [quarter, setQuarter] = useState(quarters[0]!);
  const held = useSessionsHeld(quarter);
  return (
    <section className="panel" aria-labelledby="held-heading">
      <h2 id="held-heading">{t('supervision.held.heading')}</h2>
      <p>{t('supervision.held.lead')}</p>
      <SelectField id="held-quarter" label={t('supervision.held.quarter')} value={quarter} onChange={setQuarter}>
        {quarters.map((q) => (
          <option key={q} value={q}>
            {q}
          </option>
        ))}
      </SelectField>
      {held.isPending ? <Loading /> : null}
      {held.error instanceof ApiError && held.error.code === 'privacy-refused' ? (
        // the gate holding figures back is the product working, not a fault: say so calmly
        <Notice tone="info" title={t('supervision.held.refusedTitle')}>
          <p>{t('supervision.held.refusedBody')}</p>
        </Notice>
      ) : held.error ? (
        <Notice tone="error">{errorTitle(t, held.error)}</Notice>
      ) : null}
      {held.data ? (
        <>
          <p>{t('supervision.held.privacy', { count: held.data.minGroupSize })}</p>
          <TableRegion captionId="held-caption">
            <table>
              <caption id="held-caption">{t('supervision.held.caption', { quarter: held.data.quarter })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('supervision.held.unit')}</th>
                  <th scope="col">{t('supervision.held.people')}</th>
                  <th scope="col">{t('supervision.held.count')}</th>
                </tr>
              </thead>
              <tbody>
                {held.data.cells.map((cell) => (
                  <tr key={cell.unitId ?? 'all'}>
                    <th scope="row" style={{ paddingInlineStart: `${0.5 + cell.depth * 1.25}rem` }}>
                      {cell.name}
                    </th>
                    {cell.status === 'released' ? (
                      <>
                        <td>{cell.people}</td>
                        <td>{cell.sessionsHeld}</td>
                      </>
                    ) : (
                      <td colSpan={2}>{t(`supervision.held.${cell.reason ?? 'small-group'}`)}</td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      ) : null}
    </section>
  );
}
