import type { Queryable } from '../platform/db/client.js';
import { addDays } from '../platform/time/day.js';
import { setAssignment } from '../modules/supervision/pair-store.js';
import { answerRecord, insertNote, insertSession, writeRecord } from '../modules/supervision/session-store.js';
import type { DemoPerson } from './demo-data.js';

/**
 * The demo organisation's supervision, so its pages are not empty: the district team lead has
 * held sessions with their people (the first sign-in worker's confirmed, with a private note of
 * hers), one is planned, and one night worker is supervised by someone other than their line
 * manager. Every text is invented and describes effects, never events.
 */
export async function addDemoSupervision(q: Queryable, orgId: string, people: readonly DemoPerson[], personIds: ReadonlyMap<string, string>, today: string): Promise<void> {
  const id = (email: string) => personIds.get(email)!;
  const supervisorId = id('supervisor@riverside.example');
  const aisha = id('worker@riverside.example');
  const first = await insertSession(q, orgId, { workerId: aisha, supervisorId }, addDays(today, -35));
  await writeRecord(q, orgId, first.id, {
    heldOn: addDays(today, -35),
    howWorkerIs: 'Tired after a busy month, sleeping less well, but glad of the team.',
    whatWasHard: 'Carrying the weight of a family’s worry home at the end of the day.',
    whatHelped: 'The walk back from the last visit, and talking it through with a colleague.',
    supportAgreed: 'Protected time on Friday afternoons for notes; a look at the rota together.',
    referralAgreed: false,
    nextDate: addDays(today, -7),
  });
  await answerRecord(q, orgId, first.id, { confirm: true });
  await insertNote(q, orgId, first.id, aisha, 'Next time: say how much the late visits take out of me.');
  await insertSession(q, orgId, { workerId: aisha, supervisorId }, addDays(today, 7));
  // the rest of the district team: a session held with most of them, a few weeks apart
  const district = people.filter((p) => p.managerEmail === 'supervisor@riverside.example' && p.email !== 'worker@riverside.example');
  for (const [i, person] of district.entries()) {
    if (i % 4 === 3) continue;
    const heldOn = addDays(today, -(10 + i * 3));
    const session = await insertSession(q, orgId, { workerId: id(person.email), supervisorId }, heldOn);
    await writeRecord(q, orgId, session.id, { heldOn, howWorkerIs: '', whatWasHard: '', whatHelped: '', supportAgreed: '', referralAgreed: false, nextDate: null });
    await answerRecord(q, orgId, session.id, { confirm: true });
  }
  // a night worker supervised by the safeguarding team's manager instead of their line manager
  const night = people.find((p) => p.unit === 'nightsupport');
  const safeguardingLead = people.find((p) => p.unit === 'safeguarding' && p.roles?.includes('supervisor'));
  if (night && safeguardingLead) await setAssignment(q, orgId, id(night.email), id(safeguardingLead.email), id('admin@riverside.example'));
}
