/**
 * Publication: a hub's open data, written from what the cross-organisation gate released.
 *
 * Everything here is pure (randomness is injected); the lead wires it to routes and pages, and
 * the ledger and the published files are stored by the caller. What a publication is:
 * - `buildPublication(figures, facts, options)`: one row per gate verdict, each saying its kind
 *   (`measure_kind`: a survey or audit section's mean, or a check-in band's share) — a shown figure with
 *   its count (people or ratings), organisations, mean and change since the series' baseline; a hidden one with
 *   empty values and its reason as a code and in words — and the metadata: hub, period, release
 *   id and version, publication time, licence, the suppression rule in force and whether noise
 *   was added. Hidden verdicts give only their id and reason, whatever else the object carries.
 * - Files: `publicationCsv` (RFC 4180, CRLF, formula-safe and reversible text cells, optional
 *   BOM), `publicationJson` / `readPublicationJson` (zod schema `ZOpenDataDocument`), the data
 *   dictionary as JSON, Markdown or CSV (`dataDictionary*`), and the plain-language summary
 *   (`publicationSummary`, `publicationSummaryText`) in English or Spanish.
 * - Differential privacy, off by default (`options.noise`): the two-sided geometric mechanism
 *   sampled exactly with integers (noise/geometric.ts) on each shown figure's count and shifted
 *   sum, the mean derived from them; the release's epsilon split evenly over its figures.
 *   `requestBudget` keeps a hub's total epsilon (noise/budget-ledger.ts) and `publishWithBudget`
 *   refuses a release that would pass it. Why discrete and why no library:
 *   docs/decisions/009-open-data-and-noise.md.
 */
export { buildPublication, type PublicationOptions } from './build-publication.js';
export type { CrossOrgHiddenReason, CrossOrgVerdict } from './cross-org-verdict.js';
export { publicationCsv, readOpenDataCell } from './csv.js';
export { dataDictionary, dataDictionaryCsv, dataDictionaryMarkdown } from './dictionary.js';
export { publicationJson, readPublicationJson } from './json.js';
export {
  type DataDictionary,
  type FigureLabels,
  MEASURE_KINDS,
  type MeasureKind,
  OPEN_DATA_COLUMNS,
  type OpenDataDocument,
  type OpenDataRow,
  type Publication,
  type PublicationFacts,
  type PublicationLocale,
  type PublishedFigure,
  PUBLICATION_FORMAT,
  presentationOf,
  ZDataDictionary,
  ZEpsilon,
  ZOpenDataDocument,
} from './model.js';
export { type BudgetDecision, type BudgetLedger, type BudgetRequest, type BudgetSpend, budgetState, requestBudget } from './noise/budget-ledger.js';
export { type NoiseSettings, sensitivityOf } from './noise/noisy-figures.js';
export { cryptoRandom, type RandomSource } from './noise/random-source.js';
export { type BudgetedPublication, ledgerReleaseId, publishWithBudget } from './publish.js';
export { type PublicationSummary, publicationSummary, publicationSummaryText } from './summary.js';
