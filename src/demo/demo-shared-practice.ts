import { and, eq } from 'drizzle-orm';
import type { Tx } from '../platform/db/client.js';
import { addDays } from '../platform/time/day.js';
import { sharedPracticeItems, sharedPracticePosts } from '../modules/shared-practice/schema.js';
import { insertItem, insertPost } from '../modules/shared-practice/practice-store.js';
import { insertReport } from '../modules/shared-practice/report-store.js';

/**
 * A little shared practice in the demo's collaborative, so a newcomer finds a library and a board
 * that are not empty: a link the hub added, a story that names its organisation (the first
 * partner's) and one kept unnamed (the second's), and a thread the hub started with a reply from
 * the third partner, which the second partner's admin reported to the hub's moderators (so the
 * hub admin finds "Reported (1)" to look at). Written through the module's stores; dated over the
 * last weeks.
 */
export async function addDemoSharedPractice(
  tx: Tx,
  demo: { hubId: string; collaborativeId: string; hubAdminPersonId: string; partnerAdmins: ReadonlyArray<{ orgId: string; personId: string }>; today: string },
) {
  const { hubId, collaborativeId, hubAdminPersonId, partnerAdmins, today } = demo;
  const [first, second, third] = partnerAdmins;
  if (!first || !second || !third) return;
  const hub = { authorOrgId: hubId, authorPersonId: hubAdminPersonId };
  const at = (daysAgo: number) => new Date(`${addDays(today, -daysAgo)}T10:00:00Z`);
  const stamp = async (table: typeof sharedPracticeItems | typeof sharedPracticePosts, id: string, when: Date) => {
    await tx.update(table).set({ createdAt: when }).where(and(eq(table.hubId, hubId), eq(table.id, id)));
  };

  const link = await insertItem(tx, hubId, collaborativeId, {
    ...hub,
    kind: 'link',
    title: 'Secondary traumatic stress: an overview for organisations',
    url: 'https://www.nctsn.org/trauma-informed-care/secondary-traumatic-stress',
  });
  await stamp(sharedPracticeItems, link.id, at(40));
  const named = await insertItem(tx, hubId, collaborativeId, {
    authorOrgId: first.orgId,
    authorPersonId: first.personId,
    kind: 'story',
    title: 'Supervision on the calendar first',
    body: 'We used to fit supervision around everything else, so it was the first thing dropped on a busy week. Now each pair books the whole quarter at once and the rota is built around those slots. After six months almost no sessions were cancelled, and staff say they bring harder cases because they trust the time will be there.',
    nameOrganisation: true,
  });
  await stamp(sharedPracticeItems, named.id, at(21));
  const unnamed = await insertItem(tx, hubId, collaborativeId, {
    authorOrgId: second.orgId,
    authorPersonId: second.personId,
    kind: 'story',
    title: 'Ten quiet minutes after a hard call',
    body: 'After a difficult call or visit, the worker and whoever is on shift with them take ten minutes away from the phones before the next task. No form, no debrief unless they want one. Managers cover the gap. It costs little and people tell us it makes the rest of the day easier to carry.',
    nameOrganisation: false,
  });
  await stamp(sharedPracticeItems, unnamed.id, at(12));

  const thread = await insertPost(tx, hubId, collaborativeId, {
    ...hub,
    threadId: null,
    title: 'Keeping supervision protected in busy months',
    body: 'Winter is coming and with it the usual staffing gaps. What has helped your service keep supervision from being the first thing to go?',
  });
  await stamp(sharedPracticePosts, thread.id, at(9));
  const reply = await insertPost(tx, hubId, collaborativeId, {
    authorOrgId: third.orgId,
    authorPersonId: third.personId,
    threadId: thread.id,
    title: null,
    body: 'We pair each supervisor with a back-up who takes their sessions when they are off, so a session moves to another person rather than being cancelled.',
  });
  await stamp(sharedPracticePosts, reply.id, at(7));
  await insertReport(tx, hubId, collaborativeId, {
    postId: reply.id,
    reporterOrgId: second.orgId,
    reporterPersonId: second.personId,
    kind: 'identifying',
    reason: 'In a small service this could show who was off; could it be said more generally?',
  });
}
