import type { Queryable } from '../platform/db/client.js';
import { addSupportContact, type TSupportContactInput } from '../modules/wellbeing/support-store.js';

/**
 * The demo organisation's support contacts. Names, numbers and addresses are made up (the
 * reserved .example domain, 555 numbers): the crisis line says plainly it is an example, so
 * nobody in a demo reaches for a number that does not exist.
 */
export const DEMO_SUPPORT_CONTACTS: TSupportContactInput[] = [
  {
    kind: 'employee-assistance',
    name: 'Riverside Employee Assistance Programme',
    description: 'Free, confidential counselling and advice for staff and volunteers, by phone or in person. Your manager is not told that you called.',
    phone: '0800 555 0100',
    url: 'https://eap.riverside.example',
    hours: 'Any time, every day',
    sortOrder: 1,
  },
  {
    kind: 'counselling',
    name: 'Reflective practice counselling',
    description: 'Up to six sessions with a counsellor who knows trauma work, arranged through the wellbeing lead.',
    phone: '0161 555 0142',
    url: null,
    hours: 'Weekdays 9:00–17:00',
    sortOrder: 2,
  },
  {
    kind: 'peer-support',
    name: 'Peer support circle',
    description: 'A monthly, facilitated space to talk with colleagues from other teams about the weight of the work.',
    phone: null,
    url: 'https://intranet.riverside.example/peer-support',
    hours: 'First Tuesday of the month, 12:30',
    sortOrder: 3,
  },
  {
    kind: 'crisis',
    name: 'Crisis line (example: replace with your local service)',
    description: 'EXAMPLE ONLY: this demo number does not work. An organisation lists its real local crisis line here. In an emergency, call your local emergency number.',
    phone: '000 555 0199',
    url: null,
    hours: 'Any time',
    sortOrder: 4,
  },
];

/** Adds the demo support contacts to an organisation (inside the demo's transaction). */
export async function addDemoSupportContacts(q: Queryable, orgId: string): Promise<void> {
  for (const contact of DEMO_SUPPORT_CONTACTS) await addSupportContact(q, orgId, contact);
}
