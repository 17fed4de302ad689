import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from './api/client';

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

type Texts = Record<string, unknown>;

/**
 * Texts are loaded when needed, one language at a time: the core texts (`locales/<lang>.json`)
 * and the sign-in pages' own (`identity`) before the first page shows; every other capability's
 * texts with the first page that shows them (app/lazy-page.ts), so the sign-in page carries neither
 * the other language nor the texts of pages it never shows. Each capability keeps its texts in
 * `locales/features/<capability>.<lang>.json`, under its own top-level key, as a namespace of
 * the same name that `t('capability.key')` falls back to, so pages never name a namespace.
 * The parity test (locales.test.ts) checks every English key has a Spanish one and no two files
 * share a key.
 */
const CORE = import.meta.glob<Texts>('./locales/*.json', { import: 'default' });
const FEATURES = import.meta.glob<Texts>('./locales/features/*.json', { import: 'default' });

/** Every capability's namespace (its file's name), in a stable order. */
export const FEATURE_NAMESPACES = [...new Set(Object.keys(FEATURES).map((path) => path.split('/').at(-1)!.split('.')[0]!))].sort();
/** What the pages before sign-in need besides the core texts. */
const SIGN_IN_NAMESPACES = ['identity'];

/** Where a language's namespace lives; a capability without a file in that language has none. */
export function textsLoader(lng: string, ns: string): (() => Promise<Texts>) | undefined {
  return ns === 'translation' ? CORE[`./locales/${lng}.json`] : FEATURES[`./locales/features/${ns}.${lng}.json`];
}

const lazyTexts = {
  type: 'backend' as const,
  init() {},
  read(lng: string, ns: string, callback: (error: unknown, texts: Texts | false) => void) {
    const load = textsLoader(lng, ns);
    if (!load) return callback(null, {});
    load().then(
      (texts) => callback(null, texts),
      (error: unknown) => callback(error, false),
    );
  },
};

/** Resolves once the first page's texts are in: render after it. */
export const textsReady = i18next
  .use(lazyTexts)
  .use(initReactI18next)
  .init({
    lng: initialLanguage(),
    // each language is complete (the parity test): never load a second one behind it
    fallbackLng: false,
    load: 'currentOnly',
    supportedLngs: [...LANGUAGES],
    ns: ['translation', ...SIGN_IN_NAMESPACES],
    defaultNS: 'translation',
    fallbackNS: FEATURE_NAMESPACES,
    interpolation: { escapeValue: false }, // React escapes what it renders
    returnNull: false,
    // a text asked for and not found (its page did not name its namespace): noted where the
    // browser tests read it (window.tendMissingTexts), and in the console for whoever develops
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => noteMissingText(key),
  });

declare global {
  interface Window {
    tendMissingTexts?: string[];
  }
}

function noteMissingText(key: string) {
  // the server's messages are looked up by their English wording, which English shows as it is
  if (key.startsWith('serverProblems.')) return;
  window.tendMissingTexts ??= [];
  if (!window.tendMissingTexts.includes(key)) {
    window.tendMissingTexts.push(key);
    console.warn(`Tend: no text for "${key}" in ${i18next.language}`);
  }
}
void textsReady.then(() => applyLanguage(i18next.language));

export default i18next;
