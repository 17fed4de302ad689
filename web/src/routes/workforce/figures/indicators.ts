import { useTranslation } from 'react-i18next';

/** The workforce figures a page shows, in the order it shows them (WorkforceIndicators keys). */
export const FIGURES = ['headcount', 'starters', 'leavers', 'turnover', 'stability', 'absenceRate', 'stressShare', 'trainingCoverage', 'planCoverage', 'reviewsOnTime'] as const;
export type FigureKey = (typeof FIGURES)[number];

/** Figures that are fractions (0.1 = 10%) and are read as percentages. */
export const RATES: ReadonlySet<string> = new Set<FigureKey>(['turnover', 'stability', 'absenceRate', 'stressShare', 'trainingCoverage', 'planCoverage', 'reviewsOnTime']);

/** A figure's value in the page's language: a rate as a percentage, a count as a number. */
export function useFigureFormat(): (figure: string, value: number) => string {
  const { i18n } = useTranslation();
  const whole = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  return (figure, value) => (RATES.has(figure) ? percent.format(value) : whole.format(value));
}
