import type { Role } from '../api/session';

/**
 * Where everything lives. The navigation shows a handful of areas (You, Your team, Organisation,
 * Region, Help), never every page: each area has a landing page listing its pages by section, and
 * every page of a section carries tabs to its siblings, so any page is two steps from anywhere
 * (area → page, or area → tab) while the menu stays short enough to read when tired.
 */

/** The areas, in menu order; each is named by `nav.areas.<area>`. */
export const AREAS = ['you', 'team', 'organisation', 'region', 'help'] as const;
export type Area = (typeof AREAS)[number];

/** Each area's landing page. */
export const AREA_HOME: Record<Area, string> = {
  you: '/you',
  team: '/your-team',
  organisation: '/organisation',
  region: '/region',
  help: '/help',
};

/** The sections of each area, in order; each is named by `nav.sections.<section>`, and its pages share one tab list. */
export const SECTIONS = {
  practice: 'you',
  wellbeing: 'you',
  support: 'you',
  account: 'you',
  teamPeople: 'team',
  teamGrowth: 'team',
  teamCare: 'team',
  orgPeople: 'organisation',
  orgTraining: 'organisation',
  orgFigures: 'organisation',
  orgCare: 'organisation',
  orgSetup: 'organisation',
  regionHub: 'region',
  regionFigures: 'region',
} as const satisfies Record<string, Area>;
export type Section = keyof typeof SECTIONS;

/** One place in the app: where it lives, who may open it, and the locale keys that name it. */
export interface Place {
  to: string;
  /** Key of its name under nav; Home's card and the line on its area's page use the same key in their own texts. */
  key: string;
  /** Any of these roles may open it; absent means everyone of an organisation signed in (a hub's people only where a hub role is listed, or `anyTenant`). */
  roles?: Role[];
  /** Open to a hub's people as well as an organisation's (Home). */
  anyTenant?: boolean;
  /** The section of the older flat navigation, still used by Home to group its cards. */
  group: NavGroup;
  /** Its section within an area (absent for Home itself, which is reached from everywhere). */
  section?: Section;
}

/** A regional hub's roles: an account holding one is a hub's (the server gives each tenant's accounts only its own roles). */
export const HUB_ROLES: Role[] = ['hub_admin', 'hub_analyst'];
export const isHubAccount = (roles: readonly Role[]) => roles.some((r) => HUB_ROLES.includes(r));

/** Who keeps a private well-being space: everyone who works with people (not the regional hub's analysts). */
export const WELLBEING_ROLES: Role[] = ['worker', 'supervisor', 'org_admin'];

export const PLACES: Place[] = [
  { to: '/', key: 'home', group: 'you', anyTenant: true },
  // You: your practice and development
  { to: '/me/level', key: 'myLevel', group: 'you', section: 'practice' },
  { to: '/me/self-assessment', key: 'selfAssessment', group: 'you', section: 'practice', roles: ['worker', 'supervisor', 'org_admin'] },
  { to: '/me/development', key: 'myDevelopment', group: 'you', section: 'practice', roles: ['worker', 'supervisor', 'org_admin'] },
  { to: '/my-assessments', key: 'myAssessments', group: 'you', section: 'practice' },
  { to: '/framework', key: 'framework', group: 'you', section: 'practice' },
  // You: the private well-being space (the person's alone)
  { to: '/me/wellbeing', key: 'wellbeing', group: 'wellbeing', section: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/me/wellbeing/check-in', key: 'wellbeingCheckIn', group: 'wellbeing', section: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/me/wellbeing/results', key: 'wellbeingResults', group: 'wellbeing', section: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/me/wellbeing/profile', key: 'wellbeingProfile', group: 'wellbeing', section: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/me/wellbeing/coping-plan', key: 'wellbeingCopingPlan', group: 'wellbeing', section: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/me/wellbeing/reflections', key: 'wellbeingReflections', group: 'wellbeing', section: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/me/after-hard-events', key: 'afterHardEvents', group: 'wellbeing', section: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/me/wellbeing/sharing', key: 'wellbeingSharing', group: 'wellbeing', section: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/shared-with-me', key: 'sharedWithMe', group: 'wellbeing', section: 'wellbeing', roles: WELLBEING_ROLES },
  { to: '/me/wellbeing/data', key: 'wellbeingData', group: 'wellbeing', section: 'wellbeing', roles: WELLBEING_ROLES },
  // You: support around you — supervision (S.org.5), peers, and staff voice (its own people, not the hub's analysts)
  { to: '/me/supervision', key: 'mySupervision', group: 'you', section: 'support', roles: WELLBEING_ROLES },
  { to: '/peers', key: 'peers', group: 'wellbeing', section: 'support', roles: WELLBEING_ROLES },
  { to: '/peers/buddies', key: 'peerBuddies', group: 'wellbeing', section: 'support', roles: WELLBEING_ROLES },
  { to: '/peers/supporters', key: 'peerSupporters', group: 'wellbeing', section: 'support', roles: WELLBEING_ROLES },
  { to: '/voice', key: 'voice', group: 'you', section: 'support', roles: WELLBEING_ROLES },
  { to: '/voice/announcements', key: 'announcements', group: 'you', section: 'support', roles: WELLBEING_ROLES },
  // You: your account
  { to: '/settings', key: 'settings', group: 'you', section: 'account' },
  { to: '/my-records', key: 'accessLog', group: 'you', section: 'account' },
  // Your team
  { to: '/team', key: 'team', group: 'team', section: 'teamPeople', roles: ['supervisor'] },
  { to: '/supervision/supervisees', key: 'supervisees', group: 'team', section: 'teamPeople', roles: ['supervisor'] },
  { to: '/me/supervision-self-rating', key: 'supervisionSelfRating', group: 'team', section: 'teamPeople', roles: ['supervisor'] },
  { to: '/team/plans', key: 'teamPlans', group: 'team', section: 'teamGrowth', roles: ['supervisor', 'org_admin'] },
  { to: '/team/placement', key: 'placement', group: 'team', section: 'teamGrowth', roles: ['supervisor', 'org_admin'] },
  { to: '/team/needs', key: 'needs', group: 'team', section: 'teamGrowth', roles: ['supervisor', 'org_admin'] },
  { to: '/team/coverage', key: 'teamCoverage', group: 'team', section: 'teamGrowth', roles: ['supervisor'] },
  { to: '/hard-events', key: 'hardEvents', group: 'team', section: 'teamCare', roles: WELLBEING_ROLES },
  // Organisation
  { to: '/admin/people', key: 'people', group: 'organisation', section: 'orgPeople', roles: ['org_admin'] },
  { to: '/admin/units', key: 'units', group: 'organisation', section: 'orgPeople', roles: ['org_admin'] },
  { to: '/admin/import', key: 'import', group: 'organisation', section: 'orgPeople', roles: ['org_admin'] },
  { to: '/admin/workforce', key: 'workforce', group: 'organisation', section: 'orgPeople', roles: ['org_admin'] },
  { to: '/admin/workforce/import', key: 'workforceImport', group: 'organisation', section: 'orgPeople', roles: ['org_admin'] },
  { to: '/admin/courses', key: 'courses', group: 'organisation', section: 'orgTraining', roles: ['org_admin'] },
  { to: '/admin/training-import', key: 'trainingImport', group: 'organisation', section: 'orgTraining', roles: ['org_admin'] },
  { to: '/admin/coverage', key: 'coverage', group: 'organisation', section: 'orgTraining', roles: ['org_admin'] },
  { to: '/workforce/figures', key: 'workforceFigures', group: 'organisation', section: 'orgFigures', roles: ['org_admin', 'supervisor'] },
  { to: '/workforce/outcomes', key: 'outcomes', group: 'organisation', section: 'orgFigures', roles: ['org_admin', 'supervisor'] },
  { to: '/admin/assessments', key: 'assessments', group: 'organisation', section: 'orgFigures', roles: ['org_admin'] },
  { to: '/admin/voice', key: 'voiceHandling', group: 'organisation', section: 'orgCare', roles: ['org_admin'] },
  { to: '/admin/supervision', key: 'supervisionAdmin', group: 'organisation', section: 'orgCare', roles: ['org_admin'] },
  { to: '/admin/support-contacts', key: 'supportContacts', group: 'organisation', section: 'orgCare', roles: ['org_admin'] },
  { to: '/admin/instruments', key: 'instruments', group: 'organisation', section: 'orgCare', roles: ['org_admin'] },
  { to: '/admin/organisation', key: 'organisation', group: 'organisation', section: 'orgSetup', roles: ['org_admin'] },
  { to: '/admin/audit', key: 'audit', group: 'organisation', section: 'orgSetup', roles: ['org_admin'] },
  { to: '/admin/regional-hub', key: 'regionalHub', group: 'organisation', section: 'orgSetup', roles: ['org_admin'] },
  { to: '/collaboratives', key: 'collaboratives', group: 'organisation', section: 'orgSetup', roles: ['org_admin'] },
  { to: '/admin/hub-standards', key: 'hubStandards', group: 'organisation', section: 'orgSetup', roles: ['org_admin'] },
  // Region: a hub's own pages (its people only: every organisation page is not found for them)
  { to: '/region/hub', key: 'hubHome', group: 'region', section: 'regionHub', roles: HUB_ROLES },
  { to: '/region/invite', key: 'hubInvite', group: 'region', section: 'regionHub', roles: ['hub_admin'] },
  { to: '/region/collaboratives', key: 'hubCollaboratives', group: 'region', section: 'regionHub', roles: HUB_ROLES },
  { to: '/region/standards', key: 'regionStandards', group: 'region', section: 'regionHub', roles: HUB_ROLES },
  { to: '/region/people', key: 'hubPeople', group: 'region', section: 'regionHub', roles: HUB_ROLES },
  { to: '/region/settings', key: 'hubSettings', group: 'region', section: 'regionHub', roles: HUB_ROLES },
  { to: '/regional-overview', key: 'regional', group: 'region', section: 'regionFigures', roles: ['hub_analyst'] },
];

/** The older flat navigation's sections, in order; each is named by `nav.groups.<group>` (Home still groups its cards by them). */
export const NAV_GROUPS = ['you', 'wellbeing', 'team', 'organisation', 'region'] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

/**
 * Whether these roles open the place. A hub's people open only places naming a hub role (or
 * open to any tenant): an organisation's pages would be not found for them.
 */
export const canOpen = (place: Pick<Place, 'roles' | 'anyTenant'>, roles: readonly Role[]) => {
  if (place.anyTenant) return true;
  if (!place.roles) return !isHubAccount(roles);
  return place.roles.some((r) => roles.includes(r));
};

/** The places this person's roles open, in menu order. */
export const placesFor = (roles: readonly Role[]) => PLACES.filter((p) => canOpen(p, roles));

/** This person's places, grouped as the older flat navigation was, leaving out groups with nothing in them. */
export const groupedPlacesFor = (roles: readonly Role[]) =>
  NAV_GROUPS.map((group) => ({ group, places: placesFor(roles).filter((p) => p.group === group) })).filter((g) => g.places.length > 0);

/** Whether another place lives under this address (/team/plans under /team): then only the exact address marks it current. */
export const hasPlaceBelow = (to: string) => to !== '/' && PLACES.some((p) => p.to.startsWith(`${to}/`));

/** The area a section belongs to. */
export const areaOf = (section: Section): Area => SECTIONS[section];

/** The sections of an area this person can open, each with its pages, in order. */
export function sectionsFor(area: Area, roles: readonly Role[]): { section: Section; places: Place[] }[] {
  const mine = placesFor(roles);
  return (Object.keys(SECTIONS) as Section[])
    .filter((section) => SECTIONS[section] === area)
    .map((section) => ({ section, places: mine.filter((p) => p.section === section) }))
    .filter((s) => s.places.length > 0);
}

/** The areas this person's roles open, in menu order: only those with a page for them (Help always). */
export const areasFor = (roles: readonly Role[]): Area[] => AREAS.filter((area) => area === 'help' || sectionsFor(area, roles).length > 0);

/**
 * The place an address belongs to, among this person's places: the exact page, or the nearest
 * page above it (/team/plans/42 belongs to Development plans), so a detail page keeps its tabs.
 */
export function placeAt(pathname: string, roles: readonly Role[]): Place | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const mine = placesFor(roles).filter((p) => p.section);
  return mine.find((p) => p.to === path) ?? mine.filter((p) => path.startsWith(`${p.to}/`)).sort((a, b) => b.to.length - a.to.length)[0];
}

/** The area an address sits in: its landing page, or the area of the place it belongs to. */
export function areaAt(pathname: string, roles: readonly Role[]): Area | undefined {
  const landing = AREAS.find((area) => AREA_HOME[area] === pathname);
  if (landing) return landing;
  const place = placeAt(pathname, roles);
  return place?.section ? areaOf(place.section) : undefined;
}
