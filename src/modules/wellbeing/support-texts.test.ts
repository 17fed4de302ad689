import { describe, expect, it } from 'vitest';
import { hasText, mergeTexts, pickText } from './support-texts.js';

describe('a support contact’s texts per language', () => {
  it.each([
    { before: {}, input: 'Line', expected: { es: 'Line' }, why: 'a plain text is the default language’s' },
    { before: { en: 'Line' }, input: { es: 'Línea' }, expected: { en: 'Line', es: 'Línea' }, why: 'an object sets only the languages it names' },
    { before: { en: 'Line', es: 'Línea' }, input: { es: null }, expected: { en: 'Line' }, why: 'null removes a language' },
    { before: { en: 'Line', es: 'Línea' }, input: { en: '  ' }, expected: { es: 'Línea' }, why: 'blank removes a language' },
    { before: { en: 'Line' }, input: undefined, expected: { en: 'Line' }, why: 'nothing given keeps them' },
    { before: { en: 'Line' }, input: null, expected: {}, why: 'null for the field removes every language' },
  ])('$why', ({ before, input, expected }) => {
    expect(mergeTexts(before, input, 'es')).toEqual(expected);
  });

  it('a reader sees their language, else the default, else any; with the language it is in', () => {
    expect(pickText({ en: 'Line', es: 'Línea' }, 'es', 'en')).toEqual({ text: 'Línea', lang: 'es' });
    expect(pickText({ en: 'Line' }, 'es', 'en')).toEqual({ text: 'Line', lang: 'en' });
    expect(pickText({ es: 'Línea' }, 'en', 'en')).toEqual({ text: 'Línea', lang: 'es' });
    expect(pickText({}, 'en', 'en')).toBeNull();
    expect(hasText({})).toBe(false);
    expect(hasText({ es: 'Línea' })).toBe(true);
  });
});
