import { useTranslation } from 'react-i18next';

export interface QuarterValue {
  quarter: string;
  /** null: not shown for that quarter (the privacy gate hid it, or too few people stood behind it) */
  value: number | null;
}

/**
 * One figure of the outcomes model: its latest value, how it moved since the quarter before in
 * plain words, a small line of the four quarters (decoration: the same numbers are in the table
 * under it), and the table itself. Movement is said neutrally: a higher figure is not judged
 * good or bad here, and no alarming colour is used.
 */
export function IndicatorTrend({ id, name, series, format }: { id: string; name: string; series: readonly QuarterValue[]; format: (value: number) => string }) {
  const { t } = useTranslation();
  const latest = series.at(-1);
  const before = series.length > 1 ? series.at(-2) : undefined;
  const latestText = !latest ? '' : latest.value === null ? t('outcomes.notShown', { quarter: latest.quarter }) : t('outcomes.latest', { quarter: latest.quarter, value: format(latest.value) });
  let trend = t('outcomes.trend.none');
  if (latest?.value != null && before?.value != null) {
    const shown = { value: format(before.value), quarter: before.quarter };
    const same = format(latest.value) === format(before.value);
    trend = same ? t('outcomes.trend.same', shown) : t(latest.value > before.value ? 'outcomes.trend.up' : 'outcomes.trend.down', shown);
  }
  const headingId = `outcome-${id}`;
  return (
    <article className="outcome-figure" aria-labelledby={headingId}>
      <h4 id={headingId}>{name}</h4>
      <p className="outcome-latest">{latestText}</p>
      <p className="outcome-trend">{trend}</p>
      <Sparkline series={series} />
      <details>
        <summary>{t('outcomes.quartersSummary')}</summary>
        <table className="table table-compact">
          <caption className="visually-hidden">{name}</caption>
          <thead>
            <tr>
              <th scope="col">{t('outcomes.quarterHeader')}</th>
              <th scope="col">{t('outcomes.valueHeader')}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((point) => (
              <tr key={point.quarter}>
                <th scope="row">{point.quarter}</th>
                <td>{point.value === null ? t('outcomes.hiddenValue') : format(point.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </article>
  );
}

/** The quarters as a line, a gap where a quarter is not shown; hidden from assistive technology (the table says the same). */
function Sparkline({ series }: { series: readonly QuarterValue[] }) {
  const width = 120;
  const height = 32;
  const values = series.map((p) => p.value).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const x = (i: number) => (series.length === 1 ? width / 2 : 4 + (i * (width - 8)) / (series.length - 1));
  const y = (v: number) => (high === low ? height / 2 : height - 4 - ((v - low) * (height - 8)) / (high - low));
  const segments: string[] = [];
  let path = '';
  series.forEach((point, i) => {
    if (point.value === null) {
      if (path) segments.push(path);
      path = '';
      return;
    }
    path += `${path ? 'L' : 'M'}${x(i).toFixed(1)},${y(point.value).toFixed(1)} `;
  });
  if (path) segments.push(path);
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      {segments.map((d) => (
        <path key={d} d={d} fill="none" stroke="currentColor" strokeWidth="2" />
      ))}
      {series.map((point, i) => (point.value === null ? null : <circle key={point.quarter} cx={x(i)} cy={y(point.value)} r="2.5" fill="currentColor" />))}
    </svg>
  );
}
