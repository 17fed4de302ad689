import type { Role } from '../api/session';

/** One place in the app: where it lives, who may open it, and the locale keys that name it. */
export interface Place {
  to: string;
  /** Key under `nav.` for the link, and under `home.cards.` for the card on Home. */
  key: string;
  /** Any of these roles may open it; absent means everyone signed in. */
  roles?: Role[];
}

export const PLACES: Place[] = [
  { to: '/', key: 'home' },
  { to: '/team', key: 'team', roles: ['supervisor'] },
  { to: '/team/plans', key: 'teamPlans', roles: ['supervisor', 'org_admin'] },
  { to: '/team/placement', key: 'placement', roles: ['supervisor', 'org_admin'] },
  { to: '/team/needs', key: 'needs', roles: ['supervisor', 'org_admin'] },
  { to: '/admin/people', key: 'people', roles: ['org_admin'] },
  { to: '/admin/units', key: 'units', roles: ['org_admin'] },
  { to: '/admin/import', key: 'import', roles: ['org_admin'] },
  { to: '/admin/audit', key: 'audit', roles: ['org_admin'] },
  { to: '/admin/organisation', key: 'organisation', roles: ['org_admin'] },
  { to: '/regional-overview', key: 'regional', roles: ['hub_analyst'] },
  { to: '/me/self-assessment', key: 'selfAssessment', roles: ['worker', 'supervisor', 'org_admin'] },
  { to: '/me/development', key: 'myDevelopment', roles: ['worker', 'supervisor', 'org_admin'] },
  { to: '/team/coverage', key: 'teamCoverage', roles: ['supervisor'] },
  { to: '/admin/courses', key: 'courses', roles: ['org_admin'] },
  { to: '/admin/training-import', key: 'trainingImport', roles: ['org_admin'] },
  { to: '/admin/coverage', key: 'coverage', roles: ['org_admin'] },
  { to: '/me/level', key: 'myLevel' },
  { to: '/framework', key: 'framework' },
  { to: '/my-records', key: 'accessLog' },
  { to: '/settings', key: 'settings' },
];

/** Whether another place lives under this address (/team/plans under /team): then only the exact address marks it current. */
export const hasPlaceBelow = (to: string) => to !== '/' && PLACES.some((p) => p.to.startsWith(`${to}/`));

export const canOpen = (place: Pick<Place, 'roles'>, roles: readonly Role[]) => !place.roles || place.roles.some((r) => roles.includes(r));

/** The places this person's roles open, in menu order. */
export const placesFor = (roles: readonly Role[]) => PLACES.filter((p) => canOpen(p, roles));
