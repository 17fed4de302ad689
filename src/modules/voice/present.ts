import { z } from '@hono/zod-openapi';
import { orNull } from '../../platform/http/openapi-shared.js';
import type { ReleasedCell } from '../../platform/privacy/index.js';
import type { ConcernRow } from './concern-store.js';
import { ANNOUNCEMENT_KINDS, CONCERN_KINDS, CONCERN_STATUSES } from './model.js';

/** What leaves the server from staff voice: every field listed, a raw row never. */

export const voiceTags = ['Staff voice'];

const period = (what: string) => z.string().describe(`the month ${what} (YYYY-MM): never a day or a time`);

/** A concern as everyone who may read it sees it: what was said and what was done, never who said it. */
export const ZConcern = z
  .object({
    id: z.uuid(),
    kind: z.enum(CONCERN_KINDS),
    body: z.string(),
    raisedIn: period('it was raised in'),
    status: z.enum(CONCERN_STATUSES),
    publicAnswer: orNull(z.string()),
    answeredIn: orNull(period('it was last answered in')),
  })
  .openapi('Concern');
export type TConcern = z.infer<typeof ZConcern>;

export const presentConcern = (row: ConcernRow): TConcern => ({
  id: row.id,
  kind: row.kind,
  body: row.body,
  raisedIn: row.raisedIn,
  status: row.status,
  publicAnswer: row.publicAnswer,
  answeredIn: row.answeredIn,
});

/**
 * A concern on the handlers' list: `author` only where the handler may know it (a named
 * concern, and the handler is not the author's line manager). An anonymous concern and a named
 * one whose name is withheld look the same, so a withheld name says nothing either.
 */
export const ZHandledConcern = ZConcern.extend({ author: orNull(z.object({ personId: z.uuid(), name: z.string() })) }).openapi('HandledConcern');

export const ZConcernHandlers = z
  .object({
    everyAdmin: z.boolean().describe('true when no list is set: every org admin handles concerns'),
    handlers: z.array(z.object({ personId: z.uuid(), name: z.string() })),
  })
  .openapi('ConcernHandlers');

export const ZRaisedConcern = z
  .object({ id: z.uuid(), kind: z.enum(CONCERN_KINDS), anonymous: z.boolean(), status: z.enum(CONCERN_STATUSES) })
  .openapi('RaisedConcern');

export const ZAnnouncement = z
  .object({
    id: z.uuid(),
    kind: z.enum(ANNOUNCEMENT_KINDS),
    title: z.string(),
    body: z.string(),
    asksRead: z.boolean(),
    publishedAt: z.string(),
    publishedBy: orNull(z.string()).describe('the admin who published it'),
    readByMe: z.boolean(),
  })
  .openapi('Announcement');

export const presentAnnouncement = (row: {
  id: string;
  kind: (typeof ANNOUNCEMENT_KINDS)[number];
  title: string;
  body: string;
  asksRead: boolean;
  publishedAt: Date;
  publishedByName: string | null;
  readByMe: boolean;
}) => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  asksRead: row.asksRead,
  publishedAt: row.publishedAt.toISOString(),
  publishedBy: row.publishedByName,
  readByMe: row.readByMe,
});

const ZReadGroup = z
  .object({
    unitId: orNull(z.uuid()).describe('null: the whole organisation'),
    name: z.string(),
    depth: z.number().int(),
    status: z.enum(['released', 'suppressed']),
    readers: orNull(z.number().int()).describe('only when released'),
    reason: orNull(z.enum(['small-group', 'protects-another'])).describe('why a group is not shown'),
  })
  .openapi('AnnouncementReadGroup');

/** How many read an announcement, only as the privacy gate released it: never who. */
export const ZReadCounts = z
  .object({
    announcementId: z.uuid(),
    minGroupSize: z.number().int(),
    withheld: orNull(z.enum(['differs-from-earlier'])).describe('set when nothing could be shown now: the figures would differ from ones shown before by too few people'),
    groups: z.array(ZReadGroup),
  })
  .openapi('AnnouncementReadCounts');
export type TReadCounts = z.infer<typeof ZReadCounts>;

/** The released tree as a list, parents before children; hidden groups say only why. */
export function presentReadGroups(root: ReleasedCell, nameOf: (unitId: string | null) => string): TReadCounts['groups'] {
  const out: TReadCounts['groups'] = [];
  const visit = (cell: ReleasedCell) => {
    const unitId = cell.path.at(-1) ?? null;
    out.push({
      unitId,
      name: nameOf(unitId),
      depth: cell.path.length,
      status: cell.status,
      readers: cell.status === 'released' ? cell.n : null,
      reason: cell.status === 'suppressed' ? cell.reason : null,
    });
    for (const child of cell.children) visit(child);
  };
  visit(root);
  return out;
}
