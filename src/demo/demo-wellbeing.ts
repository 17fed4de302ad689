import type { Queryable } from '../platform/db/client.js';
import { addSupportContact, type TSupportContactInput } from '../modules/wellbeing/support-store.js';

/**
 * The demo organisation's support contacts. Names, numbers and addresses are made up (the
 * reserved .example domain, 555 numbers): the crisis line says plainly it is an example, so
 * nobody in a demo reaches for a number that does not exist. Written in both languages the demo
 * speaks, so a Spanish reader sees them in Spanish.
 */
export const DEMO_SUPPORT_CONTACTS: TSupportContactInput[] = [
  {
    kind: 'employee-assistance',
    name: { en: 'Riverside Employee Assistance Programme', es: 'Programa de Ayuda al Empleado de Riverside' },
    description: {
      en: 'Free, confidential counselling and advice for staff and volunteers, by phone or in person. Your manager is not told that you called.',
      es: 'Orientación y consejo gratuitos y confidenciales para el personal y el voluntariado, por teléfono o en persona. A tu responsable no se le dice que has llamado.',
    },
    phone: '0800 555 0100',
    url: 'https://eap.riverside.example',
    hours: { en: 'Any time, every day', es: 'A cualquier hora, todos los días' },
    sortOrder: 1,
  },
  {
    kind: 'counselling',
    name: { en: 'Reflective practice counselling', es: 'Orientación psicológica para la práctica reflexiva' },
    description: {
      en: 'Up to six sessions with a counsellor who knows trauma work, arranged through the wellbeing lead.',
      es: 'Hasta seis sesiones con una persona orientadora que conoce el trabajo con trauma; se piden a través de la persona responsable de bienestar.',
    },
    phone: '0161 555 0142',
    url: null,
    hours: { en: 'Weekdays 9:00–17:00', es: 'De lunes a viernes, de 9:00 a 17:00' },
    sortOrder: 2,
  },
  {
    kind: 'peer-support',
    name: { en: 'Peer support circle', es: 'Círculo de apoyo entre compañeros' },
    description: {
      en: 'A monthly, facilitated space to talk with colleagues from other teams about the weight of the work.',
      es: 'Un espacio mensual, con facilitación, para hablar con colegas de otros equipos del peso del trabajo.',
    },
    phone: null,
    url: 'https://intranet.riverside.example/peer-support',
    hours: { en: 'First Tuesday of the month, 12:30', es: 'Primer martes de cada mes, a las 12:30' },
    sortOrder: 3,
  },
  {
    kind: 'crisis',
    name: { en: 'Crisis line (example: replace with your local service)', es: 'Línea de crisis (ejemplo: sustitúyela por tu servicio local)' },
    description: {
      en: 'EXAMPLE ONLY: this demo number does not work. An organisation lists its real local crisis line here. In an emergency, call your local emergency number.',
      es: 'SOLO UN EJEMPLO: este número de la demostración no funciona. Cada organización pone aquí su línea de crisis local real. En una emergencia, llama al número de emergencias de tu zona.',
    },
    phone: '000 555 0199',
    url: null,
    hours: { en: 'Any time', es: 'A cualquier hora' },
    sortOrder: 4,
  },
];

/** Adds the demo support contacts to an organisation (inside the demo's transaction). */
export async function addDemoSupportContacts(q: Queryable, orgId: string): Promise<void> {
  for (const contact of DEMO_SUPPORT_CONTACTS) await addSupportContact(q, orgId, contact, { locale: 'en', defaultLocale: 'en' });
}
