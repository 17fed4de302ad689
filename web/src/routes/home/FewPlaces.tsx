import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../../api/session';
import { placesFor } from '../../app/nav';
import { readCounts, rankPlaces } from './place-visits';

/**
 * Where each role usually goes, in this order: the list until the person's own visits say
 * otherwise (place-visits.ts). Keys name places in nav.ts: one the navigation no longer has is
 * simply left out.
 */
const USUAL: Record<Role, string[]> = {
  worker: ['wellbeing', 'myDevelopment', 'myAssessments', 'mySupervision'],
  supervisor: ['team', 'supervisees', 'teamPlans', 'wellbeing'],
  org_admin: ['people', 'assessments', 'units', 'organisation'],
  hub_admin: ['hubHome', 'hubInvite', 'hubPeople', 'hubSettings'],
  hub_analyst: ['hubHome', 'hubPeople', 'hubSettings', 'regional'],
};

/** A short list of the person's most-used places (not a copy of the navigation). */
export function FewPlaces({ personId, roles }: { personId: string; roles: readonly Role[] }) {
  const { t } = useTranslation();
  const open = placesFor(roles);
  const usual = [...new Set(roles.flatMap((role) => USUAL[role] ?? []))];
  const keys = rankPlaces(readCounts(personId), usual, open.map((p) => p.key));
  const places = keys.flatMap((key) => open.filter((p) => p.key === key).slice(0, 1));
  if (places.length === 0) return null;
  return (
    <nav className="home-places" aria-labelledby="home-places-heading">
      <h2 id="home-places-heading">{t('homeTasks.places')}</h2>
      <ul className="plain-list home-places-list">
        {places.map((place) => (
          <li key={place.to}>
            <Link to={place.to}>{t(`nav.${place.key}`)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
