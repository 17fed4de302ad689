import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './charts.css';

/** One stretch of a bar: a value, named, in one of the chart's calm tones (`tone-1` … `tone-4`). */
export interface BarPart {
  key: string;
  label: string;
  value: number;
  tone: 1 | 2 | 3 | 4;
}

/** One bar: its name, its parts laid end to end, and the figure written beside it. */
export interface BarRow {
  key: string;
  label: string;
  parts: BarPart[];
  valueText: string;
}

/**
 * Tend's one bar chart: a plain-language summary above, horizontal bars whose names and figures
 * are real text (so they stay readable at any width, a phone's 390 px included), and the same
 * figures as a table behind a disclosure for anyone who does not read the picture. The bars are
 * one image to assistive technology (role="img", named by the title and the summary); a bar of
 * several parts carries a legend in words, so colour never carries meaning alone.
 * `max` is the whole of the axis (100 for shares); `table` is the caller's table of the figures.
 */
export function BarChart({ id, title, summary, rows, max, table }: { id: string; title: string; summary: string; rows: BarRow[]; max: number; table: ReactNode }) {
  const { t } = useTranslation();
  const legend = rows[0] && rows[0].parts.length > 1 ? rows[0].parts : [];
  const whole = Math.max(max, 1);
  return (
    <figure className="chart" data-testid={id}>
      <p className="chart-summary" id={`${id}-summary`}>
        {summary}
      </p>
      <div className="bar-chart" role="img" aria-label={`${title}. ${summary}`}>
        {legend.length > 0 ? (
          <ul className="chart-legend">
            {legend.map((p) => (
              <li key={p.key}>
                <span className={`chart-swatch tone-${p.tone}`} /> {p.label}
              </li>
            ))}
          </ul>
        ) : null}
        {rows.map((row) => (
          <div key={row.key} className="bar-row">
            <span className="bar-label">{row.label}</span>
            <span className="bar-track">
              {row.parts.map((p) =>
                p.value > 0 ? <span key={p.key} className={`bar-part tone-${p.tone}`} style={{ width: `${Math.min((p.value / whole) * 100, 100)}%` }} /> : null,
              )}
            </span>
            <span className="bar-value">{row.valueText}</span>
          </div>
        ))}
      </div>
      <details className="chart-table">
        <summary>{t('common.chart.showTable')}</summary>
        {table}
      </details>
    </figure>
  );
}
