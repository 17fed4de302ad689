import type { Role } from '../api/session';

/** One place in the app: where it lives, who may open it, and the locale keys that name it. */
export interface Place {
  to: string;
  /** Key under `nav.` for the link, and under `home.cards.` for the card on Home. */
  key: string;
  /** Any of these roles may open it; absent means everyone signed in. */
  roles?: Role[];
  /** The navigation section it is listed under. */
  group: NavGroup;
}

/** Who keeps a private well-being space: everyone who works with people (not the regional hub's analysts). */
export const WELLBEING_ROLES: Role[] = ['worker', 'supervisor', 'org_admin'];

export const PLACES: Place[] = [
  { to: '/', key: 'home', group: 'you' },
  { to: '/me/level', key: 'myLevel', group: 'you' },
  { to: '/me/self-assessment', key: 'selfAssessment', group: 'you', roles: ['worker', 'supervisor', 'org_admin'] },
  { to: '/me/development', key: 'myDevelopment', group: 'you', roles: ['worker', 'supervisor', 'org_admin'] },
  { to: '/my-assessments', key: 'myAssessments', group: 'you' },
  { to: '/framework', key: 'framework', group: 'you' },
  { to: '/my-records', key: 'accessLog', group: 'you' },
  { to: '/settings', key: 'settings', group: 'you' },
  { to: '/me/wellbeing', key: 'wellbeing', group: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/me/wellbeing/check-in', key: 'wellbeingCheckIn', group: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/me/wellbeing/results', key: 'wellbeingResults', group: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/me/wellbeing/profile', key: 'wellbeingProfile', group: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/me/wellbeing/coping-plan', key: 'wellbeingCopingPlan', group: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/me/wellbeing/reflections', key: 'wellbeingReflections', group: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/me/wellbeing/sharing', key: 'wellbeingSharing', group: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/me/wellbeing/data', key: 'wellbeingData', group: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/shared-with-me', key: 'sharedWithMe', group: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/team', key: 'team', group: 'team', roles: ['supervisor'] },
  { to: '/team/plans', key: 'teamPlans', group: 'team', roles: ['supervisor', 'org_admin'] },
  { to: '/team/placement', key: 'placement', group: 'team', roles: ['supervisor', 'org_admin'] },
  { to: '/team/needs', key: 'needs', group: 'team', roles: ['supervisor', 'org_admin'] },
  { to: '/team/coverage', key: 'teamCoverage', group: 'team', roles: ['supervisor'] },
  { to: '/admin/people', key: 'people', group: 'organisation', roles: ['org_admin'] },
  { to: '/admin/units', key: 'units', group: 'organisation', roles: ['org_admin'] },
  { to: '/admin/import', key: 'import', group: 'organisation', roles: ['org_admin'] },
  { to: '/admin/courses', key: 'courses', group: 'organisation', roles: ['org_admin'] },
  { to: '/admin/training-import', key: 'trainingImport', group: 'organisation', roles: ['org_admin'] },
  { to: '/admin/coverage', key: 'coverage', group: 'organisation', roles: ['org_admin'] },
  { to: '/admin/workforce', key: 'workforce', group: 'organisation', roles: ['org_admin'] },
  { to: '/admin/workforce/import', key: 'workforceImport', group: 'organisation', roles: ['org_admin'] },
  { to: '/workforce/figures', key: 'workforceFigures', group: 'organisation', roles: ['org_admin', 'supervisor'] },
  { to: '/workforce/outcomes', key: 'outcomes', group: 'organisation', roles: ['org_admin', 'supervisor'] },
  { to: '/admin/assessments', key: 'assessments', group: 'organisation', roles: ['org_admin'] },
  { to: '/admin/audit', key: 'audit', group: 'organisation', roles: ['org_admin'] },
  { to: '/admin/organisation', key: 'organisation', group: 'organisation', roles: ['org_admin'] },
  { to: '/admin/support-contacts', key: 'supportContacts', group: 'organisation', roles: ['org_admin'] },
  { to: '/admin/instruments', key: 'instruments', group: 'organisation', roles: ['org_admin'] },
  { to: '/regional-overview', key: 'regional', group: 'region', roles: ['hub_analyst'] },
];

/** The navigation's sections, in order; each is named by `nav.groups.<group>`. */
export const NAV_GROUPS = ['you', 'wellbeing', 'team', 'organisation', 'region'] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

/** This person's places, section by section, leaving out sections with nothing in them. */
export const groupedPlacesFor = (roles: readonly Role[]) =>
  NAV_GROUPS.map((group) => ({ group, places: placesFor(roles).filter((p) => p.group === group) })).filter((g) => g.places.length > 0);

/** Whether another place lives under this address (/team/plans under /team): then only the exact address marks it current. */
export const hasPlaceBelow = (to: string) => to !== '/' && PLACES.some((p) => p.to.startsWith(`${to}/`));

export const canOpen = (place: Pick<Place, 'roles'>, roles: readonly Role[]) => !place.roles || place.roles.some((r) => roles.includes(r));

/** The places this person's roles open, in menu order. */
export const placesFor = (roles: readonly Role[]) => PLACES.filter((p) => canOpen(p, roles));
