import { z } from '@hono/zod-openapi';

/**
 * A support contact's words in each language the organisation uses: pure rules, no I/O. An admin
 * may write a text in one language only; a reader then sees the other rather than nothing, since
 * a crisis line's name in the "wrong" language still helps more than a blank.
 */

export const CONTACT_LOCALES = ['en', 'es'] as const;
export type ContactLocale = (typeof CONTACT_LOCALES)[number];

/** One text per language; a language left out has no text. */
export type LocalTexts = Partial<Record<ContactLocale, string>>;

export const ZLocalTexts = z
  .object({ en: z.string().optional(), es: z.string().optional() })
  .openapi('SupportContactTexts', { description: 'The text in each language it is written in (en, es); a language left out has none.' });

/**
 * A text field as an admin sends it: a plain string is the organisation's default language (what
 * clients wrote before there were languages); an object sets the languages it names, and null or
 * an empty string removes one.
 */
export const zTextInput = (max: number, options: { required?: boolean } = {}) => {
  const one = z.string().trim().max(max, `must be at most ${max} characters`);
  return z.union([
    // a required text given plainly cannot be empty (in an object, an empty language is removed)
    options.required ? one.min(1, 'cannot be empty') : one,
    z.strictObject({ en: one.nullable().optional(), es: one.nullable().optional() }, { error: 'must be a text, or an object of en and es texts' }),
  ]);
};
export type TTextInput = string | Partial<Record<ContactLocale, string | null | undefined>>;

/**
 * The texts after a change: `input` undefined keeps them; a string sets the default language's
 * text; an object sets or (null, empty) removes each language it names.
 * @example mergeTexts({ en: 'Line' }, { es: 'Línea' }, 'en') // { en: 'Line', es: 'Línea' }
 */
export function mergeTexts(before: LocalTexts, input: TTextInput | null | undefined, defaultLocale: ContactLocale): LocalTexts {
  if (input === undefined) return before;
  const changes: Partial<Record<ContactLocale, string | null | undefined>> = input === null ? { en: null, es: null } : typeof input === 'string' ? { [defaultLocale]: input } : input;
  const out: LocalTexts = { ...before };
  for (const locale of CONTACT_LOCALES) {
    if (!(locale in changes)) continue;
    const text = changes[locale]?.trim();
    if (text) out[locale] = text;
    else delete out[locale];
  }
  return out;
}

/**
 * The text for a reader of `locale`, and the language it is in: theirs when written, otherwise
 * the organisation's default, otherwise any; null when the field has no text at all.
 */
export function pickText(texts: LocalTexts, locale: string, defaultLocale: ContactLocale): { text: string; lang: ContactLocale } | null {
  for (const lang of [locale, defaultLocale, ...CONTACT_LOCALES]) {
    const text = texts[lang as ContactLocale];
    if (text) return { text, lang: lang as ContactLocale };
  }
  return null;
}

/** Whether a text field has words in at least one language. */
export const hasText = (texts: LocalTexts) => CONTACT_LOCALES.some((l) => Boolean(texts[l]));
