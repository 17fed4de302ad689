/**
 * The demo organisation: a community health and social care provider with services, teams and
 * about sixty people, staff and volunteers; one small team (Night Support) is under the minimum
 * group size, so its figures are hidden. Pure data, built the same way every time.
 */
import { DEMO_ORG_SLUG } from '../platform/tenancy/demo-organisation.js';

// the platform keeps the published password and the slug: it refuses that password elsewhere
export { DEMO_PASSWORD } from '../platform/tenancy/demo-organisation.js';

export interface DemoUnit {
  key: string;
  name: string;
  kind: 'service' | 'team';
  parent?: string;
}

export interface DemoPerson {
  name: string;
  email: string;
  jobTitle: string;
  unit: string;
  managerEmail?: string;
  kind: 'employee' | 'volunteer' | 'contractor' | 'peer_worker';
  startDate: string;
  roles?: Array<'worker' | 'supervisor' | 'org_admin'>;
}

export const DEMO_ORG = { name: 'Riverside Community Care', slug: DEMO_ORG_SLUG };

/** The demo's regional hub: a tenant of its own, which has invited the demo organisation. */
export const DEMO_HUB = { name: 'Riverside Region Hub', slug: 'riverside-region' };
/**
 * The demo hub's learning collaborative and its three partner organisations (demo-collaborative.ts):
 * nobody in them signs in; `ran` is the timepoints whose staff survey each has run.
 */
export const DEMO_COLLABORATIVE = { name: 'Safer Supervision', purpose: 'Three services making supervision regular, protected and STS-informed, measured by the same staff survey at the start and after a year.' };
export const DEMO_PARTNERS = [
  // staff are shared round the teams in turn (the admin in the first): Alder House's two teams are
  // too small for the hub to see apart, Birch Lane's two and Cedar Point's one are shown
  { name: 'Alder House Refuge', slug: 'alder-house-demo', admin: 'Grace Okafor', staff: 8, ran: ['baseline', 'endline'], teams: ['Refuge support', 'Children and families'] },
  { name: 'Birch Lane Youth Services', slug: 'birch-lane-demo', admin: 'Samir Haddad', staff: 9, ran: ['baseline', 'endline'], teams: ['Youth work', 'Family support'] },
  { name: 'Cedar Point Housing', slug: 'cedar-point-demo', admin: 'Ines Moreau', staff: 7, ran: ['baseline'], teams: ['Tenancy support'] },
] as const;

export const DEMO_HUB_PEOPLE = [
  { name: 'Maya Lindqvist', email: 'hub-admin@region.example', roles: ['hub_admin'] as const },
  { name: 'Tomas Reyes', email: 'analyst@region.example', roles: ['hub_analyst'] as const },
];

export const DEMO_UNITS: DemoUnit[] = [
  { key: 'leadership', name: 'Leadership and Quality', kind: 'service' },
  { key: 'adult', name: 'Adult Community Health', kind: 'service' },
  { key: 'district', name: 'District Nursing', kind: 'team', parent: 'adult' },
  { key: 'mental', name: 'Community Mental Health', kind: 'team', parent: 'adult' },
  { key: 'family', name: 'Children and Families', kind: 'service' },
  { key: 'earlyhelp', name: 'Early Help', kind: 'team', parent: 'family' },
  { key: 'safeguarding', name: 'Safeguarding', kind: 'team', parent: 'family' },
  { key: 'housing', name: 'Housing Support', kind: 'service' },
  { key: 'outreach', name: 'Street Outreach', kind: 'team', parent: 'housing' },
  { key: 'volunteers', name: 'Volunteer Befriending', kind: 'team', parent: 'housing' },
  // two people: fewer than the minimum group size, so the demo shows a group the gate hides
  { key: 'nightsupport', name: 'Night Support', kind: 'team', parent: 'housing' },
];

// Names from many places and scripts: the people who do this work.
const FIRST = ['Amara', 'Tomás', 'Siobhán', 'Kwame', 'Mei', 'Oluwaseun', 'Priya', 'Jakub', 'Leila', 'Mateo', 'Aoife', 'Yusuf', 'Ingrid', 'Chidi', 'Nadia', 'Rhys', 'Zofia', 'Arjun', 'Fatima', 'Eero', 'Lucía', 'Dev', 'Hana', 'Bongani', 'Marta', 'Ravi', 'Saoirse', 'Tariq', 'Élodie', 'Kofi'];
const LAST = ['Okafor', 'García', 'Nguyen', 'Kowalski', 'Haddad', 'Murphy', 'Mensah', 'Sato', 'Patel', 'Ó Briain', 'Lindqvist', 'Adeyemi', 'Rossi', 'Khan', 'Evans', 'Novak', 'Dubois', 'Mahlangu', 'Fernández', 'Kim'];
const SCRIPT_NAMES = ['张伟', 'Ольга Смирнова', 'محمد العلي', 'Ελένη Παππά', 'יעל כהן', 'さくら 山田'];

const TITLES: Record<string, string[]> = {
  district: ['District Nurse', 'Community Nurse', 'Healthcare Assistant'],
  mental: ['Community Psychiatric Nurse', 'Support Worker', 'Psychological Wellbeing Practitioner'],
  earlyhelp: ['Family Support Worker', 'Early Help Practitioner'],
  safeguarding: ['Social Worker', 'Senior Social Worker'],
  outreach: ['Outreach Worker', 'Peer Mentor'],
  volunteers: ['Befriending Volunteer'],
  leadership: ['Quality Lead', 'Learning and Development Officer'],
};

const slugEmail = (name: string, n: number) =>
  `${name
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '') || 'person'}.${n}@riverside.example`;

/** The people of the demo organisation; the first four are the sign-ins printed at start-up. */
export function buildDemoPeople(): DemoPerson[] {
  const people: DemoPerson[] = [
    { name: 'Grace Adebayo', email: 'admin@riverside.example', jobTitle: 'Director of Care', unit: 'leadership', kind: 'employee', startDate: '2015-04-01', roles: ['org_admin', 'worker'] },
    { name: 'Daniel Reyes', email: 'supervisor@riverside.example', jobTitle: 'District Nursing Team Lead', unit: 'district', managerEmail: 'admin@riverside.example', kind: 'employee', startDate: '2018-09-03', roles: ['supervisor', 'worker'] },
    { name: 'Aisha Rahman', email: 'worker@riverside.example', jobTitle: 'Community Nurse', unit: 'district', managerEmail: 'supervisor@riverside.example', kind: 'employee', startDate: '2021-01-11', roles: ['worker'] },
    // a person of the organisation without an account: the regional hub's analyst signs in at the demo hub (demo-hub.ts)
    { name: 'Henrik Olsen', email: 'analyst@riverside.example', jobTitle: 'Data Analyst', unit: 'leadership', managerEmail: 'admin@riverside.example', kind: 'contractor', startDate: '2024-02-01' },
  ];
  const leads: Record<string, string> = { district: 'supervisor@riverside.example' };
  const teamOrder = ['mental', 'earlyhelp', 'safeguarding', 'outreach', 'volunteers', 'leadership'];
  for (const team of teamOrder) {
    const index = people.length;
    const name = `${FIRST[index % FIRST.length]} ${LAST[index % LAST.length]}`;
    const email = slugEmail(name, index);
    people.push({
      name,
      email,
      jobTitle: team === 'volunteers' ? 'Volunteer Coordinator' : 'Team Manager',
      unit: team,
      managerEmail: 'admin@riverside.example',
      kind: 'employee',
      startDate: `${2012 + (index % 10)}-0${1 + (index % 9)}-15`,
      roles: ['supervisor', 'worker'],
    });
    leads[team] = email;
  }
  const teams = ['district', ...teamOrder];
  let n = people.length;
  while (people.length < 62) {
    const team = teams[n % teams.length]!;
    const scriptName = n % 11 === 0 ? SCRIPT_NAMES[(n / 11) % SCRIPT_NAMES.length] : undefined;
    const name = scriptName ?? `${FIRST[(n * 7) % FIRST.length]} ${LAST[(n * 3) % LAST.length]}`;
    const titles = TITLES[team]!;
    const volunteer = team === 'volunteers' || (team === 'outreach' && n % 3 === 0);
    people.push({
      name,
      email: slugEmail(name, n),
      jobTitle: volunteer && team === 'outreach' ? 'Peer Mentor' : titles[n % titles.length]!,
      unit: team,
      managerEmail: leads[team],
      kind: team === 'volunteers' ? 'volunteer' : volunteer ? 'peer_worker' : n % 13 === 0 ? 'contractor' : 'employee',
      startDate: `${2016 + (n % 9)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 27)).padStart(2, '0')}`,
      roles: n % 4 === 0 ? undefined : ['worker'],
    });
    n++;
  }
  // after everyone else, so nobody above changes; neither signs in, so no journey depends on them
  for (const [i, name] of ['Ines Varga', 'Kojo Asante'].entries()) {
    people.push({ name, email: slugEmail(name, n + i), jobTitle: 'Night Support Worker', unit: 'nightsupport', managerEmail: leads.outreach, kind: 'employee', startDate: `2019-0${3 + i * 4}-04` });
  }
  return people;
}
