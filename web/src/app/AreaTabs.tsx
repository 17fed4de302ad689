import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Role } from '../api/session';
import { AREA_HOME, areaOf, placeAt, sectionsFor } from './nav';

/**
 * Above every page of an area: the way back to the area's page, and tabs to the sibling pages of
 * its section (links with aria-current, so each keeps its own address). Arrow keys, Home and End
 * move between tabs as well as Tab does. On a narrow screen the row scrolls sideways, with faded
 * edges showing there is more, and the current tab is scrolled into view.
 */
export function AreaTabs({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const list = useRef<HTMLUListElement>(null);
  const place = placeAt(pathname, roles);
  const section = place?.section;

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the page changes, to bring its tab into view
  useEffect(() => {
    const row = list.current;
    const tab = row?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!row || !tab) return;
    // scroll the row only (scrollIntoView could move the whole page)
    const left = tab.offsetLeft - row.offsetLeft;
    if (left < row.scrollLeft || left + tab.offsetWidth > row.scrollLeft + row.clientWidth) row.scrollLeft = left - 24;
  }, [pathname]);

  if (!place || !section) return null;
  const area = areaOf(section);
  const siblings = sectionsFor(area, roles).find((s) => s.section === section)?.places ?? [];
  const sectionName = t(`nav.sections.${section}`);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const tabs = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a')];
    const at = tabs.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    tabs[(next + tabs.length) % tabs.length]?.focus();
  };

  return (
    <nav className="area-tabs" aria-label={t('nav.tabsOf', { section: sectionName })}>
      <p className="area-trail">
        <Link to={AREA_HOME[area]}>{t(`nav.areas.${area}`)}</Link>
        <span aria-hidden="true"> › </span>
        <span>{sectionName}</span>
      </p>
      {siblings.length > 1 ? (
        <ul ref={list} onKeyDown={onKeyDown}>
          {siblings.map((sibling) => (
            <li key={sibling.to}>
              <Link to={sibling.to} aria-current={sibling.to === pathname ? 'page' : sibling === place ? 'true' : undefined}>
                {t(`nav.${sibling.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </nav>
  );
}
