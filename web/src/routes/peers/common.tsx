import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import './peers.css';

/** Said before anything is written: who will read it. */
export function WhoSees({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="peers-who-sees">
      <p>
        <strong>{t('wellbeing.whoSees.title')}</strong> {children}
      </p>
    </div>
  );
}

/** Above every free-text field where someone might describe a hard contact: effects, not graphic detail. */
export function CalmReminder({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <p className="peers-calm" id={id}>
      {t('peers.calmReminder')}
    </p>
  );
}

/** The three places of peer support, one step from each other. */
export function PeersNav() {
  const { t } = useTranslation();
  const links = [
    ['/peers', 'communities'],
    ['/peers/buddies', 'buddies'],
    ['/peers/supporters', 'supporters'],
  ] as const;
  return (
    <nav aria-label={t('peers.sections.label')} className="peers-nav">
      <ul>
        {links.map(([to, key]) => (
          <li key={to}>
            <NavLink to={to} end>
              {t(`peers.sections.${key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
