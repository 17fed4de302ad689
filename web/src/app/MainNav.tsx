import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import type { Role } from '../api/session';
import { AREA_HOME, areaAt, areasFor } from './nav';
import './nav.css';

/**
 * The main navigation: Home and the areas this person's roles open, never every page. On a
 * narrow screen it folds behind a menu button (a disclosure: aria-expanded, aria-controls);
 * Escape closes it and puts focus back on the button, and opening a page closes it.
 */
export function MainNav({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // open for the address it was opened at: moving to another page closes it without an effect
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  const button = useRef<HTMLButtonElement>(null);
  const current = areaAt(pathname, roles);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpenAt(null);
    button.current?.focus();
  };

  return (
    <nav aria-label={t('nav.label')} className={open ? 'main-nav is-open' : 'main-nav'} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-controls="main-nav-areas"
        onClick={() => setOpenAt(open ? null : pathname)}
      >
        <span className="menu-icon" aria-hidden="true" />
        {t('nav.menu')}
      </button>
      <ul id="main-nav-areas">
        <li>
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
        </li>
        {areasFor(roles).map((area) => (
          <li key={area}>
            {/* the area's own page is the current page; any page inside it makes the area the current location */}
            <Link to={AREA_HOME[area]} aria-current={pathname === AREA_HOME[area] ? 'page' : current === area ? 'true' : undefined}>
              {t(`nav.areas.${area}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
