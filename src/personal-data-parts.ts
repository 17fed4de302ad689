import type { PersonalDataPart } from './modules/wellbeing/personal-data-parts.js';
import { eraseHardEventsData, exportHardEventsData, ZHardEventsPersonalData } from './modules/hard-events/personal-data.js';
import { eraseRemindersData, exportRemindersData, ZRemindersPersonalData } from './modules/reminders/personal-data.js';
import { erasePeersData, exportPeersData, ZPeersPersonalData } from './modules/peers/personal-data.js';
import { eraseSupervisionData, exportSupervisionData, ZSupervisionPersonalData } from './modules/supervision/personal-data.js';
import { eraseVoiceData, exportVoiceData, ZVoicePersonalData } from './modules/voice/personal-data.js';

/**
 * What modules keep that is one person's alone, handed to the well-being space's "My data":
 * the person downloads it with their space and erases it with their space, in one transaction.
 * A module with such data adds its part here (composed here, like org-settings.ts, so that the
 * well-being module names none of them).
 */
export const PERSONAL_DATA_PARTS: readonly PersonalDataPart[] = [
  {
    key: 'afterHardEvents',
    title: { en: 'After a hard event: the check-ins offered to me, my answers and any referral I asked for', es: 'Después de un suceso difícil: los seguimientos que me ofrecieron, mis respuestas y las derivaciones que pedí' },
    schema: ZHardEventsPersonalData,
    exportFor: exportHardEventsData,
    eraseFor: eraseHardEventsData,
  },
  {
    key: 'supervision',
    title: { en: 'Supervision: my sessions and my own private notes', es: 'Supervisión: mis sesiones y mis notas privadas' },
    schema: ZSupervisionPersonalData,
    exportFor: exportSupervisionData,
    eraseFor: eraseSupervisionData,
  },
  {
    key: 'peerSupport',
    title: { en: 'Peer support: my communities, posts and notes, buddies, supporter listing and supervision self-ratings', es: 'Apoyo entre pares: mis comunidades, mensajes y notas, compañeros, mi ficha de apoyo y mis autoevaluaciones de supervisión' },
    schema: ZPeersPersonalData,
    exportFor: exportPeersData,
    eraseFor: erasePeersData,
  },
  {
    key: 'staffVoice',
    title: { en: 'Staff voice: what I raised with my name, and announcements I marked read', es: 'Voz del personal: lo que planteé con mi nombre y los anuncios que marqué como leídos' },
    schema: ZVoicePersonalData,
    exportFor: exportVoiceData,
    eraseFor: eraseVoiceData,
  },
  {
    key: 'reminders',
    title: { en: 'Reminders: my choices, my notifications and the reminders sent to me', es: 'Recordatorios: mis preferencias, mis avisos y los recordatorios que me enviaron' },
    schema: ZRemindersPersonalData,
    exportFor: exportRemindersData,
    eraseFor: eraseRemindersData,
  },
];
