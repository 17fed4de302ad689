import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { Role } from '../../api/session';
import { placeAt } from '../../app/nav';
import { recordVisit } from './place-visits';

/** Counts each page the person opens towards Home's "places you use most" (kept in this browser only). Renders nothing. */
export function PlaceVisitCounter({ personId, roles }: { personId: string; roles: readonly Role[] }) {
  const { pathname } = useLocation();
  useEffect(() => {
    const place = placeAt(pathname, roles);
    if (place) recordVisit(personId, place.key);
  }, [pathname, personId, roles]);
  return null;
}
