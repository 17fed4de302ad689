import { z } from '@hono/zod-openapi';
import { ABSENCE_REASONS, LEAVE_REASONS, WORKER_KINDS } from './schema.js';
import type { HrEventRow } from './hr-event-store.js';

/** What leaves the server of an HR event: shared by the person's, the admin's and the organisation's lists. */

export const HR_EVENT_KINDS = ['start', 'leave', 'absence'] as const;

export const ZHrEvent = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string().nullable().openapi({ description: "The person's name (in the organisation's list; null where the list is one person's)" }),
    kind: z.enum(HR_EVENT_KINDS),
    day: z.string().openapi({ description: "The day of a start (first day of work) or leave (last day of work); an absence's first day" }),
    lastDay: z.string().nullable().openapi({ description: "An absence's last day; null for a start or leave" }),
    workingDaysLost: z.number().nullable().openapi({ description: "An absence's working days lost; null for a start or leave" }),
    workerKind: z.enum(WORKER_KINDS).nullable().openapi({ description: 'What the person was then (starts and leaves)' }),
    leaveReason: z.enum(LEAVE_REASONS).nullable(),
    absenceReason: z.enum(ABSENCE_REASONS).nullable(),
    unitId: z.string().nullable(),
    unitName: z.string().nullable().openapi({ description: 'The unit the person was in then, if it still exists' }),
    source: z.enum(['entered', 'imported']),
    recordedAt: z.string(),
  })
  .openapi('HrEvent');
export type THrEvent = z.infer<typeof ZHrEvent>;

/** The fields of an event that leave, named one by one: a raw row never reaches the wire. */
export function presentHrEvent(row: HrEventRow, names: { people?: ReadonlyMap<string, string>; units: ReadonlyMap<string, string> }): THrEvent {
  return {
    id: row.id,
    personId: row.personId,
    personName: names.people?.get(row.personId) ?? null,
    kind: row.kind,
    day: row.day,
    lastDay: row.lastDay,
    workingDaysLost: row.workingDaysLost === null ? null : Number(row.workingDaysLost),
    workerKind: row.workerKind,
    leaveReason: row.leaveReason,
    absenceReason: row.absenceReason,
    unitId: row.unitId,
    unitName: row.unitId ? (names.units.get(row.unitId) ?? null) : null,
    source: row.source,
    recordedAt: row.recordedAt.toISOString(),
  };
}
