import { z } from '@hono/zod-openapi';
import { orNull } from '../../platform/http/openapi-shared.js';
import { LEVELS } from '../framework/levels.js';
import { SESSION_STATUSES } from './schema.js';
import type { NoteRow, SessionRow } from './session-store.js';

/** What leaves the supervision module, field by field. */

export const supervisionTags = ['Supervision'];

const ZStatus = z.enum(SESSION_STATUSES);

export const ZSessionSummary = z
  .object({ id: z.string(), plannedFor: z.string(), status: ZStatus, heldOn: orNull(z.string()), nextDate: orNull(z.string()) })
  .openapi('SupervisionSessionSummary');

export const ZSession = ZSessionSummary.extend({
  worker: z.object({ id: z.string(), name: z.string() }),
  supervisor: z.object({ id: z.string(), name: z.string() }),
  yourPart: z.enum(['worker', 'supervisor']),
  howWorkerIs: z.string(),
  whatWasHard: z.string(),
  whatHelped: z.string(),
  supportAgreed: z.string(),
  referralAgreed: z.boolean(),
  changeRequest: orNull(z.string()),
  recordedAt: orNull(z.string()),
  confirmedAt: orNull(z.string()),
}).openapi('SupervisionSession');

export const ZDates = z
  .object({
    lastHeld: orNull(z.string()),
    dueBy: z.string().describe('a rhythm after the last session held (or after the pair began)'),
    nextDate: orNull(z.string()),
    overdue: z.boolean(),
  })
  .openapi('SupervisionDates');

export const ZRhythm = z
  .object({
    weeks: z.number().int(),
    source: z.enum(['organisation', 'agreed']),
    level: z.enum(LEVELS),
    proposal: orNull(z.object({ weeks: z.number().int(), byYou: z.boolean() })),
  })
  .openapi('SupervisionRhythm');

export const ZPairView = z
  .object({
    worker: z.object({ id: z.string(), name: z.string(), unitName: orNull(z.string()) }),
    supervisor: orNull(z.object({ id: z.string(), name: z.string(), source: z.enum(['line-manager', 'assigned']) })),
    rhythm: orNull(ZRhythm),
    dates: orNull(ZDates),
    sessions: z.array(ZSessionSummary),
    toConfirm: z.number().int().describe('sessions recorded and waiting for the worker'),
  })
  .openapi('SupervisionPair');

export const ZSupervisee = z
  .object({
    worker: z.object({ id: z.string(), name: z.string(), unitName: orNull(z.string()) }),
    rhythmWeeks: z.number().int(),
    dates: ZDates,
    waitingForWorker: z.number().int(),
    changeAsked: z.number().int(),
  })
  .openapi('Supervisee');

export const ZPrivateNote = z
  .object({ id: z.string(), sessionId: z.string(), body: z.string(), createdAt: z.string(), updatedAt: z.string() })
  .openapi('SupervisionPrivateNote');

export const ZAssignment = z
  .object({
    person: z.object({ id: z.string(), name: z.string(), unitName: orNull(z.string()) }),
    supervisor: orNull(z.object({ id: z.string(), name: z.string(), source: z.enum(['line-manager', 'assigned']) })),
  })
  .openapi('SupervisionAssignment');

export const ZHeldCell = z
  .object({
    unitId: orNull(z.string()).describe('null: the whole scope'),
    name: z.string(),
    depth: z.number().int(),
    status: z.enum(['released', 'suppressed']),
    people: orNull(z.number().int()),
    sessionsHeld: orNull(z.number().int()),
    reason: orNull(z.enum(['small-group', 'protects-another'])),
  })
  .openapi('SupervisionHeldCell');

export const ZHeldCounts = z
  .object({ quarter: z.string(), minGroupSize: z.number().int(), cells: z.array(ZHeldCell) })
  .openapi('SupervisionHeldCounts');

export const presentSummary = (s: SessionRow): z.infer<typeof ZSessionSummary> => ({ id: s.id, plannedFor: s.plannedFor, status: s.status, heldOn: s.heldOn, nextDate: s.nextDate });

export function presentSession(s: SessionRow, names: ReadonlyMap<string, string>, actorId: string): z.infer<typeof ZSession> {
  return {
    ...presentSummary(s),
    worker: { id: s.workerId, name: names.get(s.workerId) ?? '' },
    supervisor: { id: s.supervisorId, name: names.get(s.supervisorId) ?? '' },
    yourPart: actorId === s.workerId ? 'worker' : 'supervisor',
    howWorkerIs: s.howWorkerIs ?? '',
    whatWasHard: s.whatWasHard ?? '',
    whatHelped: s.whatHelped ?? '',
    supportAgreed: s.supportAgreed ?? '',
    referralAgreed: s.referralAgreed,
    changeRequest: s.changeRequest,
    recordedAt: s.recordedAt?.toISOString() ?? null,
    confirmedAt: s.confirmedAt?.toISOString() ?? null,
  };
}

export const presentNote = (n: NoteRow): z.infer<typeof ZPrivateNote> => ({
  id: n.id,
  sessionId: n.sessionId,
  body: n.body,
  createdAt: n.createdAt.toISOString(),
  updatedAt: n.updatedAt.toISOString(),
});
