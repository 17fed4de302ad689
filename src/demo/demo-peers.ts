import type { Queryable } from '../platform/db/client.js';
import { setOpenness } from '../modules/peers/buddy-store.js';
import { insertCommunity, insertNote, insertPost, joinCommunity } from '../modules/peers/community-store.js';
import { setSupporterChoice } from '../modules/peers/supporter-store.js';

/**
 * The demo's peer support: a community of practice with a few posts and a meeting note, two peer
 * supporters with contact notes (peer workers are listed anyway) and two colleagues open to a
 * buddy. The demo worker (worker@) and supervisor (supervisor@) are in none of it, so a newcomer
 * signing in as them sees a community to join and people to ask. Posts speak of effects, never
 * of what happened to anyone, as the app asks everyone to.
 */
export async function addDemoPeers(q: Queryable, orgId: string, personIds: ReadonlyMap<string, string>): Promise<void> {
  const id = (email: string) => {
    const found = personIds.get(email);
    if (!found) throw new Error(`The demo's peer support names ${email}, who is not in the demo`);
    return found;
  };
  const leila = id('leila.nguyen.14@riverside.example');
  const tariq = id('tariq.kowalski.21@riverside.example');
  const priya = id('priya.evans.18@riverside.example');
  const marta = id('marta.mensah.42@riverside.example');

  const community = await insertCommunity(
    q,
    orgId,
    { name: 'Reflecting after home visits', purpose: 'A monthly lunchtime circle for anyone who visits people at home: we talk through how the work is landing on us, and what helps.' },
    leila,
  );
  await joinCommunity(q, orgId, community, tariq);
  await joinCommunity(q, orgId, community, priya);
  const first = await insertPost(q, orgId, community, leila, {
    body: 'This week left me more tired than usual, and I noticed I was short with people at home. Is anyone else finding the run-up to the holidays heavy?',
    replyTo: null,
  });
  await insertPost(q, orgId, community, tariq, { body: 'Yes. What helped me was a ten-minute walk between the last visit and getting home, without the radio on.', replyTo: first.id });
  await insertPost(q, orgId, community, priya, { body: 'Same here. Happy to have a coffee on Thursday if anyone wants to talk it through.', replyTo: first.id });
  await insertPost(q, orgId, community, priya, { body: 'Reminder: the next circle is on the first Tuesday, 12:30, in the small meeting room. Bring your lunch.', replyTo: null });
  await insertNote(q, orgId, community, leila, {
    metOn: '2026-11-03',
    body: 'Five of us met. We shared what helps after a long day of visits: a short walk, a proper break between visits, and saying out loud that a visit was hard. Agreed to keep meeting monthly and to invite colleagues from the night support team.',
  });

  await setSupporterChoice(q, orgId, priya, { listed: true, contactNote: 'Find me on the team chat, or ring extension 214. Weekdays, mornings are best.' });
  await setSupporterChoice(q, orgId, marta, { listed: true, contactNote: 'Trained in peer support last year. Message me and we can find a quiet time to talk.' });
  await setOpenness(q, orgId, priya, { open: true, note: 'Happy to meet for a walk once a fortnight.' });
  await setOpenness(q, orgId, tariq, { open: true, note: 'I work early shifts: afternoons suit me.' });
}
