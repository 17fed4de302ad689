import type { Queryable } from '../platform/db/client.js';
import { insertAnnouncement, markRead } from '../modules/voice/announcement-store.js';
import { answerConcern, insertConcern } from '../modules/voice/concern-store.js';

/** A month before `month` ('2026-03' → '2026-02'), for demo concerns raised a while ago. */
function monthsBefore(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The demo's staff voice: two anonymous suggestions answered in public and one concern still
 * waiting (so the handlers' page has something to answer), and an announcement that some of the
 * staff marked read — enough per team for the privacy gate to show a few counts. The concerns are
 * anonymous, as most are: nothing ties them to any demo person.
 */
export async function addDemoVoice(q: Queryable, orgId: string, today: string, adminId: string, readerIds: readonly string[]): Promise<void> {
  const month = today.slice(0, 7);
  const rota = await insertConcern(q, orgId, { kind: 'suggestion', body: 'Could we keep the last half hour of a home-visit day free, so there is time to talk things through before going home?', raisedIn: monthsBefore(month, 3) }, null);
  await answerConcern(q, orgId, rota, { status: 'done', publicAnswer: 'Since last month every visit day ends with 30 protected minutes. Team leads keep that time clear in the rota.', answeredIn: monthsBefore(month, 2) });
  const room = await insertConcern(q, orgId, { kind: 'suggestion', body: 'A quiet room at the base would help after a hard call. At the moment the only option is the car park.', raisedIn: monthsBefore(month, 2) }, null);
  await answerConcern(q, orgId, room, { status: 'acting', publicAnswer: 'The old meeting room on the first floor is being turned into a quiet room. It should be ready by the end of next month.', answeredIn: monthsBefore(month, 1) });
  await insertConcern(q, orgId, { kind: 'concern', body: 'Lone visits late in the afternoon feel unsafe in winter. Could the check-in call happen at every visit, not just the first?', raisedIn: month }, null);
  const announcement = await insertAnnouncement(
    q,
    orgId,
    {
      kind: 'policy',
      title: 'New lone working arrangements',
      body: 'From the first of next month, everyone visiting alone will phone the duty line when they arrive and when they leave. The full arrangements are on the intranet, and team leads will go through them in the next team meeting.',
      asksRead: true,
    },
    adminId,
  );
  for (const personId of readerIds) await markRead(q, orgId, announcement, personId);
}
