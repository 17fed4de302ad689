import { z } from '@hono/zod-openapi';
import { COPING_KINDS, PLAN_PARTS } from '../../content/coping-pack-schema.js';
import { LOCALES, type TCopingPack, type TText } from '../../content/pack-schema.js';
import { getPack } from '../../content/pack-store.js';
import type { Queryable } from '../../platform/db/client.js';

/**
 * The library of coping strategies a worker builds their coping plan from (S.ind.2). It is a
 * content pack of kind "coping" (src/content/packs/coping-strategies.json): its latest installed
 * version is the library. Strategy ids are kept for good, so a plan saved against an older
 * version still names its strategies.
 */
export const COPING_LIBRARY_PACK_ID = 'tend.coping-strategies';

const ZLocalised = z.object({ en: z.string(), es: z.string() });
export const ZStrategy = z
  .object({
    id: z.string(),
    kind: z.enum(COPING_KINDS),
    when: z.array(z.enum(PLAN_PARTS)).describe('the parts of a coping plan it suits best'),
    title: ZLocalised,
    description: ZLocalised,
  })
  .openapi('CopingStrategy');
export type TStrategy = z.infer<typeof ZStrategy>;

/** A pack's text in every locale Tend has: a locale the pack lacks reads as the pack's first. */
const inEveryLocale = (text: TText, packLocales: readonly string[]) => {
  const fallback = text[packLocales[0] as keyof TText] ?? Object.values(text)[0] ?? '';
  return Object.fromEntries(LOCALES.map((locale) => [locale, text[locale] ?? fallback])) as z.infer<typeof ZLocalised>;
};

/** The strategies of a coping pack, as the API gives them. Pure. */
export function strategiesOf(pack: TCopingPack): TStrategy[] {
  return pack.body.strategies.map((s) => ({
    id: s.id,
    kind: s.kind,
    when: [...s.when],
    title: inEveryLocale(s.title, pack.locales),
    description: inEveryLocale(s.description, pack.locales),
  }));
}

/** The library: the latest installed coping pack's strategies; none when no such pack is installed. */
export async function readCopingLibrary(q: Queryable): Promise<TStrategy[]> {
  const stored = await getPack(q, COPING_LIBRARY_PACK_ID);
  return stored?.pack.kind === 'coping' ? strategiesOf(stored.pack) : [];
}
