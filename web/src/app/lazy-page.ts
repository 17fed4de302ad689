import { type ComponentType, lazy } from 'react';
import i18next from '../i18n';

/**
 * A page loaded when first opened, together with the texts it shows: its code and its
 * capabilities' texts (`locales/features/<namespace>.<lang>.json`) arrive as one step, so a page
 * never shows before its words. Texts already in are not fetched again, and once in they follow
 * every change of language. page-texts.test.ts checks each page names every namespace its code uses.
 */
export function lazyPage<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name, namespaces: readonly string[]) {
  return lazy(async () => {
    // every signed-in page may show the server's field problems (an import's rows, a refusal)
    const [module] = await Promise.all([load(), i18next.loadNamespaces([...namespaces, 'server-problems'])]);
    return { default: module[name] as ComponentType<unknown> };
  });
}
