import { toCsv } from '../../platform/http/csv-export.js';
import type { WorkforceFigures } from './figure-use-cases.js';
import type { Indicators } from './indicator-rules.js';

/**
 * The released workforce figures as rows for a file (CSV, PDF): one row per unit and period (the
 * quarter, then the twelve months ending with it). Only what the privacy gate released is here:
 * a hidden row carries its reason in words and no figure at all, so a file that is forwarded on
 * never holds more than the page showed. Pure: no I/O.
 */

export type ExportLocale = 'en' | 'es';

/** The indicators in the order the page and the data dictionary list them. */
export const EXPORT_INDICATORS = ['headcount', 'averageHeadcount', 'starters', 'leavers', 'turnover', 'stability', 'absenceRate', 'stressShare', 'trainingCoverage', 'planCoverage', 'reviewsOnTime'] as const satisfies ReadonlyArray<keyof Indicators>;
export type ExportIndicator = (typeof EXPORT_INDICATORS)[number];
const RATES = new Set<ExportIndicator>(['turnover', 'stability', 'absenceRate', 'stressShare', 'trainingCoverage', 'planCoverage', 'reviewsOnTime']);
export const isRate = (indicator: ExportIndicator) => RATES.has(indicator);

export const EXPORT_WORDS = {
  en: {
    title: 'Workforce figures',
    twelveMonths: (quarter: string) => `twelve months to ${quarter}`,
    hidden: {
      'small-group': (min: number) => `Hidden: fewer than ${min} people`,
      'protects-another': () => "Hidden, so that a smaller group's figures cannot be worked out",
      'year-hidden': () => 'Not shown: a quarter of these twelve months is hidden for this unit',
    },
    names: {
      headcount: 'Headcount',
      averageHeadcount: 'Average headcount',
      starters: 'Starters',
      leavers: 'Leavers',
      turnover: 'Turnover',
      stability: 'Stability',
      absenceRate: 'Absence rate',
      stressShare: 'Stress-related share of absence',
      trainingCoverage: 'Training coverage',
      planCoverage: 'Agreed plans',
      reviewsOnTime: 'Plan reviews on time',
    },
    unit: 'Unit',
    only: { employee: 'employees only', volunteer: 'volunteers only', contractor: 'contractors only', peer_worker: 'peer workers only' },
    privacy: (min: number) => `A group of fewer than ${min} people is never shown, nor any figure that would let a hidden one be worked out. An empty cell or a dash: too few people stand behind that figure.`,
  },
  es: {
    title: 'Cifras de plantilla',
    twelveMonths: (quarter: string) => `doce meses hasta ${quarter}`,
    hidden: {
      'small-group': (min: number) => `Oculto: menos de ${min} personas`,
      'protects-another': () => 'Oculto, para que no se puedan deducir las cifras de un grupo más pequeño',
      'year-hidden': () => 'No se muestra: un trimestre de estos doce meses está oculto para esta unidad',
    },
    names: {
      headcount: 'Plantilla',
      averageHeadcount: 'Plantilla media',
      starters: 'Altas',
      leavers: 'Bajas',
      turnover: 'Rotación',
      stability: 'Estabilidad',
      absenceRate: 'Tasa de ausencia',
      stressShare: 'Parte de la ausencia por estrés',
      trainingCoverage: 'Cobertura de formación',
      planCoverage: 'Planes acordados',
      reviewsOnTime: 'Revisiones de plan a tiempo',
    },
    unit: 'Unidad',
    only: { employee: 'solo personal empleado', volunteer: 'solo voluntariado', contractor: 'solo personal contratado', peer_worker: 'solo trabajadores pares' },
    privacy: (min: number) => `Nunca se muestra un grupo de menos de ${min} personas, ni una cifra que permita deducir una oculta. Una celda vacía o un guion: hay demasiadas pocas personas detrás de esa cifra.`,
  },
} as const;

export type HiddenReason = keyof (typeof EXPORT_WORDS)['en']['hidden'];

export interface ExportRow {
  unit: string;
  depth: number;
  period: string;
  /** null for a hidden row; inside, a null figure had too few people behind its denominator */
  indicators: Indicators | null;
  hidden: HiddenReason | null;
}

/** Each unit's quarter row then its twelve-month row, in the figures' tree order. */
export function exportRows(figures: WorkforceFigures, locale: ExportLocale): ExportRow[] {
  // figures of one kind of worker say so in every row's period, so a row copied elsewhere keeps it
  const only = figures.workerKind ? `, ${EXPORT_WORDS[locale].only[figures.workerKind]}` : '';
  const year = `${EXPORT_WORDS[locale].twelveMonths(figures.quarter)}${only}`;
  const quarter = `${figures.quarter}${only}`;
  return figures.units.flatMap((u): ExportRow[] => [
    u.quarter.shown
      ? { unit: u.name, depth: u.depth, period: quarter, indicators: u.quarter.indicators, hidden: null }
      : { unit: u.name, depth: u.depth, period: quarter, indicators: null, hidden: u.quarter.reason },
    // a unit whose quarter is hidden has no twelve months either: say the quarter's own reason
    u.twelveMonths ? { unit: u.name, depth: u.depth, period: year, indicators: u.twelveMonths, hidden: null } : { unit: u.name, depth: u.depth, period: year, indicators: null, hidden: u.quarter.shown ? 'year-hidden' : u.quarter.reason },
  ]);
}

/** Why a row is hidden, in words (`null`: it is not). */
export function hiddenText(row: ExportRow, minGroupSize: number, locale: ExportLocale): string | null {
  return row.hidden ? EXPORT_WORDS[locale].hidden[row.hidden](minGroupSize) : null;
}

/** A figure as a person reads it: a rate as a percentage with one decimal, a count as it is; '' when not shown. */
export function formatFigure(indicator: ExportIndicator, value: number | null, locale: ExportLocale): string {
  if (value === null) return '';
  const format = isRate(indicator) ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }) : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return format.format(value);
}

export const CSV_COLUMNS = ['unit', 'level', 'period', ...EXPORT_INDICATORS, 'not_shown'] as const;

/**
 * The figures as CSV: a header row of stable column names, then exportRows. Figures stay the
 * numbers the API gives (rates as fractions, 0.1 = 10%) so a spreadsheet can sum and chart them;
 * a hidden row has every figure cell empty and its reason in `not_shown`.
 */
export function figuresCsv(figures: WorkforceFigures, locale: ExportLocale): string {
  const rows = exportRows(figures, locale).map((row) => [
    row.unit,
    row.depth,
    row.period,
    ...EXPORT_INDICATORS.map((i) => (row.indicators ? (row.indicators[i] ?? '') : '')),
    hiddenText(row, figures.minGroupSize, locale) ?? '',
  ]);
  // the byte-order mark makes spreadsheet programs read the accents as UTF-8
  return toCsv(rows, { columns: CSV_COLUMNS, bom: true });
}

/** A file name for the figures of a quarter: `workforce-figures-2026-Q3.csv`. */
export const exportFileName = (quarter: string, extension: 'csv' | 'pdf', workerKind?: string | null) =>
  `workforce-figures-${quarter.replace(/[^\w-]/g, '')}${workerKind ? `-${workerKind.replace(/[^\w-]/g, '')}` : ''}.${extension}`;
