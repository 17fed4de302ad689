import { readFileSync } from 'node:fs';
import i18next from 'i18next';

/**
 * For unit tests of chart sentences: a `t` over the real texts of one capability and the core
 * texts, in one language, so a test reads exactly what a person would.
 */
export async function textsFor(lng: 'en' | 'es', feature: string) {
  const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Record<string, unknown>;
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { [lng]: { translation: { ...read(`../../locales/${lng}.json`), ...read(`../../locales/features/${feature}.${lng}.json`) } } },
    interpolation: { escapeValue: false },
  });
  return instance.t.bind(instance) as (key: string, options?: Record<string, unknown>) => string;
}
