import { getPack } from '../../content/pack-store.js';
import type { Queryable } from '../../platform/db/client.js';
import { measureParts } from './contribution-values.js';

type LocalText = Record<string, string>;

/** How a band-less result (too few answers for a band) is named, in each language the app speaks. */
const NO_BAND: LocalText = { en: 'no band (too few answers)', es: 'sin banda (muy pocas respuestas)' };

/** Joins texts language by language: each language the first part has, the others' same language or their first. */
function join(parts: LocalText[], shape: (p: string[]) => string): LocalText {
  const out: LocalText = {};
  for (const locale of Object.keys(parts[0] ?? {})) out[locale] = shape(parts.map((p) => p[locale] ?? Object.values(p)[0] ?? ''));
  return out;
}

/** What the hub's pages and open data say of an audit or band measure: its title, and an audit section's number of criteria. */
export interface OtherMeasureFacts {
  title: LocalText;
  /** an audit section's criteria (the most ratings one organisation's review gives it); absent for a band */
  criteria?: number;
}

/**
 * The titles of the audit and check-in band measures (contribution-values.ts), by language,
 * from their installed packs (latest version): "Safety (Trauma-informed organisational audit)",
 * "Burnout: high (ProQOL 5)", with an audit section's number of criteria. A measure whose pack,
 * section, scale or band is not installed is left out and reads by its id.
 */
export async function otherMeasureFacts(q: Queryable, measures: readonly string[]): Promise<Map<string, OtherMeasureFacts>> {
  const facts = new Map<string, OtherMeasureFacts>();
  const packs = new Map<string, { title: LocalText; body: unknown } | null>();
  const packOf = async (id: string) => {
    if (!packs.has(id)) {
      const found = await getPack(q, id);
      packs.set(id, found ? { title: found.pack.title as LocalText, body: found.pack.body } : null);
    }
    return packs.get(id) ?? null;
  };
  for (const measure of measures) {
    const parts = measureParts(measure);
    if (!parts) continue;
    if (parts.kind === 'audit') {
      const pack = await packOf(parts.packId);
      const section = (pack?.body as { sections?: Array<{ id: string; title: LocalText; criteria?: unknown[] }> } | undefined)?.sections?.find((s) => s.id === parts.sectionId);
      if (pack && section) {
        const title = join([section.title, pack.title], ([s, p]) => `${s} (${p})`);
        facts.set(measure, Array.isArray(section.criteria) ? { title, criteria: section.criteria.length } : { title });
      }
    } else {
      const pack = await packOf(parts.instrumentId);
      const scale = (pack?.body as { scales?: Array<{ id: string; name: LocalText; bands: Array<{ id: string; label: LocalText }> }> } | undefined)?.scales?.find((s) => s.id === parts.scaleId);
      const band = parts.bandId === 'none' ? NO_BAND : scale?.bands.find((b) => b.id === parts.bandId)?.label;
      if (pack && scale && band) facts.set(measure, { title: join([scale.name, band, pack.title], ([s, b, p]) => `${s}: ${b} (${p})`) });
    }
  }
  return facts;
}

/** The titles alone (the hub's benchmark page). */
export async function otherMeasureTitles(q: Queryable, measures: readonly string[]): Promise<Map<string, LocalText>> {
  return new Map([...(await otherMeasureFacts(q, measures))].map(([measure, f]) => [measure, f.title]));
}
