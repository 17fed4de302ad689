import type { Queryable } from '../platform/db/client.js';
import { addDays } from '../platform/time/day.js';
import { addNotification } from '../modules/reminders/notification-store.js';

/**
 * A few notifications already waiting, so a newcomer signing in as the demo worker or supervisor
 * sees the list and the count at once (the hourly round adds whatever the demo's own dates make
 * due). Their subjects are the demo's own, so the round never repeats them.
 */
export async function addDemoReminders(q: Queryable, orgId: string, today: string, people: { workerId: string; supervisorId: string; supervisorName: string; workerName: string }): Promise<void> {
  await addNotification(q, {
    orgId,
    personId: people.workerId,
    kind: 'training-expiring',
    subject: 'demo:training',
    dueOn: addDays(today, 24),
    link: '/me/development',
    params: { title: 'Lone working refresher' },
  });
  await addNotification(q, {
    orgId,
    personId: people.workerId,
    kind: 'supervision-due',
    subject: 'demo:supervision',
    dueOn: addDays(today, 5),
    link: '/me/supervision',
    params: { role: 'self', name: people.supervisorName },
  });
  await addNotification(q, {
    orgId,
    personId: people.supervisorId,
    kind: 'supervision-due',
    subject: 'demo:supervision',
    dueOn: addDays(today, 5),
    link: `/supervision/supervisees/${people.workerId}`,
    params: { role: 'supervisor', name: people.workerName },
  });
}
