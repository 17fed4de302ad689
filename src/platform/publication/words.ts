import type { CrossOrgHiddenReason } from './cross-org-verdict.js';
import type { MeasureKind, PublicationLocale } from './model.js';

/**
 * Every sentence a publication says, in English and Spanish, as small functions of their values
 * (the server's files have no i18next; the web page may take these or its own locale files).
 * Numbers and dates come in already formatted for the language. Calm, plain words: a reader
 * should know what a figure is and why one is missing without knowing statistics.
 */

export interface Rule {
  minGroupSize: number;
  minOrganisations: number;
}

export interface ShownSentence {
  /** what the figure measures: a band's figure is said as a share of people, an audit's mean with what its ends mean */
  kind: MeasureKind;
  collaborative: string;
  measure: string;
  cell: string;
  timepoint: string;
  date: string;
  organisations: string;
  count: string;
  /** what the count counts: people, or ratings */
  unit: 'people' | 'ratings';
  /** true for a count of one: noise can bring a count down to 1 */
  justOne: boolean;
  mean: string;
  /** the mean as a percentage (a band's share) */
  percent: string;
  min: string;
  max: string;
}

/** A change's amount is in points of the scale, or for a share in percentage points. */
export type Comparison = { kind: 'baseline' } | { kind: 'change'; amount: string; direction: 'higher' | 'lower' | 'same'; baseline: string } | { kind: 'baseline-hidden'; baseline: string };

export interface PublicationWords {
  title: (hub: string) => string;
  hidden: Record<CrossOrgHiddenReason, (rule: Rule) => string>;
  notShown: (clause: string) => string;
  suppression: (rule: Rule) => string;
  noiseOff: string;
  noiseOn: (epsilon: string) => string;
  intro: (p: { id: string; version: number; from: string; to: string; total: number; shown: number; notShown: number }) => string;
  licence: (p: { licence: string; hub: string; url: string | null }) => string;
  shown: (s: ShownSentence, c: Comparison) => string;
  hiddenFigure: (p: { collaborative: string; measure: string; cell: string; timepoint: string; date: string; clause: string }) => string;
}

const en: PublicationWords = {
  title: (hub) => `${hub}: open data`,
  hidden: {
    'too-few-people': (r) => `at least one organisation had fewer than ${r.minGroupSize} people in this group`,
    'too-few-organisations': (r) => `fewer than ${r.minOrganisations} organisations took part`,
    'protects-another': () => 'it could be used to work out another figure that is not shown',
    'earlier-releases': () => 'together with figures published before, it could be used to work out a figure that is not shown',
  },
  notShown: (clause) => `Not shown: ${clause}.`,
  suppression: (r) =>
    `A figure is shown only when every organisation behind it has at least ${r.minGroupSize} people in the group, at least ${r.minOrganisations} organisations took part, and it cannot be used, alone or with figures published before, to work out a figure that is not shown. No figure is ever about one person.`,
  noiseOff: 'No random noise was added: the figures shown are the exact ones.',
  noiseOn: (e) =>
    `To protect people further, a small random amount was added to each count and each total before the figures were worked out (differential privacy, epsilon ${e} for this release). The figures therefore differ slightly from the exact ones; a smaller epsilon means more protection and larger differences. Means stay within their scale and counts are at least 1.`,
  intro: (p) => `This release (${p.id}, version ${p.version}) covers ${p.from} to ${p.to}. It has ${p.total} figures: ${p.shown} shown and ${p.notShown} not shown.`,
  licence: (p) => `You may reuse these figures under ${p.licence}${p.url ? ` (${p.url})` : ''}, naming ${p.hub} as the source.`,
  shown: (s, c) => {
    const what = s.unit === 'ratings' ? (s.justOne ? 'rating' : 'ratings') : s.justOne ? 'person' : 'people';
    const share = s.kind === 'check-in-bands';
    const head = share
      ? `${s.collaborative}, ${s.measure} (${s.cell}): at ${s.timepoint} (${s.date}), ${s.percent} of the ${s.count} ${what} across ${s.organisations} organisations ${s.justOne ? 'was' : 'were'} in this band`
      : `${s.collaborative}, ${s.measure} (${s.cell}): across ${s.organisations} organisations and ${s.count} ${what} at ${s.timepoint} (${s.date}), the mean was ${s.mean} on a scale from ${s.min} to ${s.max}${s.kind === 'audit' ? ` (${s.min}: every criterion red; ${s.max}: every criterion green)` : ''}`;
    if (c.kind === 'baseline') return `${head}.`;
    if (c.kind === 'baseline-hidden') return `${head}. It cannot be compared with ${c.baseline}, which is not shown.`;
    const amount = share ? `${c.amount} percentage ${c.amount === '1' ? 'point' : 'points'}` : c.amount;
    return c.direction === 'same' ? `${head}, the same as at ${c.baseline}.` : `${head}, ${amount} ${c.direction} than at ${c.baseline}.`;
  },
  hiddenFigure: (p) => `${p.collaborative}, ${p.measure} (${p.cell}) at ${p.timepoint} (${p.date}): not shown, because ${p.clause}.`,
};

const es: PublicationWords = {
  title: (hub) => `${hub}: datos abiertos`,
  hidden: {
    'too-few-people': (r) => `al menos una organización tenía menos de ${r.minGroupSize} personas en este grupo`,
    'too-few-organisations': (r) => `participaron menos de ${r.minOrganisations} organizaciones`,
    'protects-another': () => 'podría servir para deducir otra cifra que no se muestra',
    'earlier-releases': () => 'junto con cifras publicadas antes, podría servir para deducir una cifra que no se muestra',
  },
  notShown: (clause) => `No se muestra: ${clause}.`,
  suppression: (r) =>
    `Una cifra solo se muestra cuando cada organización que la compone tiene al menos ${r.minGroupSize} personas en el grupo, participaron al menos ${r.minOrganisations} organizaciones y no sirve, sola o con cifras publicadas antes, para deducir una cifra que no se muestra. Ninguna cifra trata nunca de una sola persona.`,
  noiseOff: 'No se añadió ruido aleatorio: las cifras que se muestran son las exactas.',
  noiseOn: (e) =>
    `Para proteger más a las personas, se añadió una pequeña cantidad aleatoria a cada recuento y a cada total antes de calcular las cifras (privacidad diferencial, épsilon ${e} para esta publicación). Por eso las cifras difieren un poco de las exactas; un épsilon menor da más protección y diferencias mayores. Las medias quedan dentro de su escala y los recuentos son al menos 1.`,
  intro: (p) => `Esta publicación (${p.id}, versión ${p.version}) abarca del ${p.from} al ${p.to}. Tiene ${p.total} cifras: ${p.shown} se muestran y ${p.notShown} no.`,
  licence: (p) => `Puedes reutilizar estas cifras con la licencia ${p.licence}${p.url ? ` (${p.url})` : ''}, citando a ${p.hub} como fuente.`,
  shown: (s, c) => {
    const what = s.unit === 'ratings' ? (s.justOne ? 'valoración' : 'valoraciones') : s.justOne ? 'persona' : 'personas';
    const share = s.kind === 'check-in-bands';
    const head = share
      ? `${s.collaborative}, ${s.measure} (${s.cell}): en ${s.timepoint} (${s.date}), el ${s.percent} de ${s.justOne ? 'la' : 'las'} ${s.count} ${what} de ${s.organisations} organizaciones ${s.justOne ? 'estaba' : 'estaban'} en esta banda`
      : `${s.collaborative}, ${s.measure} (${s.cell}): en ${s.organisations} organizaciones y ${s.count} ${what}, en ${s.timepoint} (${s.date}), la media fue ${s.mean} en una escala de ${s.min} a ${s.max}${s.kind === 'audit' ? ` (${s.min}: todos los criterios en rojo; ${s.max}: todos en verde)` : ''}`;
    if (c.kind === 'baseline') return `${head}.`;
    if (c.kind === 'baseline-hidden') return `${head}. No se puede comparar con ${c.baseline}, que no se muestra.`;
    const amount = share ? `${c.amount} ${c.amount === '1' ? 'punto porcentual' : 'puntos porcentuales'}` : c.amount;
    return c.direction === 'same' ? `${head}, igual que en ${c.baseline}.` : `${head}, ${amount} ${c.direction === 'higher' ? 'más' : 'menos'} que en ${c.baseline}.`;
  },
  hiddenFigure: (p) => `${p.collaborative}, ${p.measure} (${p.cell}) en ${p.timepoint} (${p.date}): no se muestra, porque ${p.clause}.`,
};

export const PUBLICATION_WORDS: Record<PublicationLocale, PublicationWords> = { en, es };

/** A number as the language writes it (2.8 / 2,8), at most two decimals. */
export const formatNumber = (value: number, locale: PublicationLocale): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);

/** A share (0 to 1) as a whole percentage as the language writes it (34% / 34 %). */
export const formatPercent = (share: number, locale: PublicationLocale): string => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** An epsilon as the language writes it, to the six decimals a budget keeps (0.25 / 0,25). */
export const formatEpsilon = (value: number, locale: PublicationLocale): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);

/** A YYYY-MM-DD date as the language writes it in full (7 December 2026 / 7 de diciembre de 2026). */
export const formatDate = (isoDate: string, locale: PublicationLocale): string => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'es', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
