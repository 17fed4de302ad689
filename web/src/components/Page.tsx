import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { announce } from './announcer';

// The first page shown keeps focus where the browser put it, so "Skip to main content" stays the first Tab stop.
let lastPath: string | null = null;

/**
 * Every page's frame: its one h1, the document title ("People — Tend"), and on navigation
 * focus moved to the h1 and the new page announced, as a full page load would.
 */
export function Page({ title, children, lead }: { title: string; children?: ReactNode; lead?: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();

  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only, not when the title is translated
  useEffect(() => {
    if (lastPath === null) {
      lastPath = pathname;
      return;
    }
    if (lastPath === pathname) return;
    lastPath = pathname;
    heading.current?.focus();
    announce(title);
  }, [pathname]);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {lead ? <div className="lead">{lead}</div> : null}
      {children}
    </>
  );
}
