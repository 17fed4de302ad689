import { useTranslation } from 'react-i18next';

/** The workforce figures a page shows, in the order it shows them (WorkforceIndicators keys). */
export const FIGURES = ['headcount', 'starters', 'leavers', 'turnover', 'stability', 'absenceRate', 'stressShare', 'trainingCoverage', 'planCoverage', 'reviewsOnTime'] as const;
export type FigureKey = (typeof FIGURES)[number];

/** Figures that are fractions (0.1 = 10%) and are read as percentages. */
const RATES: ReadonlySet<string> = new Set<FigureKey>(['turnover', 'stability', 'absenceRate', 'stressShare', 'trainingCoverage', 'planCoverage', 'reviewsOnTime']);
export const isRate = (figure: string) => RATES.has(figure);

/** How a figure reads in `language`: a rate as a percentage with one decimal, a count as it is. */
export function figureFormat(figure: string, language: string): (value: number) => string {
  const format = isRate(figure) ? new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }) : new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  return (value) => format.format(value);
}

/** A figure's value in the page's language. */
export function useFigureFormat(): (figure: string, value: number) => string {
  const { i18n } = useTranslation();
  return (figure, value) => figureFormat(figure, i18n.language)(value);
}
