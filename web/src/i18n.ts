import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from './api/client';
import en from './locales/en.json';
import es from './locales/es.json';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

// Only the language chosen before sign-in is kept on this computer; once signed in, the account remembers it.
const STORAGE_KEY = 'tend.language';

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

function initialLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // storage can be blocked (private modes, policies): fall back to the browser's language
  }
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Remembers the language on this computer (only used while nobody is signed in). */
export function rememberLanguageLocally(lng: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // not being able to remember is harmless
  }
}

function applyLanguage(lng: string) {
  document.documentElement.lang = lng;
  setApiLanguage(lng);
}

i18next.on('languageChanged', applyLanguage);

/**
 * Each capability keeps its texts in `locales/features/<capability>.<lang>.json`, under its own
 * top-level key, so pages written side by side never edit the same file. The parity test
 * (locales.test.ts) checks every English key has a Spanish one and no two files share a key.
 */
const featureFiles = import.meta.glob<Record<string, unknown>>('./locales/features/*.json', { eager: true, import: 'default' });
const translations: Record<Language, Record<string, unknown>> = { en: { ...en }, es: { ...es } };
for (const [path, texts] of Object.entries(featureFiles)) {
  const lng = path.split('.').at(-2);
  if (isLanguage(lng)) Object.assign(translations[lng], texts);
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: translations.en }, es: { translation: translations.es } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes what it renders
  returnNull: false,
});
applyLanguage(i18next.language);

export default i18next;
